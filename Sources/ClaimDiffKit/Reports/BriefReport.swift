/// `brief.md`: per topic, the current assessment with consensus, dissent, open
/// contradictions and single-source caveats.
public enum BriefReport {
    /// - Parameter about: only propositions whose key starts with this prefix.
    public static func render(_ r: ReportContext, about: String = "") -> String {
        var w = MarkdownWriter()
        w.heading(1, Markdown.escape("Analyst brief as of \(r.asOf.text)"))
        w.paragraph(Markdown.escape(r.corpusLine + " For each proposition the current assessment is the most specific claim about the latest time. Each other paper is represented by its latest claim: it agrees, dissents (conflicts for an overlapping time: an open contradiction), or holds an earlier view that the current one superseded (a change over time, not a contradiction). Papers published after the date are left out."))
        let groups = r.rules.index.groups.filter { $0.proposition.key.hasPrefix(about) }
        var summary: [[String]] = []
        var sections: [(topic: String, body: MarkdownWriter)] = []
        var topicOrder: [String] = []
        var bodies: [String: MarkdownWriter] = [:]
        for g in groups {
            let p = g.proposition
            let open = r.queue.open.map(\.flag).filter { f in
                f.proposition == p.key && f.claims.allSatisfy { (r.set.claim($0)?.madeAt.end ?? .max) <= r.asOf.end }
            }
            let single = Set(g.claims.filter { $0.madeAt.end <= r.asOf.end }.map(\.paper)).count == 1
            var body = bodies[p.topic] ?? MarkdownWriter()
            if bodies[p.topic] == nil { topicOrder.append(p.topic) }
            body.heading(3, Markdown.escape(p.title) + " " + Markdown.code(p.key))
            if p.kind == .amount {
                amounts(p, g.claims, r, &body, &summary, open: open, single: single)
            } else if let a = Assessment.of(p, claims: g.claims, asOf: r.asOf) {
                assessment(a, r, &body)
                summary.append([Markdown.escape(p.topic), Markdown.code(p.key), r.value(a.latest!), r.source(a.latest!),
                                Markdown.escape(papers(a.consensus).joined(separator: ", ")),
                                Markdown.escape(papers(a.dissent).joined(separator: ", ")), "\(open.count)" + (single ? " (single source)" : "")])
            } else {
                body.paragraph(Markdown.escape("No claim about a time up to \(r.asOf.text) from a paper published by then."))
            }
            if !open.isEmpty {
                body.paragraph(Markdown.bold("Open flags") + ": " + open.map { r.flagLink($0) + " " + Markdown.escape("(\($0.kind.rawValue))") }.joined(separator: ", "))
            }
            if single {
                body.paragraph(Markdown.bold("Caveat") + ": " + Markdown.escape("only one paper speaks to this; nothing corroborates it."))
            }
            let pending = r.forecasts.filter { $0.forecast.about == p.key && $0.outcome == .pending && $0.forecast.madeAt.end <= r.asOf.end }
            if !pending.isEmpty {
                body.bullets(pending.map { "Forecast pending: " + r.claimLine($0.forecast) + Markdown.escape(" by \($0.forecast.by!.text)") })
            }
            bodies[p.topic] = body
        }
        sections = topicOrder.map { ($0, bodies[$0]!) }
        w.heading(2, "Summary")
        w.table(headers: ["Topic", "Proposition", "Current assessment", "Source", "Agree", "Dissent", "Open flags"], rows: summary)
        for s in sections {
            w.heading(2, Markdown.escape("Topic: \(s.topic)"))
            w.raw(s.body.text)
        }
        return w.text
    }

    static func papers(_ cs: [Claim]) -> [String] {
        var seen: [String] = []
        for c in cs where !seen.contains(c.paper) { seen.append(c.paper) }
        return seen.sorted()
    }

    static func assessment(_ a: Assessment, _ r: ReportContext, _ w: inout MarkdownWriter) {
        let latest = a.latest!
        w.paragraph(Markdown.bold("Current assessment") + ": " + r.claimLine(latest))
        let others = a.consensus.filter { $0.id != latest.id }
        if !others.isEmpty { w.paragraph(Markdown.bold("Agreeing") + ":"); w.bullets(others.map(r.claimLine)) }
        if !a.dissent.isEmpty { w.paragraph(Markdown.bold("Dissent") + ":"); w.bullets(a.dissent.map(r.claimLine)) }
        if !a.superseded.isEmpty {
            w.paragraph(Markdown.bold("Superseded earlier views") + ":")
            w.bullets(a.superseded.map(r.claimLine))
        }
    }

    static func amounts(_ p: Proposition, _ claims: [Claim], _ r: ReportContext, _ w: inout MarkdownWriter,
                        _ summary: inout [[String]], open: [Flag], single: Bool) {
        var rows: [[String]] = []
        var lastRow: [String]?
        for period in Assessment.periods(claims) {
            guard let a = Assessment.of(p, claims: claims, asOf: r.asOf, period: period), let latest = a.latest else { continue }
            let row = [Markdown.escape(period.text), r.value(latest), r.source(latest), r.quote(latest),
                       Markdown.escape(papers(a.consensus.filter { $0.id != latest.id }).joined(separator: ", ")),
                       Markdown.escape(papers(a.dissent).joined(separator: ", "))]
            rows.append(row)
            lastRow = row
        }
        let undated = claims.filter { $0.isPlainStatement && $0.period == nil }
        if let a = Assessment.of(p, claims: undated, asOf: r.asOf), let latest = a.latest {
            assessment(a, r, &w)
            summary.append([Markdown.escape(p.topic), Markdown.code(p.key), r.value(latest), r.source(latest),
                            Markdown.escape(papers(a.consensus).joined(separator: ", ")),
                            Markdown.escape(papers(a.dissent).joined(separator: ", ")), "\(open.count)" + (single ? " (single source)" : "")])
        }
        if !rows.isEmpty {
            w.table(headers: ["Period", "Figure", "Source", "Quote", "Agree", "Dissent"], rows: rows)
            if let l = lastRow {
                summary.append([Markdown.escape(p.topic), Markdown.code(p.key), l[1] + Markdown.escape(" in \(Assessment.periods(claims).last!.text)"), l[2], l[4], l[5], "\(open.count)" + (single ? " (single source)" : "")])
            }
        }
        let changes = claims.filter { $0.change != nil && $0.madeAt.end <= r.asOf.end }
        if !changes.isEmpty {
            w.bullets(changes.map { c in "Stated change " + Markdown.escape("\(c.change!.from.text) → \(c.change!.to.text)") + ": " + r.claimLine(c) })
        }
    }
}
