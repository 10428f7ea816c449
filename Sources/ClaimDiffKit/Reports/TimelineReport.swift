/// `timeline.md` and `charts/*.svg`: figures over time (one line per paper, rounding shown as
/// error bars) and ladder statuses over time (one step line per paper).
public enum TimelineReport {
    public static let isAvailable = true

    public static func render(_ r: ReportContext) -> [(path: String, contents: String)] {
        var files: [(String, String)] = []
        var w = MarkdownWriter()
        w.heading(1, "Timeline")
        w.paragraph(Markdown.escape(r.corpusLine + " Each chart has one series per paper. Figures are plotted at the middle of their period, with the interval a rounded figure stands for as an error bar; statuses are plotted at the middle of the time they speak of, and a bound such as \"not yet delivered\" as a bar over the steps it allows. Forecasts, denials and stated changes are left out."))
        let (amounts, moreAmounts) = charted(r.rules.index.groups.filter { g in
            g.proposition.kind == .amount && g.keys.lazy.filter(\.plain).prefix(2).count >= 2
        })
        let (ladders, moreLadders) = charted(r.rules.index.groups.filter { g in
            g.proposition.kind == .ladder && g.paperCount(plainOnly: true, upTo: 2) >= 2
        })
        w.heading(2, "Figures over time")
        if moreAmounts > 0 { w.paragraph(Markdown.escape(leftOut(moreAmounts, "with figures"))) }
        for g in amounts {
            let chart = "charts/\(g.proposition.key).svg"
            files.append((chart, amountChart(g)))
            section(g, chart: chart, r, &w)
        }
        w.heading(2, "Statuses over time")
        if moreLadders > 0 { w.paragraph(Markdown.escape(leftOut(moreLadders, "with statuses"))) }
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
        let plain = g.claims.filter(\.isPlainStatement)
        w.table(headers: ["Time", "Paper", "Value", "Quote"], rows: plain.prefix(ReportLimits.rows).map { c in
            [Markdown.escape(c.time.text), Markdown.escape(c.paper), r.value(c), r.quote(c)]
        })
        if plain.count > ReportLimits.rows {
            w.paragraph(Markdown.escape("The first \(ReportLimits.rows) of \(plain.count) claims."))
        }
    }

    /// Charts at most this many propositions per section, each with at most `maxSeries` papers.
    static let maxCharts = 40, maxSeries = 12

    /// The groups to chart, in key order (those with the most claims, when there are many),
    /// and how many were left out.
    static func charted(_ groups: [ClaimIndex.Group]) -> ([ClaimIndex.Group], Int) {
        let fit = groups.filter { $0.paperCount(plainOnly: true, upTo: maxSeries + 1) <= maxSeries }
        guard fit.count > maxCharts else { return (fit, groups.count - fit.count) }
        let top = ReportLimits.first(maxCharts, of: fit.indices) {
            (fit[$1].claims.count, fit[$0].proposition.key) < (fit[$0].claims.count, fit[$1].proposition.key)
        }
        return (top.sorted().map { fit[$0] }, groups.count - maxCharts)
    }

    static func leftOut(_ n: Int, _ what: String) -> String {
        "\(n) more propositions \(what) are not charted: the timeline charts at most \(maxCharts) per section, those with the most claims among the ones at most \(maxSeries) papers speak to."
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
