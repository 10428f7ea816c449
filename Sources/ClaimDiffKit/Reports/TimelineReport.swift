/// `timeline.md` and `charts/*.svg`: figures over time and ladder statuses over time, one
/// series per paper, each claim drawn over the time it speaks of, with the proposition's
/// findings marked at the times of their claims.
public enum TimelineReport {
    public static let isAvailable = true

    public static func render(_ r: ReportContext) -> [(path: String, contents: String)] {
        var files: [(String, String)] = []
        var w = MarkdownWriter()
        w.heading(1, "Timeline")
        w.paragraph(Markdown.escape(r.corpusLine + " Each chart has one series per paper, its id written beside its marks. Every claim is drawn over the time it speaks of (a claim about 2022 spans the year; an estimated date is dashed): a figure as a box as tall as the interval its rounding allows, with the written figure as a line across it, and a bound open to the edge; a status as a solid bar at an exact step, and a bound such as \"not yet delivered\" as a light band over every step it allows, never as a point between them. Findings on the proposition are marked above each chart at the times of their claims and listed under it. Forecasts, denials and stated changes are left out of the marks."))
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
            files.append((chart, amountChart(g, r)))
            section(g, chart: chart, r, &w)
        }
        w.heading(2, "Statuses over time")
        if moreLadders > 0 { w.paragraph(Markdown.escape(leftOut(moreLadders, "with statuses"))) }
        for g in ladders {
            let chart = "charts/\(g.proposition.key).svg"
            files.append((chart, ladderChart(g, r)))
            section(g, chart: chart, r, &w)
        }
        return [("timeline.md", w.text)] + files
    }

    static func section(_ g: ClaimIndex.Group, chart: String, _ r: ReportContext, _ w: inout MarkdownWriter) {
        let p = g.proposition
        w.heading(3, Markdown.escape(p.title) + " " + Markdown.code(p.key))
        w.paragraph(Markdown.image(alt: p.title, url: chart))
        let marked = findings(g, r)
        if !marked.isEmpty {
            w.paragraph(Markdown.escape("Findings marked on the chart:"))
            w.bullets(marked.map { f in
                Markdown.bold("F\(f.number)") + " " + Markdown.code(f.flag.id) + " "
                    + Markdown.escape("\(f.flag.kind.rawValue) (\(f.flag.severity.rawValue)): \(f.flag.why)")
            })
        }
        let more = r.flags(about: p.key).count - marked.count
        if more > 0 {
            w.paragraph(Markdown.escape(more == 1 ? "1 more finding on this proposition is not marked; " : "\(more) more findings on this proposition are not marked; ") + Markdown.code("claimdiff flags --about \(p.key)") + Markdown.escape(" lists them all."))
        }
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

    /// The findings on a proposition that rest on its claims, numbered F1, F2, … in the
    /// engine's order, at most as many as a chart marks.
    static func findings(_ g: ClaimIndex.Group, _ r: ReportContext) -> [(number: Int, flag: Flag, claims: [Claim])] {
        var byID: [String: Claim] = [:]
        for c in g.claims { byID[c.id] = c }
        var out: [(Int, Flag, [Claim])] = []
        for flag in r.flags(about: g.proposition.key) where out.count < ChartFrame.maxFindings {
            let claims = flag.claims.compactMap { byID[$0] }
            if !claims.isEmpty { out.append((out.count + 1, flag, claims)) }
        }
        return out
    }

    static func chartFindings(_ g: ClaimIndex.Group, _ r: ReportContext) -> [SVGChart.Finding] {
        findings(g, r).map { f in
            SVGChart.Finding(label: "F\(f.number) \(f.flag.kind.rawValue)",
                             tooltip: "\(f.flag.id) \(f.flag.kind.rawValue) (\(f.flag.severity.rawValue)): \(f.flag.why)",
                             forReview: f.flag.kind.needsReview,
                             marks: f.claims.map { c in
                                 .init(lower: Double(c.time.start), upper: Double(c.time.end + 1),
                                       note: "\(c.id), \(c.paper) (\(c.time.text)): \(r.valueText(c))")
                             })
        }
    }

    static func amountChart(_ g: ClaimIndex.Group, _ r: ReportContext) -> String {
        let claims = g.claims.filter(\.isPlainStatement)
        let maxValue = claims.compactMap { c -> Double? in
            guard case .amount(let a) = c.value else { return nil }
            return [a.value, a.low, a.high].filter(\.isFinite).map(abs).max()
        }.max() ?? 1
        let scale = Amount.scaleWords.reversed().first { maxValue >= $0.factor }
        let factor = scale?.factor ?? 1
        let unit = (scale.map { $0.word + " " } ?? "") + (g.proposition.unit ?? "")
        let series = papers(claims).map { paper in
            LineSeries(name: paper, points: claims.filter { $0.paper == paper }.compactMap { c in
                guard case .amount(let a) = c.value else { return nil }
                return .init(x: Double(c.time.start), end: Double(c.time.end + 1), y: a.value / factor,
                             low: a.low / factor, high: a.high / factor, estimated: c.time.estimated, hedged: c.stance != .asserted,
                             label: "\(c.time.text): \(r.valueText(c))" + stance(c))
            })
        }
        return SVGChart(title: g.proposition.title, time: .day, yLabel: unit).lines(series, findings: chartFindings(g, r))
    }

    /// A mark's tooltip says when its claim is hedged or attributed: the chart draws it as any other.
    static func stance(_ c: Claim) -> String {
        if let h = c.hedge { return " (hedged: \(h))" }
        if let a = c.attributedTo ?? c.speaker { return " (attributed to \(a))" }
        return ""
    }

    static func ladderChart(_ g: ClaimIndex.Group, _ r: ReportContext) -> String {
        let claims = g.claims.filter(\.isPlainStatement)
        let steps = g.proposition.ladder!.steps
        let series = papers(claims).map { paper in
            StepSeries(name: paper, points: claims.filter { $0.paper == paper }.compactMap { c in
                guard case .ladder(let range) = c.value else { return nil }
                return .init(x: Double(c.time.start), end: Double(c.time.end + 1), lower: range.lower, upper: range.upper,
                             estimated: c.time.estimated, hedged: c.stance != .asserted, label: "\(c.time.text): \(r.valueText(c))" + stance(c))
            })
        }
        return SVGChart(title: g.proposition.title, time: .day).steps(series, levels: steps, findings: chartFindings(g, r))
    }

    static func papers(_ claims: [Claim]) -> [String] { Array(Set(claims.map(\.paper))).sorted() }
}
