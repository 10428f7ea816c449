/// `brief.md`: per topic, the current assessment with consensus, dissent, open
/// contradictions and single-source caveats.
///
/// A large corpus gets the propositions that most need a reader (most open flags, then most
/// claims), at most `ReportLimits.sections` of them, each list cut to its top with a count of
/// the rest and the papers summed up by what they say.
public enum BriefReport {
    /// - Parameter about: only propositions whose key starts with this prefix.
    public static func render(_ r: ReportContext, about: String = "") -> String {
        var w = MarkdownWriter()
        w.heading(1, Markdown.escape("Analyst brief as of \(r.asOf.text)"))
        w.paragraph(Markdown.escape(r.corpusLine + " For each proposition the current assessment is the most specific claim about the latest time. Each other paper is represented by its latest claim: it agrees, dissents (conflicts for an overlapping time: an open contradiction), or holds an earlier view that the current one superseded (a change over time, not a contradiction). Papers published after the date are left out."))
        let all = r.rules.index.groups.filter { $0.proposition.key.hasPrefix(about) }
        let groups = shown(all, r)
        var summary: [[String]] = []
        var sections: [(topic: String, body: MarkdownWriter)] = []
        var topicOrder: [String] = []
        var bodies: [String: MarkdownWriter] = [:]
        let keys = Set(groups.map(\.proposition.key))
        var pendingOf: [String: [ForecastResolution]] = [:]
        // Only a forecast due after the date can be pending: the others are not resolved here.
        for f in r.forecastClaims where (f.forecastHorizon?.end ?? .min) > r.asOf.end && f.madeAt.end <= r.asOf.end && keys.contains(f.about) {
            let x = r.resolve(f)
            if x.outcome == .pending { pendingOf[f.about, default: []].append(x) }
        }
        for g in groups {
            let p = g.proposition
            let open = openFlags(g, r)
            let single = isSingleSource(g.claims, r)
            var body = bodies[p.topic] ?? MarkdownWriter()
            if bodies[p.topic] == nil { topicOrder.append(p.topic) }
            body.heading(3, Markdown.escape(p.title) + " " + Markdown.code(p.key))
            if p.kind == .amount {
                amounts(p, g.claims, r, &body, &summary, open: open, single: single)
            } else if let a = Assessment.of(p, claims: g.claims, asOf: r.asOf) {
                assessment(a, r, &body)
                summary.append([Markdown.escape(p.topic), Markdown.code(p.key), r.headline(a.latest!), r.source(a.latest!),
                                Markdown.escape(ReportLimits.names(papers(a.consensus, r))),
                                Markdown.escape(ReportLimits.names(papers(a.dissent, r))), "\(open.count)" + (single ? " (single source)" : "")])
            } else {
                body.paragraph(Markdown.escape("No claim about a time up to \(r.asOf.text) from a paper published by then."))
            }
            if !open.isEmpty {
                let (links, more) = ReportLimits.top(open, ReportLimits.items)
                body.paragraph(Markdown.bold("Open flags") + ": " + links.map { r.flagLink($0) + " " + Markdown.escape("(\($0.kind.rawValue))") }.joined(separator: ", ")
                               + (more > 0 ? Markdown.escape(", " + ReportLimits.more(more, "open flag", "open flags") + " in the review queue") : ""))
            }
            if single {
                let published = g.claims.filter { $0.madeAt.end <= r.asOf.end }
                let relayed = Set(published.map(\.paper)).count > 1
                body.paragraph(Markdown.bold("Caveat") + ": " + Markdown.escape(relayed
                    ? "only \(r.rules.index.sources.words(published)) speaks to this; the papers attest that it was said, but nothing independent corroborates it."
                    : "only one paper speaks to this; nothing corroborates it."))
            }
            let pending = pendingOf[p.key] ?? []
            if !pending.isEmpty {
                bullets(pending, &body, "pending forecast", "pending forecasts") {
                    "Forecast pending: " + r.claimLine($0.forecast) + Markdown.escape(" by \($0.forecast.forecastHorizon?.text ?? "-")")
                }
            }
            bodies[p.topic] = body
        }
        sections = topicOrder.map { ($0, bodies[$0]!) }
        w.heading(2, "Summary")
        if groups.count < all.count {
            w.paragraph(Markdown.escape("This brief covers the \(groups.count) of \(all.count) propositions with the most open flags, then the most claims. For another topic, run claimdiff brief --about TOPIC."))
        }
        w.table(headers: ["Topic", "Proposition", "Current assessment", "Source", "Agree", "Dissent", "Open flags"], rows: summary)
        for s in sections {
            w.heading(2, Markdown.escape("Topic: \(s.topic)"))
            w.raw(s.body.text)
        }
        return w.text
    }

