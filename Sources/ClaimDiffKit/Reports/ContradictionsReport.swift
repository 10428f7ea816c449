/// `contradictions.md`: the review queue. Open flags first, each with its claims side by
/// side, the reason it fired and its disposition; then reviewed flags and stale dispositions.
public enum ContradictionsReport {
    public static func render(_ r: ReportContext) -> String {
        var w = MarkdownWriter()
        let q = r.queue
        w.heading(1, "Contradiction review queue")
        w.paragraph(Markdown.escape("\(r.corpusLine) \(q.open.count) open, \(q.reviewed.count) reviewed, \(q.stale.count) stale dispositions, \(q.outdated.count) that no longer apply. The queue holds contradictions, disputed reports (contradictions that rest on a hedged or attributed claim), dissent (sources disagreeing about the same time), unexplained changes (a different state inside its persistence window with no change reported), dating disagreements, arithmetic errors, anachronisms, and missed or disputed forecasts; consensus, updates and informational findings are in the brief and the diffs."))
        w.paragraph(Markdown.bold("Order") + ": " + Markdown.escape("highest severity first; within a severity, the finding whose weaker side is better graded first (each side counts its best paper's reliability grade, A first, an ungraded paper as C), then the better-graded stronger side, then more independent sources on the thinner side, then more sources in all (a paper relaying or citing another's statement is one source with it); then by proposition key, kind and flag id. Each finding lists every claim of each side: the finding's own, and the claims that join a side because they give the same value for an overlapping time."))
        w.paragraph("Record a disposition with " + Markdown.code("claimdiff review FLAG-ID --accept | --dismiss | --resolve CLAIM-ID | --reopen --note TEXT") + Markdown.escape("; it is kept in \(r.provenance.reviewsFile), with the dispositions it replaces as its history, and shown here on the next analyze."))
        var open = Array(repeating: 0, count: Flag.Kind.allCases.count), reviewed = open
        for i in q.open.indices { open[q.open[i].flag.kind.rank] += 1 }
        for i in q.reviewed.indices { reviewed[q.reviewed[i].flag.kind.rank] += 1 }
        w.table(headers: ["Kind", "Open", "Reviewed"], rows: Flag.Kind.allCases.filter(\.needsReview).map { k in
            [Markdown.escape(k.rawValue), "\(open[k.rank])", "\(reviewed[k.rank])"]
        })
        w.heading(2, Markdown.escape("Open (\(q.open.count))"))
        if q.open.count > ReportLimits.rows { clusters(r, &w) }
        entries(q.open, r, &w, "open flag", "open flags")
        w.heading(2, Markdown.escape("Reviewed (\(q.reviewed.count))"))
        if q.reviewed.isEmpty { w.paragraph("None yet.") }
        entries(q.reviewed, r, &w, "reviewed flag", "reviewed flags")
        if !q.otherReviewed.isEmpty {
            w.heading(2, Markdown.escape("Other reviewed flags (\(q.otherReviewed.count))"))
            entries(q.otherReviewed, r, &w, "reviewed flag", "reviewed flags")
        }
        w.heading(2, Markdown.escape("Stale dispositions (\(q.stale.count))"))
        if q.stale.isEmpty {
            w.paragraph("None: every recorded disposition matches a flag the rules still raise.")
        } else {
            w.paragraph(Markdown.escape("These dispositions name flags the rules no longer raise (the claims changed or were removed). They are kept, not dropped; remove them from \(r.provenance.reviewsFile) once you have checked them."))
            w.table(headers: ["Flag", "Disposition", "Note", "By", "Date"], rows: q.stale.prefix(ReportLimits.rows).map { rv in
                [Markdown.escape(rv.flagID), Markdown.escape(rv.disposition.rawValue), Markdown.escape(rv.note),
                 Markdown.escape(rv.by ?? ""), Markdown.escape(rv.date?.text ?? "")]
            })
            if q.stale.count > ReportLimits.rows {
                w.paragraph(Markdown.escape(ReportLimits.more(q.stale.count - ReportLimits.rows, "stale disposition", "stale dispositions").capitalizedFirst + "."))
            }
        }
        return w.text
    }

    /// Items in full, the first `ReportLimits.rows` of them, then how many more.
    static func entries(_ items: [ReviewQueue.Item], _ r: ReportContext, _ w: inout MarkdownWriter, _ singular: String, _ plural: String) {
        let (shown, more) = ReportLimits.top(items, ReportLimits.rows)
        for item in shown { entry(item, r, &w) }
        if more > 0 {
            w.paragraph(Markdown.escape(ReportLimits.more(more, singular, plural).capitalizedFirst + " follow in the same order; list them with claimdiff review, or claimdiff flags --kind KIND --about PREFIX."))
        }
    }

