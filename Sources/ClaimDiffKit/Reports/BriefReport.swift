/// `brief.md`: the key judgements first, then per topic the current position with who agrees,
/// who dissents and who held an earlier view, open flags and single-source caveats.
///
/// A large corpus gets the propositions that most need a reader (most open flags, then most
/// claims), at most `ReportLimits.sections` of them, each list cut to its top with a count of
/// the rest and the papers summed up by what they say.
public enum BriefReport {
    /// - Parameter about: only propositions whose key starts with this prefix.
    public static func render(_ r: ReportContext, about: String = "") -> String {
        var w = MarkdownWriter()
        w.heading(1, Markdown.escape("Analyst brief as of \(r.asOf.text)"))
        w.paragraph(Markdown.escape(r.corpusLine))
        let all = r.rules.index.groups.filter { $0.proposition.key.hasPrefix(about) }
        let groups = shown(all, r)
        keyJudgements(all, r, &w)
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
            } else if let o = outcome(of: p, r), let x = CurrentPosition.of(p, claims: g.claims, asOf: r.asOf) {
                // A judgement of likelihood whose outcome came about is settled: the outcome heads.
                body.paragraph(Markdown.bold("Current position") + ": " + Markdown.bold(outcomeWords(o, p, r)) + ": " + r.source(o.claim) + " " + r.quote(o.claim))
                body.paragraph(Markdown.bold("Earlier judgements") + ":")
                bullets(x.stands.map(\.stand), &body, "judgement", "judgements") { Markdown.bold($0.text) + ": " + standLine($0, r) }
                summary.append([Markdown.escape(p.topic), Markdown.code(p.key), Markdown.escape(outcomeWords(o, p, r)), r.source(o.claim), "", "",
                                Markdown.escape(ReportLimits.names(papers(x.stands.map(\.stand.claim), r))), "\(open.count)" + (single ? " (single source)" : "")])
            } else if let x = CurrentPosition.of(p, claims: g.claims, asOf: r.asOf, implied: r.implied(p.key)) {
                position(x, r, &body)
                summary.append(summaryRow(x, r, open: open, single: single))
            } else {
                body.paragraph(Markdown.escape("No claim about a time up to \(r.asOf.text) from a paper published by then."))
            }
            // A proposition with forecasts only still has its row: what is pending.
            let pending = pendingOf[p.key] ?? []
            if summary.last?[1] != Markdown.code(p.key), !pending.isEmpty {
                summary.append([Markdown.escape(p.topic), Markdown.code(p.key),
                                Markdown.escape("no statement yet; \(pending.count) pending \(pending.count == 1 ? "forecast" : "forecasts"): " + pending.prefix(2).map { forecastWords($0.forecast, r) }.joined(separator: "; ")),
                                "", "", "", "", "\(open.count)" + (single ? " (single source)" : "")])
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
            if !pending.isEmpty {
                bullets(pending, &body, "pending forecast", "pending forecasts") {
                    "Forecast pending: " + Markdown.bold(forecastWords($0.forecast, r)) + ": " + r.source($0.forecast) + " " + r.quote($0.forecast)
                }
            }
            bodies[p.topic] = body
        }
        sections = topicOrder.map { ($0, bodies[$0]!) }
        w.heading(2, "Summary")
        w.paragraph(Markdown.escape("For each proposition the current position is what the paper about the latest time holds, its claims combined (on a ladder, the step it reached and the step it says has not come yet); a paper's key judgements outrank its incidental wording, and a position that rests only on hedged or attributed claims says so. Each other paper, by its claims combined, agrees; dissents (conflicts for an overlapping time: an open contradiction); or held an earlier view (it reported an earlier step or a state the current one replaced: a change over time, not a contradiction). Papers published after the date are left out."))
        if groups.count < all.count {
            w.paragraph(Markdown.escape("This brief covers the \(groups.count) of \(all.count) propositions with the most open flags, then the most claims. For another topic, run claimdiff brief --about TOPIC."))
        }
        w.table(headers: ["Topic", "Proposition", "Current position", "Source", "Agree", "Dissent", "Earlier view", "Open flags"], rows: summary)
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

