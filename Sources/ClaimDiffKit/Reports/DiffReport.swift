/// `diff-FROM-TO.md`: what the papers held at one date against another. It opens with the
/// main changes in plain words; then each proposition (each period, for figures) is changed,
/// contradicted, new, not mentioned again, or unchanged, each section by importance, each
/// entry with every paper that holds each side; forecasts that came due in between are listed
/// with how they resolved.
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
        /// The proposition key's first component: `su35` of `su35.transfer-to-iran`.
        var topic: String { String(key.prefix { $0 != "." }) }
    }

    /// A date label: `2021` for the last day of a year, else the date.
    public static func label(_ d: TimeSpan) -> String {
        let (y, m, day) = CivilDate.date(ofDay: d.end)
        return m == 12 && day == 31 ? String(y) : d.text
    }

    public static func render(_ r: ReportContext, from: TimeSpan, to: TimeSpan) -> String {
        render(r, from: from, to: to, items: items(r, pairs: [(from, to)])[0])
    }

    /// A diff whose items are already worked out (`ReportSet` works out every diff's at once).
    static func render(_ r: ReportContext, from: TimeSpan, to: TimeSpan, items: [[Item]]) -> String {
        let (a, b) = (label(from), label(to))
        var w = MarkdownWriter()
        w.heading(1, Markdown.escape("What changed between \(a) and \(b)"))
        let before = r.set.papers.filter { $0.published.end <= from.end }.map(\.id)
        let after = r.set.papers.filter { $0.published.end <= to.end }.map(\.id)
        w.paragraph(Markdown.escape(r.corpusLine + " This diff compares what the papers published by \(from.text) held (\(before.isEmpty ? "none" : ReportLimits.names(before))) with what the papers published by \(to.text) held (\(after.isEmpty ? "none" : ReportLimits.names(after))). For each proposition the held view is the latest claim about the latest time; every paper whose own latest claim agrees with it is listed beside it. Figures are compared period by period. A paper with an estimated date counts once its whole estimated span has passed."))
        let sections = entries(r, from: from, to: to, items: items)
        let due = dueForecasts(r, from: from, to: to)
        w.paragraph(Markdown.escape(summary(r, a, b, sections, due)))
        w.table(headers: ["Section", "Entries"], rows: Section.allCases.map { s in [s.title, "\(sections[s.rawValue].count)"] }
                + [["Forecasts that came due", "\(due.count)"]])
        w.paragraph(Markdown.escape(importance))
        for section in Section.allCases {
            let all = sections[section.rawValue]
            let list = Array(all.prefix(ReportLimits.rows))
            w.heading(2, Markdown.escape("\(section.title) (\(all.count))"))
            if all.count > list.count { w.paragraph(Markdown.escape("The first \(list.count), by importance.")) }
            switch section {
            case .changed:
                w.paragraph(Markdown.escape("The view held at \(a) gave way to another by \(b), and no finding of the review queue disputes the earlier view."))
                if list.isEmpty { w.paragraph("Nothing changed.") }
                for e in list { changedEntry(e, r, a, b, &w) }
            case .contradicted:
                w.paragraph(Markdown.escape("A claim published after \(from.text) and by \(to.text) contradicts the view held at \(a), dissents from it, or reports another state inside the time it is taken to hold with no change reported: the engine's findings, in the review queue."))
                if list.isEmpty { w.paragraph(Markdown.escape("No later claim disputes a view held at \(a).")) }
                for e in list { contradictedEntry(e, r, a, b, &w) }
            case .new:
                w.paragraph(Markdown.escape("No paper published by \(from.text) spoke to these. Grouped by topic (the key's first part), topics with the most important entries first; one row per paper that holds the view."))
                newTable(list, r, &w)
            case .notMentioned:
                w.paragraph(Markdown.escape("Held at \(a), and no paper published after \(from.text) and by \(to.text) gives a view of it for a later time (nor says otherwise): the view stands as last said."))
                sidesTable(list.map { ($0, [($0.before, "")]) }, r, &w)
            case .unchanged:
                w.paragraph(Markdown.escape("A later paper says the same or an agreeing value."))
                w.raw("<details><summary>\(all.count) unchanged propositions</summary>")
                sidesTable(list.map { ($0, [($0.before, a), ($0.after, b)]) }, r, &w)
                w.raw("</details>")
            }
        }
        forecasts(due, r, from: from, to: to, &w)
        return w.text
    }

    static func changedEntry(_ e: Entry, _ r: ReportContext, _ a: String, _ b: String, _ w: inout MarkdownWriter) {
        w.heading(3, Markdown.escape(e.item.title) + " " + Markdown.code(e.item.label))
        if !e.implied.isEmpty {
            let links = uniqued(e.implied.map(\.link.text))
            w.paragraph(Markdown.escape("No later paper speaks to it directly, but later claims on linked propositions say more than the view held at \(a) (\(r.valueText(e.item.before!))): the vocabulary declares that \(DiffReport.list(links))."))
            var rows = e.before.map { [Markdown.escape("Held at \(a)"), r.value($0), r.source($0), r.quote($0)] }
            rows += e.implied.prefix(ReportLimits.items).map { x in
                [Markdown.escape("Implied at \(b)"), Markdown.code(x.claim.about) + " " + r.value(x.claim), r.source(x.claim), r.quote(x.claim)]
            }
            w.table(headers: ["", "Value", "Paper (time)", "Quote"], rows: rows)
            return
        }
        w.paragraph(Markdown.escape(compare(e.beforeView!, e.afterView!, r.set.proposition(e.item.key)!).1 + raised(e, r)))
        notes(e, r, &w)
        sides(e, r, a, b, &w)
    }

    static func contradictedEntry(_ e: Entry, _ r: ReportContext, _ a: String, _ b: String, _ w: inout MarkdownWriter) {
        w.heading(3, Markdown.escape(e.item.title) + " " + Markdown.code(e.item.label))
        let held = e.beforeView!, now = e.afterView
        var text = "Held at \(a): \(r.valueText(held)). "
        if let now { text += ValueComparison.compare(held, now, on: r.set.proposition(e.item.key)!).outcome == .agree
            ? "Held at \(b): \(r.valueText(now)), the same or an agreeing view, but disputed."
            : "Held at \(b): \(r.valueText(now))." }
        else { text += "No later paper restates the proposition; a later claim disputes it." }
        w.paragraph(Markdown.escape(text))
        w.bullets(e.disputes.prefix(ReportLimits.items).map { f in
            r.flagLink(f) + Markdown.escape(" (\(f.kind.rawValue), \(f.severity.rawValue)): \(f.why)")
        })
        notes(e, r, &w)
        sides(e, r, a, b, &w)
    }

    /// Where a held view's words come from when they are not its headline's alone.
    static func raised(_ e: Entry, _ r: ReportContext) -> String {
        var parts: [String] = []
        for (view, headline) in [(e.beforeView, e.item.before), (e.afterView, e.item.after)] {
            if let view, let headline, view.value != headline.value {
                parts.append("\(headline.paper) says '\(r.valueText(headline))'; with the step the papers had reported reached by then, that is '\(r.valueText(view))'")
            }
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ".)"
    }

    /// The other open findings on an entry's claims (a dispute among the later papers, a
    /// refuted denial), each with its reason.
    static func notes(_ e: Entry, _ r: ReportContext, _ w: inout MarkdownWriter) {
        guard !e.notes.isEmpty else { return }
        w.paragraph("Also in the review queue:")
        w.bullets(e.notes.prefix(ReportLimits.items).map { f in
            r.flagLink(f) + Markdown.escape(" (\(f.kind.rawValue), \(f.severity.rawValue)): \(f.why)")
        })
    }

    /// Both sides of one entry: a row per paper holding each view.
    static func sides(_ e: Entry, _ r: ReportContext, _ a: String, _ b: String, _ w: inout MarkdownWriter) {
        var rows: [[String]] = []
        for (side, claims) in [("Held at \(a)", e.before), ("Held at \(b)", e.after)] {
            for c in claims.prefix(ReportLimits.items) {
                rows.append([Markdown.escape(side), r.value(c), r.source(c), r.quote(c)])
            }
            if claims.count > ReportLimits.items { rows.append([Markdown.escape(side), "", Markdown.escape(ReportLimits.more(claims.count - ReportLimits.items, "paper", "papers")), ""]) }
        }
        w.table(headers: ["", "Value", "Paper (time)", "Quote"], rows: rows)
    }

    /// Entries in one table: a row per paper holding each listed side (a side's label, if any,
    /// before its value); the proposition named on its first row.
    static func sidesTable(_ list: [(Entry, [([Claim], String)])], _ r: ReportContext, _ w: inout MarkdownWriter) {
        guard !list.isEmpty else { return }
        var rows: [[String]] = []
        for (e, sides) in list {
            var first = true
            for (claims, side) in sides {
                for c in claims.prefix(ReportLimits.items) {
                    rows.append([first ? Markdown.code(e.item.label) + flagNote(e, r) : "", Markdown.escape(side.isEmpty ? r.valueText(c) : "\(side): \(r.valueText(c))"), r.source(c), r.quote(c)])
                    first = false
                }
            }
        }
        w.table(headers: ["Proposition", "Value", "Paper (time)", "Quote"], rows: rows)
    }

    /// New entries by topic: a topic's entries together, topics in the order of their most
    /// important entry.
    static func newTable(_ list: [Entry], _ r: ReportContext, _ w: inout MarkdownWriter) {
        guard !list.isEmpty else { return }
        var topics: [String] = [], byTopic: [String: [Entry]] = [:]
        for e in list {
            if byTopic[e.item.topic] == nil { topics.append(e.item.topic) }
            byTopic[e.item.topic, default: []].append(e)
        }
        var rows: [[String]] = []
        for t in topics {
            var first = true
            for e in byTopic[t]! {
                var firstOfEntry = true
                for c in e.after.prefix(ReportLimits.items) {
                    rows.append([first ? Markdown.escape(t) + " (\(byTopic[t]!.count))" : "", firstOfEntry ? Markdown.code(e.item.label) + flagNote(e, r) : "", r.value(c), r.source(c), r.quote(c)])
                    first = false
                    firstOfEntry = false
                }
            }
        }
        w.table(headers: ["Topic", "Proposition", "Value", "Paper (time)", "Quote"], rows: rows)
    }

    /// An entry's findings in the review queue, as links after its key in a table.
    static func flagNote(_ e: Entry, _ r: ReportContext) -> String {
        e.notes.isEmpty ? "" : " (" + e.notes.prefix(ReportLimits.items).map { r.flagLink($0) + Markdown.escape(" \($0.kind.rawValue)") }.joined(separator: ", ") + ")"
    }

    /// The strings in their first order, each once.
    static func uniqued(_ xs: [String]) -> [String] {
        var seen: Set<String> = []
        return xs.filter { seen.insert($0).inserted }
    }
}