    /// The groups the brief covers, in key order: all of them, or the top by open flags and claims.
    static func shown(_ groups: [ClaimIndex.Group], _ r: ReportContext) -> [ClaimIndex.Group] {
        guard groups.count > ReportLimits.sections else { return groups }
        let open = groups.map { r.openByProposition[$0.proposition.key]?.count ?? 0 }
        let ranked = ReportLimits.first(ReportLimits.sections, of: groups.indices) { a, b in
            (open[b], groups[b].claims.count, a) < (open[a], groups[a].claims.count, b)
        }
        return ranked.sorted().map { groups[$0] }
    }

    /// The open flags about a group whose claims were all made by the date. A flag's claims are
    /// looked up among the group's own claims first (where they are), then in the whole set.
    static func openFlags(_ g: ClaimIndex.Group, _ r: ReportContext) -> [Flag] {
        guard let all = r.openByProposition[g.proposition.key] else { return [] }
        var made: [String: Int] = [:]
        made.reserveCapacity(g.claims.count)
        for c in g.claims { made[c.id] = made[c.id] ?? c.madeAt.end }
        return all.filter { f in
            f.claims.allSatisfy { (made[$0] ?? r.set.claim($0)?.madeAt.end ?? .max) <= r.asOf.end }
        }
    }

    /// Whether one paper alone speaks to it among the papers published by the date.
    /// Only one paper, or only one source relayed by several papers, speaks to the claims
    /// (published by the analysis date): the brief counts sources, not papers.
    static func isSingleSource(_ claims: [Claim], _ r: ReportContext) -> Bool {
        let sources = r.rules.index.sources
        var only: String?, source: SourceIndex.Source?, one = true
        for c in claims where c.madeAt.end <= r.asOf.end {
            let s = sources.source(of: c)
            if only == nil { (only, source) = (c.paper, s); continue }
            if only != c.paper { only = "" }
            if source != s { one = false }
            if only == "" && !one { return false }
        }
        return only != nil
    }

    /// The sources of the claims, each once, by name: a paper, a paper with those that cite it
    /// (`a (cited by b)`), or a speaker with the papers that relay it (`Piet Dorn (via o1, o2)`).
    static func papers(_ cs: [Claim], _ r: ReportContext) -> [String] {
        let sources = r.rules.index.sources
        var order: [SourceIndex.Source] = []
        var via: [SourceIndex.Source: [String]] = [:]
        for c in cs {
            let s = sources.source(of: c)
            if via[s] == nil { order.append(s) }
            if !via[s, default: []].contains(c.paper) { via[s, default: []].append(c.paper) }
        }
        return order.map { s in
            let papers = via[s]!.sorted()
            switch s {
            case .paper(let p):
                let others = papers.filter { $0 != p }
                return others.isEmpty ? p : "\(p) (cited by \(others.joined(separator: ", ")))"
            case .speaker:
                return "\(sources.label(s)) (via \(papers.joined(separator: ", ")))"
            }
        }.sorted()
    }

    /// A bullet list cut to its top, with a last bullet saying how many more; only the items
    /// shown are worded.
    static func bullets<T>(_ items: [T], _ w: inout MarkdownWriter, _ singular: String, _ plural: String, _ word: (T) -> String) {
        let (shown, more) = ReportLimits.top(items, ReportLimits.items)
        w.bullets(shown.map(word) + (more > 0 ? [Markdown.escape(ReportLimits.more(more, singular, plural))] : []))
    }