    /// The open flags summed up by proposition: how many, the highest severity, and what the
    /// papers involved say. Most severe first, then most flags.
    static func clusters(_ r: ReportContext, _ w: inout MarkdownWriter) {
        let byProposition = r.openByProposition.lazy.map { key, flags -> (key: String, flags: [Flag], top: Flag.Severity) in
            var top = flags[0].severity
            for i in flags.indices where flags[i].severity > top { top = flags[i].severity }
            return (key, flags, top)
        }
        let shown = ReportLimits.first(ReportLimits.rows, of: byProposition) {
            ($1.top.rank, $1.flags.count, $0.key) < ($0.top.rank, $0.flags.count, $1.key)
        }
        let more = r.openByProposition.count - shown.count
        w.paragraph(Markdown.escape("\(r.queue.open.count) open flags on \(r.openByProposition.count) propositions. By proposition, most severe first, then most flags; the first \(ReportLimits.rows) flags of the queue follow in full."))
        w.table(headers: ["Proposition", "Open flags", "Highest severity", "What the papers in them say"], rows: shown.map { c in
            let claims = Dictionary(r.claims(about: c.key).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var seen: Set<String> = []
            let involved = c.flags.flatMap(\.claims).filter { seen.insert($0).inserted }.compactMap { claims[$0] }
            return [Markdown.code(c.key), "\(c.flags.count)", Markdown.escape(c.top.rawValue), Markdown.escape(r.split(involved))]
        })
        if more > 0 {
            let flags = r.queue.open.count - shown.reduce(0) { $0 + $1.flags.count }
            w.paragraph(Markdown.escape(ReportLimits.more(more, "proposition", "propositions").capitalizedFirst + " hold \(flags) more open flags."))
        }
    }

    static func entry(_ item: ReviewQueue.Item, _ r: ReportContext, _ w: inout MarkdownWriter) {
        let f = item.flag
        w.heading(3, Markdown.escape(f.id))
        let title = r.set.proposition(f.proposition)?.title ?? ""
        w.paragraph(Markdown.bold("\(f.kind.rawValue) (\(f.severity.rawValue))") + " on " + Markdown.code(f.proposition)
                    + " " + Markdown.escape(title) + Markdown.escape(" · rule \(f.rule)"))
        w.paragraph(Markdown.bold("Why") + ": " + Markdown.escape(f.why))
        let sides = FindingSides(f, set: r.set, sources: r.rules.index.sources, group: r.claims(about: f.proposition))
        let index = r.rules.index.sources
        let names = sides.sides.indices.map { String(UnicodeScalar(UInt8(65 + min($0, 25)))) }
        if sides.sides.count > 1 {
            let counts = sides.sides.map { "\($0.sources.count)" }
            let each = sides.sides.indices.map { i -> String in
                let side = sides.sides[i]
                let values = side.claims.prefix(side.own).map { stated($0, r) }.uniquedInOrder
                return "\(names[i]) (\(values.joined(separator: "; "))): \(index.words(side.claims))"
            }
            let head = (counts.first == "1" ? "1 source" : "\(counts[0]) sources") + " against " + counts.dropFirst().joined(separator: " against ")
            w.paragraph(Markdown.bold("Sides") + ": " + Markdown.escape(head + "; " + each.joined(separator: "; ")))
        } else if let one = sides.sides.first {
            w.paragraph(Markdown.bold("Sources") + ": " + Markdown.escape(index.words(one.claims)))
        }
        var rows: [[String]] = []
        for (n, side) in sides.sides.enumerated() {
            for (k, c) in side.claims.enumerated() {
                let paper = r.set.paper(c.paper)
                rows.append([Markdown.escape(names[n] + (k < side.own ? "" : ", joins")), Markdown.code(c.id), Markdown.escape(c.paper),
                             Markdown.escape(paper?.reliability ?? "-"), paper.map(r.published) ?? "",
                             Markdown.escape(c.time.text + (c.by.map { ", forecast for \($0.text)" } ?? "")),
                             Markdown.escape(stated(c, r)),
                             Markdown.escape(c.stance.rawValue), r.quote(c)])
            }
        }
        w.table(headers: ["Side", "Claim", "Paper", "Grade", "Published", "Speaks of", "Value", "Stance", "Quote"], rows: rows)
        if sides.omitted > 0 {
            w.paragraph(Markdown.escape("The finding has \(sides.omitted) more claims, not counted or listed here; claimdiff explain \(f.id) lists them all."))
        }
        if let rv = item.review {
            w.paragraph(Markdown.bold("Disposition") + ": " + words(rv))
        } else if let rv = item.reopened {
            w.paragraph(Markdown.bold("Disposition") + ": open, " + words(rv))
        } else {
            w.paragraph(Markdown.bold("Disposition") + ": open")
        }
        if let rv = item.outdated {
            w.paragraph(Markdown.bold("Earlier disposition, no longer applies") + ": " + words(rv) + Markdown.escape(" (\(item.outdatedReason ?? "the finding changed"); review it again with claimdiff review)"))
        }
        if !item.history.isEmpty {
            w.paragraph(Markdown.bold("History") + Markdown.escape(" (oldest first)") + ":")
            w.bullets(item.history.map { h in
                words(h) + (h.kind.map { k in Markdown.escape(" (judged as '\(k)'" + (h.fingerprint.map { ", \($0)" } ?? "") + ")") } ?? "")
            })
        }
    }

    /// What a claim says, in words: its value, a forecast's estimative word and horizon, a denial's denier.
    static func stated(_ c: Claim, _ r: ReportContext) -> String {
        var s = r.valueText(c)
        if let by = c.by { s += " by \(by.text)" + (c.likelihood.map { ", '\($0)'" } ?? "") }
        if let d = c.deniedBy { s += ", denied by \(d)" }
        return s
    }

    /// `accepted by claim c, reviewer ana, 2026-11-22: note`, as Markdown.
    static func words(_ rv: Review) -> String {
        var s = Markdown.escape(rv.disposition.rawValue)
        if let c = rv.resolvedBy { s += Markdown.escape(" by claim \(c)") }
        if let b = rv.by { s += Markdown.escape(", reviewer \(b)") }
        if let d = rv.date { s += Markdown.escape(", \(d.text)") }
        return s + ": " + Markdown.escape(rv.note)
    }
}
