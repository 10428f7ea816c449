// The brief's first screen: for each key topic, its key propositions, each with the current
// position, what changed since the previous year, what is contested and by whom, and what to
// watch.

extension BriefReport {
    /// At most this many key propositions open the brief (about forty lines).
    static let keyPropositions = 12

    /// The key propositions: those holding a paper's marked key judgements (statements or
    /// forecasts; most papers marking one first, then most sources), else the six that most
    /// sources speak to.
    static func keyGroups(_ groups: [ClaimIndex.Group], _ r: ReportContext) -> (shown: [ClaimIndex.Group], marking: [String: Int], more: Int) {
        let sources = r.rules.index.sources
        let made = groups.map { g in g.claims.filter { $0.madeAt.end <= r.asOf.end } }
        let marking = made.map { Set($0.filter(\.isKeyJudgement).map(\.paper)).count }
        let speaking = made.map { Set($0.filter(\.isPlainStatement).map { sources.source(of: $0) }).count }
        let marked = marking.contains { $0 > 0 }
        let candidates = groups.indices.filter { marked ? marking[$0] > 0 : speaking[$0] > 1 }
        let ranked = candidates.sorted { a, b in
            (-marking[a], -speaking[a], groups[a].proposition.key) < (-marking[b], -speaking[b], groups[b].proposition.key)
        }
        let limit = marked ? keyPropositions : keyPropositions / 2
        let shown = ranked.prefix(limit)
        return (shown.map { groups[$0] }, Dictionary(uniqueKeysWithValues: shown.map { (groups[$0].proposition.key, marking[$0]) }), max(0, ranked.count - limit))
    }

    static func keyJudgements(_ groups: [ClaimIndex.Group], _ r: ReportContext, _ w: inout MarkdownWriter) {
        let (shown, marking, more) = keyGroups(groups, r)
        guard !shown.isEmpty else { return }
        let marked = marking.values.contains { $0 > 0 }
        let previous = previousPeriod(r.asOf)
        w.heading(2, "Key judgements")
        w.paragraph(Markdown.escape((marked
            ? "The topics on which the papers state their own conclusions (claims marked as key judgements), the propositions most papers conclude on first."
            : "No paper marks key judgements; these are the propositions most sources speak to.")
            + " For each: the current position with its source, what changed since \(previous.text), what is contested and by whom, and what to watch."))
        // Topics in the order of their first proposition.
        var topics: [String] = []
        for g in shown where !topics.contains(g.proposition.topic) { topics.append(g.proposition.topic) }
        for topic in topics {
            w.heading(3, Markdown.escape("Topic: \(topic)"))
            var items: [String] = []
            for g in shown where g.proposition.topic == topic {
                let p = g.proposition
                guard let now = keyPosition(g, r.asOf, r) else { continue }
                let line = Markdown.escape("\(p.title) ") + Markdown.code(p.key) + ": " + Markdown.bold(now.words) + Markdown.escape(" — ") + now.source
                var notes = [changed(g, now, since: previous, r)]
                if let f = keyForecasts(g, r) { notes.append(f) }
                if let c = contested(g, now, r) { notes.append(c) }
                if let watch = watching(p, r) { notes.append(watch) }
                // A hard line break (a backslash) keeps the notes in the item, on a line of their own.
                items.append("- " + Markdown.blockLine(line) + "\\\n  " + Markdown.blockLine(notes.joined(separator: " ")))
            }
            w.raw(items.joined(separator: "\n"))
        }
        if more > 0 {
            w.paragraph(Markdown.escape("\(ReportLimits.more(more, "proposition", "propositions").capitalizedFirst) \(marked ? "hold key judgements" : "have several sources"); they are in the topics below."))
        }
    }

    /// The papers' key forecasts on the proposition that are settled, with their outcome.
    static func keyForecasts(_ g: ClaimIndex.Group, _ r: ReportContext) -> String? {
        let forecasts = Set(r.forecastClaims.lazy.filter { $0.about == g.proposition.key }.map(\.id))
        let settled = g.claims.filter { $0.isKeyJudgement && $0.madeAt.end <= r.asOf.end && forecasts.contains($0.id) }
            .map { r.resolve($0) }.filter { $0.outcome != .pending }
        guard !settled.isEmpty else { return nil }
        let p = g.proposition
        return Markdown.escape("Key forecasts: ") + settled.map { x in
            let f = x.forecast
            return Markdown.escape("\(f.paper)'s \(RuleContext.words(f, on: p))\(f.likelihood.map { " (\($0))" } ?? "") by \(f.forecastHorizon?.text ?? "-"): \(x.outcome.rawValue)")
                + (r.flags(involving: f.id).first { $0.rule == "forecast_resolution" }.map { " (" + r.flagLink($0) + ")" } ?? "")
        }.joined(separator: "; ") + "."
    }

    /// The end of the year before the date's: the period "what changed" looks back to.
    static func previousPeriod(_ date: TimeSpan) -> TimeSpan {
        let year = Int(CivilDate.iso(date.end).prefix(4))!
        return try! TimeSpan.parse(String(year - 1)).get()
    }

    /// A key proposition's position at a date, in words, with its source and quote.
    struct KeyPosition {
        var words: String
        var source: String
        /// The position itself, to compare with another date's.
        var text: String
        var position: CurrentPosition?
    }

