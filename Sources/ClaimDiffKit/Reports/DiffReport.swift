/// `diff-FROM-TO.md`: what the papers held at one date against another. Each proposition
/// (each period, for figures) is changed, new, no longer asserted, or unchanged; forecasts
/// that came due in between are listed with how they resolved.
public enum DiffReport {
    enum Change: Int { case changed, new, dropped, unchanged }

    /// One proposition (one period of it, for figures); its words are made only if it is shown.
    struct Item {
        var key: String
        var title: String
        var period: TimeSpan?
        var before: Claim?
        var after: Claim?
        var change: Change
        var label: String { key + (period.map { " [\($0.text)]" } ?? "") }
    }

    /// A date label: `2021` for the last day of a year, else the date.
    public static func label(_ d: TimeSpan) -> String {
        let (y, m, day) = CivilDate.date(ofDay: d.end)
        return m == 12 && day == 31 ? String(y) : d.text
    }

    public static func render(_ r: ReportContext, from: TimeSpan, to: TimeSpan) -> String {
        let (a, b) = (label(from), label(to))
        let items = Self.items(r, from: from, to: to)
        var w = MarkdownWriter()
        w.heading(1, Markdown.escape("What changed between \(a) and \(b)"))
        let before = r.set.papers.filter { $0.published.end <= from.end }.map(\.id)
        let after = r.set.papers.filter { $0.published.end <= to.end }.map(\.id)
        w.paragraph(Markdown.escape("Compares what the papers published by \(from.text) held (\(before.isEmpty ? "none" : ReportLimits.names(before))) with what the papers published by \(to.text) held (\(after.isEmpty ? "none" : ReportLimits.names(after))). For each proposition the held view is the latest claim about the latest time; figures are compared period by period. A paper with an estimated date counts once its whole estimated span has passed."))
        let groups: [(Change, String)] = [(.changed, "Changed"), (.new, "New"), (.dropped, "No longer asserted"), (.unchanged, "Unchanged")]
        let due = ForecastResolution.all(in: RuleContext(r.rules, asOf: to)) { f in
            f.by!.end > from.end && f.by!.end <= to.end && f.madeAt.end <= to.end
        }
        w.table(headers: ["Change", "Propositions"], rows: groups.map { g in [g.1, "\(items[g.0.rawValue].count)"] }
                + [["Forecasts that came due", "\(due.count)"]])
        for (change, title) in groups {
            let all = items[change.rawValue]
            let list = Array(all.prefix(ReportLimits.rows))
            w.heading(2, Markdown.escape("\(title) (\(all.count))"))
            if all.count > list.count {
                w.paragraph(Markdown.escape("The first \(list.count): ladders, then figures, categories and likelihoods, each by key."))
            }
            switch change {
            case .changed:
                if list.isEmpty { w.paragraph("Nothing changed.") }
                for i in list {
                    w.heading(3, Markdown.escape(i.title) + " " + Markdown.code(i.label))
                    w.paragraph(Markdown.escape(compare(i.before!, i.after!, r.set.proposition(i.key)!).1))
                    w.table(headers: ["", Markdown.escape("Held at \(a)"), Markdown.escape("Held at \(b)")], rows: [
                        [Markdown.bold("Value"), r.value(i.before!), r.value(i.after!)],
                        [Markdown.bold("Source"), r.source(i.before!), r.source(i.after!)],
                        [Markdown.bold("Quote"), r.quote(i.before!), r.quote(i.after!)],
                    ])
                }
            case .new:
                w.paragraph(Markdown.escape("No paper published by \(from.text) spoke to these."))
                rows(list.map { ($0, $0.after!) }, r, &w)
            case .dropped:
                w.paragraph(Markdown.escape("Held at \(a), but no paper published after \(from.text) and by \(to.text) says so again (nor says otherwise)."))
                rows(list.map { ($0, $0.before!) }, r, &w)
            case .unchanged:
                w.paragraph(Markdown.escape("A later paper says the same or an agreeing value."))
                w.raw("<details><summary>\(all.count) unchanged propositions</summary>")
                if !list.isEmpty {
                    w.table(headers: ["Proposition", Markdown.escape("Held at \(a)"), Markdown.escape("Held at \(b)"), "Quote (later)"], rows: list.map { i in
                        [Markdown.code(i.label), r.value(i.before!) + " " + r.source(i.before!), r.value(i.after!) + " " + r.source(i.after!), r.quote(i.after!)]
                    })
                }
                w.raw("</details>")
            }
        }
        w.heading(2, Markdown.escape("Forecasts that came due (\(due.count))"))
        if due.isEmpty {
            w.paragraph(Markdown.escape("No forecast had a target date between \(from.text) and \(to.text)."))
        } else {
            if due.count > ReportLimits.rows { w.paragraph(Markdown.escape("The first \(ReportLimits.rows), by forecast id.")) }
            w.table(headers: ["Forecast", "Paper", "Forecast value", "By", "Outcome", "Settled by", "Quote"], rows: due.prefix(ReportLimits.rows).map { x in
                [Markdown.code(x.forecast.id), Markdown.escape(x.forecast.paper), r.value(x.forecast), Markdown.escape(x.forecast.by!.text),
                 Markdown.escape(x.outcome.rawValue), x.evidence.map { r.claimLine($0) } ?? "-", r.quote(x.forecast)]
            })
        }
        return w.text
    }