    /// A proposition's current position and every other paper's stand against it.
    static func position(_ x: CurrentPosition, _ r: ReportContext, _ w: inout MarkdownWriter) {
        let h = x.headline
        w.paragraph(Markdown.bold("Current position") + ": " + Markdown.bold(headlineWords(x, r)) + ": " + standLine(h, r))
        if let firm = x.lastFirm {
            w.paragraph(Markdown.bold("Last firm position") + ": " + Markdown.bold(firm.text) + ": " + standLine(firm, r))
        }
        let agree = x.papers(.agrees), dissent = x.papers(.dissents), earlier = x.papers(.earlier)
        if x.stands.count > ReportLimits.items {
            w.paragraph(Markdown.bold("Papers") + ": " + Markdown.escape("\(x.stands.count) speak to this; \(agree.count) more agree with the current position, \(dissent.count) dissent, \(earlier.count) held an earlier view."))
        }
        let line = { (s: CurrentPosition.Stand) in Markdown.bold(s.text) + ": " + standLine(s, r) }
        if !agree.isEmpty { w.paragraph(Markdown.bold("Agreeing") + ":"); bullets(agree, &w, "agreeing paper", "agreeing papers", line) }
        if !dissent.isEmpty { w.paragraph(Markdown.bold("Dissent") + ":"); bullets(dissent, &w, "dissenting paper", "dissenting papers", line) }
        if !earlier.isEmpty { w.paragraph(Markdown.bold("Earlier views") + ":"); bullets(earlier, &w, "earlier view", "earlier views", line) }
    }

    /// On a judgement of likelihood that resolves on an outcome (`resolves-on:`), the current
    /// position of the outcome's proposition when it holds the outcome (scenario S21): the
    /// judgements are settled, and the brief heads with what came about, not with them.
    static func outcome(of p: Proposition, _ r: ReportContext, asOf date: TimeSpan? = nil) -> (claim: Claim, link: PropositionLink, stand: CurrentPosition.Stand)? {
        guard p.kind == .likelihood, let link = p.links.first(where: { $0.kind == .resolvesOn }),
              let g = r.group(about: link.to.proposition),
              let x = CurrentPosition.of(g.proposition, claims: g.claims, asOf: date ?? r.asOf, implied: r.implied(g.proposition.key)),
              link.to.holds(for: x.headline.basis.value, on: g.proposition) else { return nil }
        return (x.headline.basis, link, x.headline)
    }

    static func outcomeWords(_ o: (claim: Claim, link: PropositionLink, stand: CurrentPosition.Stand), _ p: Proposition, _ r: ReportContext) -> String {
        "came about: \(o.link.to.proposition) \(o.stand.text)" + (o.stand.isFirm ? "" : " (\(o.claim.hedge ?? "attributed"), unconfirmed)") + "; the judgements are settled"
    }

    /// A proposition's row of the summary from its current position.
    static func summaryRow(_ x: CurrentPosition, _ r: ReportContext, open: [Flag], single: Bool) -> [String] {
        [Markdown.escape(x.proposition.topic), Markdown.code(x.proposition.key), Markdown.escape(headlineWords(x, r)), r.source(x.headline.claim),
         Markdown.escape(ReportLimits.names(agreeing(x, r))),
         Markdown.escape(ReportLimits.names(papers(x.papers(.dissents).map(\.claim), r))),
         Markdown.escape(ReportLimits.names(papers(x.papers(.earlier).map(\.claim), r))),
         "\(open.count)" + (single ? " (single source)" : "")]
    }

    /// The names of the stands that agree, then those that make no call (`asbab-2023 (no call)`).
    static func agreeing(_ x: CurrentPosition, _ r: ReportContext) -> [String] {
        papers(x.papers(.agrees).map(\.claim), r) + papers(x.papers(.noCall).map(\.claim), r).map { "\($0) (no call)" }
    }

