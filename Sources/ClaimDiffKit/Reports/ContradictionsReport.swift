/// `contradictions.md`: the review queue. Open flags first, each with its claims side by
/// side, the reason it fired and its disposition; then reviewed flags and stale dispositions.
public enum ContradictionsReport {
    public static func render(_ r: ReportContext) -> String {
        var w = MarkdownWriter()
        let q = r.queue
        w.heading(1, "Contradiction review queue")
        w.paragraph(Markdown.escape("\(r.corpusLine) \(q.open.count) open, \(q.reviewed.count) reviewed, \(q.stale.count) stale dispositions. The queue holds contradictions, disputed reports (contradictions that rest on a hedged or attributed claim), arithmetic errors, anachronisms and missed forecasts, highest severity first."))
        w.paragraph("Record a disposition with " + Markdown.code("claimdiff review FLAG-ID --accept | --dismiss | --resolve CLAIM-ID --note TEXT") + Markdown.escape("; it is kept in Annotations/reviews.claims and shown here on the next analyze."))
        w.table(headers: ["Kind", "Open", "Reviewed"], rows: Flag.Kind.allCases.filter(\.needsReview).map { k in
            [Markdown.escape(k.rawValue), "\(q.open.filter { $0.flag.kind == k }.count)", "\(q.reviewed.filter { $0.flag.kind == k }.count)"]
        })
        w.heading(2, Markdown.escape("Open (\(q.open.count))"))
        for item in q.open { entry(item, r, &w) }
        w.heading(2, Markdown.escape("Reviewed (\(q.reviewed.count))"))
        if q.reviewed.isEmpty { w.paragraph("None yet.") }
        for item in q.reviewed { entry(item, r, &w) }
        if !q.otherReviewed.isEmpty {
            w.heading(2, Markdown.escape("Other reviewed flags (\(q.otherReviewed.count))"))
            for item in q.otherReviewed { entry(item, r, &w) }
        }
        w.heading(2, Markdown.escape("Stale dispositions (\(q.stale.count))"))
        if q.stale.isEmpty {
            w.paragraph("None: every recorded disposition matches a flag the rules still raise.")
        } else {
            w.paragraph(Markdown.escape("These dispositions name flags the rules no longer raise (the claims changed or were removed). They are kept, not dropped; remove them from Annotations/reviews.claims once you have checked them."))
            w.table(headers: ["Flag", "Disposition", "Note", "By", "Date"], rows: q.stale.map { rv in
                [Markdown.escape(rv.flagID), Markdown.escape(rv.disposition.rawValue), Markdown.escape(rv.note),
                 Markdown.escape(rv.by ?? ""), Markdown.escape(rv.date?.text ?? "")]
            })
        }
        return w.text
    }

    static func entry(_ item: ReviewQueue.Item, _ r: ReportContext, _ w: inout MarkdownWriter) {
        let f = item.flag
        w.heading(3, Markdown.escape(f.id))
        let title = r.set.proposition(f.proposition)?.title ?? ""
        w.paragraph(Markdown.bold("\(f.kind.rawValue) (\(f.severity.rawValue))") + " on " + Markdown.code(f.proposition)
                    + " " + Markdown.escape(title) + Markdown.escape(" · rule \(f.rule)"))
        w.paragraph(Markdown.bold("Why") + ": " + Markdown.escape(f.why))
        let claims = f.claims.compactMap { r.set.claim($0) }
        var rows: [[String]] = []
        func row(_ name: String, _ cell: (Claim) -> String) { rows.append([Markdown.bold(name)] + claims.map(cell)) }
        row("Paper") { c in Markdown.escape(c.paper + (r.set.paper(c.paper).map { ": \($0.title)" } ?? "")) }
        row("Published") { c in r.set.paper(c.paper).map(r.published) ?? "" }
        row("Speaks of") { c in Markdown.escape(c.time.text + (c.by.map { ", forecast for \($0.text)" } ?? "")) }
        row("Value") { c in r.value(c) + (c.deniedBy.map { Markdown.escape(" (denied by \($0))") } ?? "") }
        row("Stance") { c in Markdown.escape(c.stance.rawValue) }
        row("Quote") { c in r.quote(c) }
        w.table(headers: [""] + claims.map { Markdown.code($0.id) }, rows: rows)
        if let rv = item.review {
            var s = Markdown.bold("Disposition") + ": " + Markdown.escape(rv.disposition.rawValue)
            if let c = rv.resolvedBy { s += Markdown.escape(" by claim \(c)") }
            if let b = rv.by { s += Markdown.escape(", reviewer \(b)") }
            if let d = rv.date { s += Markdown.escape(", \(d.text)") }
            w.paragraph(s + ": " + Markdown.escape(rv.note))
        } else {
            w.paragraph(Markdown.bold("Disposition") + ": open")
        }
    }
}