    static func rows(_ list: [(Item, Claim)], _ r: ReportContext, _ w: inout MarkdownWriter) {
        guard !list.isEmpty else { return }
        w.table(headers: ["Proposition", "Value", "Source", "Quote"], rows: list.map { i, c in
            [Markdown.code(i.label), r.value(c), r.source(c), r.quote(c)]
        })
    }

    /// The items of each change (by its raw value), each list in kind order, then key order.
    static func items(_ r: ReportContext, from: TimeSpan, to: TimeSpan) -> [[Item]] {
        var out: [[Item]] = [[], [], [], []]
        let order: [Proposition.Kind] = [.ladder, .amount, .category, .likelihood]
        let groups = r.rules.index.groups
        let rank = groups.map { order.firstIndex(of: $0.proposition.kind)! }
        // Groups are in key order already: by kind, then by place.
        for n in groups.indices.sorted(by: { (rank[$0], $0) < (rank[$1], $1) }) {
            let g = groups[n]
            let p = g.proposition
            let periods: [TimeSpan?] = p.kind == .amount ? Assessment.periods(g.claims).map { Optional($0) } + [nil] : [nil]
            let byPeriod = p.kind == .amount ? Assessment.byPeriod(g.claims) : [:]
            for period in periods {
                let claims = p.kind != .amount ? g.claims : period.map { byPeriod[Assessment.PeriodKey($0)] ?? [] } ?? g.claims.filter { $0.period == nil }
                let x = Assessment.headline(claims, asOf: from, period: period)?.latest
                guard let y = Assessment.headline(claims, asOf: to, period: period, madeAfter: from.end) else { continue }
                let after = y.latest
                let newer = y.newer
                guard let before = x else {
                    out[Change.new.rawValue].append(Item(key: p.key, title: p.title, period: period, before: nil, after: after, change: .new))
                    continue
                }
                if !newer {
                    out[Change.dropped.rawValue].append(Item(key: p.key, title: p.title, period: period, before: before, after: nil, change: .dropped))
                    continue
                }
                let change: Change = changed(before, after, p) ? .changed : .unchanged
                out[change.rawValue].append(Item(key: p.key, title: p.title, period: period, before: before, after: after, change: change))
            }
        }
        return out
    }

    /// Whether the held view changed: `compare`'s verdict without its words.
    static func changed(_ a: Claim, _ b: Claim, _ p: Proposition) -> Bool {
        if case .ladder(let x) = a.value, case .ladder(let y) = b.value {
            return !(x == y || (x.lower == y.lower && x.upper == y.upper))
        }
        return ValueComparison.compare(a, b, on: p).outcome != .agree
    }

    /// Whether the held view changed, and how, in words.
    static func compare(_ a: Claim, _ b: Claim, _ p: Proposition) -> (Bool, String) {
        if case .ladder(let x) = a.value, case .ladder(let y) = b.value {
            let l = p.ladder!
            if x == y || (x.lower == y.lower && x.upper == y.upper) { return (false, "") }
            if y.isAbove(x) { return (true, "The status moved forward on the ladder \(l.steps.joined(separator: " < ")): from \(l.describe(x)) to \(l.describe(y)).") }
            if x.isAbove(y) { return (true, "The status stepped back on the ladder \(l.steps.joined(separator: " < ")): from \(l.describe(x)) to \(l.describe(y)).") }
            if y.lower > x.lower { return (true, "The status moved forward on the ladder \(l.steps.joined(separator: " < ")): from \(l.describe(x)) to \(l.describe(y)) (the lowest step it can be at rose).") }
            return (true, "The status was restated from \(l.describe(x)) to \(l.describe(y)) (consistent ranges on the ladder \(l.steps.joined(separator: " < "))).")
        }
        let cmp = ValueComparison.compare(a, b, on: p)
        switch cmp.outcome {
        case .agree: return (false, cmp.reason)
        case .conflict: return (true, "The view changed from \(a.value.text) to \(b.value.text): \(cmp.reason).")
        case .unrelated: return (true, "The view changed from \(a.value.text) to \(b.value.text); \(cmp.reason).")
        }
    }
}