    /// A forecast in words, whose it is first, its estimative word and call kept: `efis-2024:
    /// '>= 6,000 drones' by 2025, doubted ('doubtful')`; `grc-2024-11: s400.transfer-to-iran
    /// 'delivered' by ~2025, held possible ('could-potentially', no call)`; `Russia (reported by
    /// efis-2024): ... forecast with no estimative word`; a judgement of likelihood `efis-2024:
    /// 'unlikely' by ~2025..2026`.
    static func forecastWords(_ f: Claim, _ r: ReportContext, on other: String? = nil) -> String {
        guard let q = r.set.proposition(f.about) else { return f.value.text }
        let who = f.stance == .attributed
            ? "\(f.speaker.flatMap { r.set.speaker($0)?.name } ?? f.attributedTo ?? "a source") (reported by \(f.paper))" : f.paper
        let what = (other == nil || other == q.key ? "" : "\(q.key) ") + RuleContext.words(f, on: q) + " by \(f.forecastHorizon?.text ?? "-")"
        if q.kind == .likelihood { return "\(who): \(what)" }
        guard let word = f.likelihood else { return "\(who): \(what), forecast with no estimative word" }
        guard let band = ForecastResolution.band(f, context: r.rules) else { return "\(who): \(what) ('\(word)')" }
        let call = band.low >= 50 ? "expected" : band.high <= 50 ? "doubted" : "held possible"
        return "\(who): \(what), \(call) ('\(word)'\(band.low < 50 && band.high > 50 ? ", no call" : ""))"
    }

    /// A stand's source and quote, the claim it rests on too when that is another claim.
    static func standLine(_ s: CurrentPosition.Stand, _ r: ReportContext) -> String {
        var out = r.source(s.claim) + (s.isKeyJudgement ? Markdown.escape(" (key judgement)") : "") + " " + r.quote(s.claim)
        if s.basis.id != s.claim.id { out += Markdown.escape("; reached: ") + r.source(s.basis) + " " + r.quote(s.basis) }
        return out
    }

    /// The headline in words, its hedge or attribution kept: `delivered (allegedly,
    /// unconfirmed; last firm: contracted, not delivered, a 2024-02)` (scenario S17).
    static func headlineWords(_ x: CurrentPosition, _ r: ReportContext) -> String {
        let h = x.headline
        // A status or state last reported two years or more before the date says when: "before
        // delivered" of 2010 is not a position of now (a ladder's last step cannot move on).
        let top = x.proposition.ladder.map { h.lower == $0.steps.count - 1 } ?? false
        let stale = x.proposition.kind != .amount && !x.proposition.fixed && h.claim.fixedAt == nil && !top
            && h.claim.time.end < r.asOf.end - staleDays ? " (last reported for \(h.claim.time.text))" : ""
        guard !h.isFirm else { return h.text + stale }
        let how = h.basis.hedge ?? "according to \(h.basis.speaker.flatMap { r.set.speaker($0)?.name } ?? h.basis.attributedTo ?? "another source")"
        return "\(h.text) (\(how), unconfirmed" + (x.lastFirm.map { "; last firm: \($0.text), \($0.paper) \($0.claim.time.text)" } ?? "") + ")" + stale
    }

    /// How old a status or state may be before the brief says when it was last reported.
    static let staleDays = 730

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
        if let x = CurrentPosition.of(p, claims: undated, asOf: r.asOf) {
            position(x, r, &w)
            summary.append(summaryRow(x, r, open: open, single: single))
        }
        if let l = rows.last {
            if earlier > 0 { w.paragraph(Markdown.escape("The latest \(rows.count) periods; \(earlier) earlier periods have figures too.")) }
            w.table(headers: ["Period", "Figure", "Source", "Quote", "Agree", "Dissent"], rows: rows)
            summary.append([Markdown.escape(p.topic), Markdown.code(p.key), l[1] + Markdown.escape(" in \(periods.last!.text)"), l[2], l[4], l[5], "", "\(open.count)" + (single ? " (single source)" : "")])
        }
        let changes = claims.filter { $0.change != nil && $0.madeAt.end <= r.asOf.end }
        if !changes.isEmpty {
            bullets(changes, &w, "stated change", "stated changes") { c in
                "Stated change " + Markdown.escape("\(c.change!.from.text) → \(c.change!.to.text)") + ": " + r.claimLine(c)
            }
        }
    }
}