    static func keyPosition(_ g: ClaimIndex.Group, _ date: TimeSpan, _ r: ReportContext) -> KeyPosition? {
        let p = g.proposition
        if p.kind == .amount {
            // The latest period's figure.
            let made = g.claims.filter { $0.isPlainStatement && $0.period != nil && $0.madeAt.end <= date.end && $0.time.start <= date.end }
            guard let period = Assessment.periods(made).last,
                  let a = Assessment.of(p, claims: made, asOf: date, period: period), let c = a.latest else { return nil }
            let words = "\(c.value.text) in \(period.text)"
            return KeyPosition(words: words, source: r.source(c) + " " + r.quote(c), text: words)
        }
        if let o = outcome(of: p, r, asOf: date) {
            let words = outcomeWords(o, p, r)
            return KeyPosition(words: words, source: r.source(o.claim) + " " + r.quote(o.claim), text: words)
        }
        guard let x = CurrentPosition.of(p, claims: g.claims, asOf: date, implied: r.implied(p.key)) else { return nil }
        return KeyPosition(words: headlineWords(x, r), source: standLine(x.headline, r), text: x.headline.text, position: x)
    }

    /// `Since 2023: was X (paper, time).`, `New since 2023.` or `Unchanged since 2023.`; a
    /// position worded otherwise but not different (compatible terms, a judgement that makes the
    /// same call, the same steps) is unchanged, with the earlier wording named.
    static func changed(_ g: ClaimIndex.Group, _ now: KeyPosition, since previous: TimeSpan, _ r: ReportContext) -> String {
        guard let before = keyPosition(g, previous, r) else { return Markdown.escape("New since \(previous.text).") }
        guard before.text != now.text else { return Markdown.escape("Unchanged since \(previous.text).") }
        let then = before.position.map { " (\($0.headline.paper), \($0.headline.claim.time.text))" } ?? ""
        if let a = before.position?.headline, let b = now.position?.headline, !differ(a, b, on: g.proposition) {
            let p = g.proposition
            if StateFindings.call(a.claim.value, on: p) == 0 && StateFindings.call(b.claim.value, on: p) != 0 {
                return Markdown.escape("Since \(previous.text): was \(before.text)\(then), which made no call.")
            }
            return Markdown.escape("Unchanged in substance since \(previous.text): then worded \(before.text)\(then).")
        }
        return Markdown.escape("Since \(previous.text): was \(before.text)\(then).")
    }

    /// Whether two stands hold different positions: other steps on a ladder, different states
    /// or opposite calls otherwise (as the state rules read them).
    static func differ(_ a: CurrentPosition.Stand, _ b: CurrentPosition.Stand, on p: Proposition) -> Bool {
        if p.ladder != nil { return (a.lower, a.upper) != (b.lower, b.upper) }
        let (x, y) = (a.claim.value, b.claim.value)
        return StateFindings.differ(x, y, StateFindings.call(x, on: p), StateFindings.call(y, on: p), on: p)
    }

    /// The papers that dissent from the current position and the open review items about it.
    static func contested(_ g: ClaimIndex.Group, _ now: KeyPosition, _ r: ReportContext) -> String? {
        var parts: [String] = []
        if let x = now.position {
            let dissent = x.papers(.dissents)
            if !dissent.isEmpty {
                parts.append(dissent.map { "\($0.paper) (\($0.claim.time.text)) says \($0.text)" }.joined(separator: "; "))
            }
            if let firm = x.lastFirm { parts.append("rests on \(x.headline.paper)'s \(x.headline.basis.stance.rawValue) report alone; last firm: \(firm.paper) (\(firm.claim.time.text)) \(firm.text)") }
        }
        let open = openFlags(g, r).filter { $0.kind != .singleSource }
        var out = parts.isEmpty ? "" : Markdown.escape("Contested: " + parts.joined(separator: "; ") + ".")
        if !open.isEmpty {
            let (links, rest) = ReportLimits.top(open, 3)
            out += (out.isEmpty ? "" : " ") + Markdown.escape("In review: ")
                + links.map { r.flagLink($0) + Markdown.escape(" (\($0.kind.rawValue))") }.joined(separator: ", ")
                + (rest > 0 ? Markdown.escape(", \(ReportLimits.more(rest, "other", "others"))") : "") + "."
        }
        return out.isEmpty ? nil : out
    }

    /// Pending forecasts on the proposition or on one that resolves on it or implies it.
    static func watching(_ p: Proposition, _ r: ReportContext) -> String? {
        let related = Set(r.set.propositions.filter { q in q.links.contains { $0.to.proposition == p.key } }.map(\.key)).union([p.key])
        var pending: [String] = []
        for f in r.forecastClaims where related.contains(f.about) && (f.forecastHorizon?.end ?? .min) > r.asOf.end && f.madeAt.end <= r.asOf.end {
            guard r.resolve(f).outcome == .pending, let q = r.set.proposition(f.about) else { continue }
            let word = f.likelihood.map { " (\($0))" } ?? ""
            let said = "\(f.paper) expects \(q.key == p.key ? "" : "\(q.key) ")\(RuleContext.words(f, on: q))\(word) by \(f.forecastHorizon?.text ?? "-")"
            if !pending.contains(said) { pending.append(said) }
        }
        guard !pending.isEmpty else { return nil }
        let (shown, more) = ReportLimits.top(pending, 3)
        return Markdown.escape("Watch: " + shown.joined(separator: "; ") + (more > 0 ? "; \(ReportLimits.more(more, "other", "others"))" : "") + ".")
    }
}
