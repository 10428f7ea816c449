/// `timeline.md` and `charts/*.svg`: figures over time (one line per paper, rounding shown as
/// error bars) and ladder statuses over time (one step line per paper).
public enum TimelineReport {
    public static let isAvailable = true

    public static func render(_ r: ReportContext) -> [(path: String, contents: String)] {
        var files: [(String, String)] = []
        var w = MarkdownWriter()
        w.heading(1, "Timeline")
        w.paragraph(Markdown.escape(r.corpusLine + " Each chart has one series per paper. Figures are plotted at the middle of their period, with the interval a rounded figure stands for as an error bar; statuses are plotted at the middle of the time they speak of, and a bound such as \"not yet delivered\" as a bar over the steps it allows. Forecasts, denials and stated changes are left out."))
        let amounts = r.rules.index.groups.filter { g in g.proposition.kind == .amount && g.claims.filter(\.isPlainStatement).count >= 2 }
        let ladders = r.rules.index.groups.filter { g in
            g.proposition.kind == .ladder && Set(g.claims.filter(\.isPlainStatement).map(\.paper)).count >= 2
        }
        w.heading(2, "Figures over time")
        for g in amounts {
            let chart = "charts/\(g.proposition.key).svg"
            files.append((chart, amountChart(g)))
            section(g, chart: chart, r, &w)
        }
        w.heading(2, "Statuses over time")
        for g in ladders {
            let chart = "charts/\(g.proposition.key).svg"
            files.append((chart, ladderChart(g)))
            section(g, chart: chart, r, &w)
        }
        return [("timeline.md", w.text)] + files
    }

    static func section(_ g: ClaimIndex.Group, chart: String, _ r: ReportContext, _ w: inout MarkdownWriter) {
        let p = g.proposition
        w.heading(3, Markdown.escape(p.title) + " " + Markdown.code(p.key))
        w.paragraph(Markdown.image(alt: p.title, url: chart))
        w.table(headers: ["Time", "Paper", "Value", "Quote"], rows: g.claims.filter(\.isPlainStatement).map { c in
            [Markdown.escape(c.time.text), Markdown.escape(c.paper), r.value(c), r.quote(c)]
        })
    }

    static func mid(_ s: TimeSpan) -> Double { Double(s.start + s.end) / 2 }

    static func amountChart(_ g: ClaimIndex.Group) -> String {
        let claims = g.claims.filter(\.isPlainStatement)
        let maxValue = claims.compactMap { c -> Double? in if case .amount(let a) = c.value { return abs(a.high) } else { return nil } }.max() ?? 1
        let scale = Amount.scaleWords.reversed().first { maxValue >= $0.factor }
        let factor = scale?.factor ?? 1
        let unit = (scale.map { $0.word + " " } ?? "") + (g.proposition.unit ?? "")
        let series = papers(claims).map { paper in
            LineSeries(name: paper, points: claims.filter { $0.paper == paper }.compactMap { c in
                guard case .amount(let a) = c.value else { return nil }
                return .init(x: mid(c.time), y: a.value / factor, low: a.low / factor, high: a.high / factor)
            })
        }
        return SVGChart(title: g.proposition.title, time: .day, yLabel: unit).lines(series)
    }

    static func ladderChart(_ g: ClaimIndex.Group) -> String {
        let claims = g.claims.filter(\.isPlainStatement)
        let steps = g.proposition.ladder!.steps
        let series = papers(claims).map { paper in
            StepSeries(name: paper, points: claims.filter { $0.paper == paper }.compactMap { c in
                guard case .ladder(let range) = c.value else { return nil }
                return .init(x: mid(c.time), lower: range.lower, upper: range.upper, label: range.text)
            })
        }
        return SVGChart(title: g.proposition.title, time: .day).steps(series, levels: steps)
    }

    static func papers(_ claims: [Claim]) -> [String] { Array(Set(claims.map(\.paper))).sorted() }
}