    static func assessment(_ a: Assessment, _ r: ReportContext, _ w: inout MarkdownWriter) {
        let latest = a.latest!
        w.paragraph(Markdown.bold("Current assessment") + ": " + r.headlineLine(latest))
        if a.positions.count > ReportLimits.items {
            w.paragraph(Markdown.bold("Papers") + ": " + Markdown.escape(r.split(a.positions) + "; \(a.consensus.count) agree with the current assessment, \(a.dissent.count) dissent, \(a.superseded.count) held an earlier view."))
        }
        let others = a.consensus.filter { $0.id != latest.id }
        if !others.isEmpty { w.paragraph(Markdown.bold("Agreeing") + ":"); bullets(others, &w, "agreeing paper", "agreeing papers", r.claimLine) }
        if !a.dissent.isEmpty { w.paragraph(Markdown.bold("Dissent") + ":"); bullets(a.dissent, &w, "dissenting paper", "dissenting papers", r.claimLine) }
        if !a.superseded.isEmpty {
            w.paragraph(Markdown.bold("Superseded earlier views") + ":")
            bullets(a.superseded, &w, "earlier view", "earlier views", r.claimLine)
        }
    }

    static func amounts(_ p: Proposition, _ claims: [Claim], _ r: ReportContext, _ w: inout MarkdownWriter,
                        _ summary: inout [[String]], open: [Flag], single: Bool) {
        // Figures by period; the table shows the latest periods when there are many.
        let periods = Assessment.periods(claims)
        let byPeriod = Assessment.byPeriod(claims)
        var rows: [[String]] = []
        var earlier = 0
        for period in periods.reversed() {
            let inPeriod = byPeriod[Assessment.PeriodKey(period)] ?? []
            guard rows.count < ReportLimits.rows else {
                if Assessment.headlines(inPeriod, from: r.asOf, to: r.asOf, period: period).after != nil { earlier += 1 }
                continue
            }
            guard let a = Assessment.of(p, claims: inPeriod, asOf: r.asOf, period: period), let latest = a.latest else { continue }
            rows.append([Markdown.escape(period.text), r.value(latest), r.source(latest), r.quote(latest),
                         Markdown.escape(ReportLimits.names(papers(a.consensus.filter { $0.id != latest.id }, r))),
                         Markdown.escape(ReportLimits.names(papers(a.dissent, r)))])
        }
        rows.reverse()
        let undated = claims.filter { $0.isPlainStatement && $0.period == nil }
        if let a = Assessment.of(p, claims: undated, asOf: r.asOf), let latest = a.latest {
            assessment(a, r, &w)
            summary.append([Markdown.escape(p.topic), Markdown.code(p.key), r.value(latest), r.source(latest),
                            Markdown.escape(ReportLimits.names(papers(a.consensus, r))),
                            Markdown.escape(ReportLimits.names(papers(a.dissent, r))), "\(open.count)" + (single ? " (single source)" : "")])
        }
        if let l = rows.last {
            if earlier > 0 { w.paragraph(Markdown.escape("The latest \(rows.count) periods; \(earlier) earlier periods have figures too.")) }
            w.table(headers: ["Period", "Figure", "Source", "Quote", "Agree", "Dissent"], rows: rows)
            summary.append([Markdown.escape(p.topic), Markdown.code(p.key), l[1] + Markdown.escape(" in \(periods.last!.text)"), l[2], l[4], l[5], "\(open.count)" + (single ? " (single source)" : "")])
        }
        let changes = claims.filter { $0.change != nil && $0.madeAt.end <= r.asOf.end }
        if !changes.isEmpty {
            bullets(changes, &w, "stated change", "stated changes") { c in
                "Stated change " + Markdown.escape("\(c.change!.from.text) → \(c.change!.to.text)") + ": " + r.claimLine(c)
            }
        }
    }
}
