/// What a diff shows of each proposition: its section, the papers each side rests on, the
/// findings that put it there, and how important it is.
extension DiffReport {
    /// The sections of a diff, in the order they are shown.
    enum Section: Int, CaseIterable {
        case changed, contradicted, new, notMentioned, unchanged

        var title: String {
            switch self {
            case .changed: "Changed"
            case .contradicted: "Contradicted"
            case .new: "New"
            case .notMentioned: "Not mentioned again"
            case .unchanged: "Unchanged"
            }
        }
    }

    /// The findings that dispute a held view: a later claim contradicts it, dissents from it,
    /// or reports another state inside its window with no change reported.
    static let disputeKinds: Set<Flag.Kind> = [.contradiction, .disputedReport, .dissent, .unexplainedChange]

    /// One proposition (one period of it, for figures) as a diff shows it.
    struct Entry {
        var item: Item
        var section: Section
        /// The papers holding the earlier view at the earlier date, headline first, one claim
        /// each (its latest about the latest time); empty for a new proposition.
        var before: [Claim]
        /// The same at the later date; empty for one not mentioned again.
        var after: [Claim]
        /// The held views in words (`view`): the headlines, a ladder's raised to what every paper
        /// had reported reached.
        var beforeView: Claim?, afterView: Claim?
        /// For a view no later paper restates: the later claims of other propositions whose
        /// `implies:` link rules it out or narrows it, with the link (the entry is then changed).
        var implied: [(link: PropositionLink, claim: Claim)] = []
        /// Disputes raised by a later claim against a claim made by the earlier date
        /// (`disputeKinds`): what makes an entry contradicted.
        var disputes: [Flag]
        /// Disputes among the later papers only, and other open findings on the sides' claims.
        var notes: [Flag]
        var severity: Flag.Severity?
        var keyJudgement: Bool
        var papers: Int
        /// Its place in the items' order (kind, then key): the last tie-break.
        var order: Int

        /// Whether `self` comes before `other`: the more severe finding, then a key judgement,
        /// then more papers, then kind and key.
        func isMoreImportant(than other: Entry) -> Bool { importance > other.importance }

        /// What orders entries, higher first: the finding's severity, a key judgement, the
        /// papers, then the items' order.
        var importance: (Int, Int, Int, Int) { (severity?.rank ?? -1, keyJudgement ? 1 : 0, papers, -order) }
    }

    /// How entries are ordered, in words for the report.
    static let importance = "Each section lists the most important entries first: those with the most severe finding of the review queue (contradiction, dissent, unexplained change), then those that rest on a claim its paper marks as a key judgement, then those that more papers speak to, then statuses, figures, categories and likelihoods, each by key."

    /// The entries of one diff by section, each section by importance.
    static func entries(_ r: ReportContext, from: TimeSpan, to: TimeSpan, items: [[Item]]) -> [[Entry]] {
        var out: [[Entry]] = Array(repeating: [], count: Section.allCases.count)
        var order = 0
        // Each proposition's claims by id, and a figure's by period, gathered once: a figure of
        // many periods has an item for each.
        var byID: [String: [String: Claim]] = [:], byPeriod: [String: [Assessment.PeriodKey?: [Claim]]] = [:]
        // A figure's findings to review by the periods their claims speak of (a finding with a
        // claim of no period, such as a denial, under every period): each period's entry reads
        // its own, not all of the proposition's.
        var reviewByPeriod: [String: (byPeriod: [Assessment.PeriodKey?: [Int]], everywhere: [Int])] = [:]
        func periodKey(_ s: TimeSpan?) -> Assessment.PeriodKey? { s.map(Assessment.PeriodKey.init) }
        for change in [Change.changed, .new, .dropped, .unchanged] {
            for item in items[change.rawValue] {
                if byID[item.key] == nil {
                    let claims = r.claims(about: item.key)
                    // Only the claims of findings to review are looked up by id: most propositions have none.
                    byID[item.key] = r.flags(about: item.key).contains(where: \.kind.needsReview)
                        ? Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) : [:]
                    if r.set.proposition(item.key)?.kind == .amount {
                        byPeriod[item.key] = Dictionary(grouping: claims.filter(\.isPlainStatement), by: { periodKey($0.period) })
                        var split: (byPeriod: [Assessment.PeriodKey?: [Int]], everywhere: [Int]) = ([:], [])
                        let own = byID[item.key]!
                        for (n, f) in r.flags(about: item.key).enumerated() where f.kind.needsReview {
                            let cs = f.claims.compactMap { own[$0] ?? r.set.claim($0) }
                            if cs.contains(where: { !$0.isPlainStatement }) { split.everywhere.append(n); continue }
                            var periods: [Assessment.PeriodKey?] = []
                            for c in cs where !periods.contains(periodKey(c.period)) { periods.append(periodKey(c.period)) }
                            for k in periods { split.byPeriod[k, default: []].append(n) }
                        }
                        reviewByPeriod[item.key] = split
                    }
                }
                let claims = byPeriod[item.key].map { $0[periodKey(item.period)] ?? [] } ?? r.claims(about: item.key)
                // The findings in order, as the proposition's: a figure's period's own, then those of every period.
                let review = reviewByPeriod[item.key].map { split in
                    let flags = r.flags(about: item.key)
                    return ((split.byPeriod[periodKey(item.period)] ?? []) + split.everywhere).sorted().map { flags[flags.startIndex + $0] }
                }
                var e = entry(r, item, claims: claims, own: byID[item.key]!, from: from, to: to, order: order, review: review)
                order += 1
                if e.section == .notMentioned, let into = r.impliesLinks[item.key] { implied(&e, r, into, from: from, to: to) }
                out[e.section.rawValue].append(e)
            }
        }
        // Sorted by keys read once: moving whole entries (five arrays each) in the sort cost more
        // than building them.
        return out.map { section in
            let keys = section.map(\.importance)
            return section.indices.sorted { keys[$0] > keys[$1] }.map { section[$0] }
        }
    }

    /// - Parameters: claims: the proposition's plain claims of the item's period, for a figure;
    ///   else all its claims. own: all its claims by id.
    /// - Parameter review: the findings to review that may concern the item (a figure's period's
    ///   own); by default all of the proposition's.
    static func entry(_ r: ReportContext, _ item: Item, claims: [Claim], own: [String: Claim], from: TimeSpan, to: TimeSpan, order: Int,
                      review: [Flag]? = nil) -> Entry {
        let p = r.set.proposition(item.key)!
        let before = item.before.map { holders(claims, item, p, headline: $0, at: from) } ?? []
        // The later side is what the later papers say: an earlier paper still holding the view is
        // on the earlier side already.
        let after = item.after.map { h in holders(claims, item, p, headline: h, at: to).filter { $0.id == h.id || $0.madeAt.end > from.end } } ?? []
        var disputes: [Flag] = [], notes: [Flag] = []
        // A finding's claims are mostly the proposition's own: looked up among them first.
        let review = review ?? r.flags(about: item.key).filter(\.kind.needsReview)
        let sides = review.isEmpty ? [] : Set((before + after).map(\.id))
        for f in review {
            let relevant = f.claims.compactMap { own[$0] ?? r.set.claim($0) }.filter { inPeriod($0, item, p) }
            let made = relevant.filter { $0.madeAt.end <= to.end }
            // Only findings there by the later date: a dispute of two claims made by then at
            // least (one of them later); any other finding with all its claims made by then.
            guard !made.isEmpty else { continue }
            let later = made.contains { $0.madeAt.end > from.end }
            if disputeKinds.contains(f.kind) {
                guard later && made.count >= 2 else { continue }
                // It contradicts the held view only if it names an earlier claim that gives it and
                // a later one that does not (or denies it); a dispute of another earlier claim (a
                // denial the later papers refute) is a note.
                if let h = item.before, made.contains(where: { $0.madeAt.end <= from.end && $0.isPlainStatement && holdsView($0, h, p) }),
                   made.contains(where: { $0.madeAt.end > from.end && ($0.isDenial || ($0.isPlainStatement && !holdsView($0, h, p))) }) { disputes.append(f) } else { notes.append(f) }
            } else if made.count == relevant.count,
                      later || item.after == nil, made.contains(where: { sides.contains($0.id) }) {
                notes.append(f)
            }
        }
        var views = (item.before.map { view(claims, p, headline: $0, at: from) }, item.after.map { view(claims, p, headline: $0, at: to) })
        if let x = views.0, let y = views.1, !compare(x, y, p).0 { views = (item.before, item.after) }
        let section: Section
        switch item.change {
        case .new: section = .new
        case _ where !disputes.isEmpty: section = .contradicted
        case .dropped: section = .notMentioned
        case .changed, .unchanged: section = moved(views.0!, views.1!, p) ? .changed : .unchanged
        }
        let shown = section == .contradicted ? disputes : notes
        return Entry(item: item, section: section, before: before, after: after, beforeView: views.0, afterView: views.1, disputes: disputes, notes: notes,
                     severity: shown.map(\.severity).max(), keyJudgement: before.contains(where: \.isKeyJudgement) || after.contains(where: \.isKeyJudgement),
                     papers: distinctPapers(before, after), order: order)
    }

    /// How many papers two short lists of claims name: compared in place, without hashing.
    static func distinctPapers(_ a: [Claim], _ b: [Claim]) -> Int {
        var seen: [String] = []
        seen.reserveCapacity(a.count + b.count)
        for c in a where !seen.contains(c.paper) { seen.append(c.paper) }
        for c in b where !seen.contains(c.paper) { seen.append(c.paper) }
        return seen.count
    }

    /// Whether a claim speaks of the item's period (figures), or of the proposition (others).
    static func inPeriod(_ c: Claim, _ item: Item, _ p: Proposition) -> Bool {
        guard p.kind == .amount else { return true }
        guard c.isPlainStatement else { return true }
        return c.period?.start == item.period?.start && c.period?.end == item.period?.end
    }

    /// Every paper holding the headline's view at `date`: each paper's latest plain claim made by
    /// then (about the latest time, as the headline is chosen), when it agrees with the
    /// headline; the headline first, the others by paper.
    static func holders(_ claims: [Claim], _ item: Item, _ p: Proposition, headline: Claim, at date: TimeSpan) -> [Claim] {
        // Each paper's best claim, found by a scan of the few papers a proposition has (a
        // dictionary of them cost more than the rest of the diff).
        var best: [Claim] = []
        for c in claims where c.isPlainStatement && c.madeAt.end <= date.end && c.time.start <= date.end && inPeriod(c, item, p) {
            if let i = best.firstIndex(where: { $0.paper == c.paper }) {
                if Assessment.better(c, than: best[i]) { best[i] = c }
            } else {
                best.append(c)
            }
        }
        let others = best.filter { $0.paper != headline.paper && holdsView($0, headline, p) }
        return [headline] + others.sorted { $0.paper < $1.paper }
    }

    /// Whether a claim gives the headline's view: a status within its range (`delivered` holds
    /// `contracted or later`), the same term or one declared equivalent (not merely
    /// compatible), a figure within the tolerance, a likelihood making the same call (a
    /// `could` holds no `unlikely`).
    static func holdsView(_ c: Claim, _ headline: Claim, _ p: Proposition) -> Bool {
        switch (c.value, headline.value) {
        case (.ladder(let x), .ladder(let h)): return x.lower >= h.lower && x.upper <= h.upper
        case (.term(let x), .term(let h)): return [.same, .equivalent].contains(p.relation(x, h))
        case (.likelihood(let x), .likelihood(let h)):
            // The same call: both above even, both below, or both making none (and overlapping).
            guard let s = p.scale, let bx = s.band(x), let bh = s.band(h) else { return x == h }
            return call(bx) == call(bh) && (call(bx) != 0 || ValueComparison.compare(c, headline, on: p).outcome == .agree)
        default: return ValueComparison.compare(c, headline, on: p).outcome == .agree
        }
    }

    /// The held view as the diff words it: on a ladder, the headline's range with its lowest
    /// step raised to the highest step any paper had reported reached by then (a step reached
    /// stays reached: Docs/findings.md), unless a claim reports a reversal; else the headline.
    static func view(_ claims: [Claim], _ p: Proposition, headline: Claim, at date: TimeSpan) -> Claim {
        guard case .ladder(let h) = headline.value, let l = p.ladder, !claims.contains(where: \.reversal) else { return headline }
        var lower = h.lower
        for c in claims where c.isPlainStatement && c.madeAt.end <= date.end && c.time.end <= date.end {
            if case .ladder(let x) = c.value, x.lower > lower, x.lower <= h.upper { lower = x.lower }
        }
        guard lower > h.lower else { return headline }
        var c = headline
        let range = LadderRange(lower: lower, upper: h.upper, text: "")
        c.value = .ladder(LadderRange(lower: lower, upper: h.upper, text: l.describe(range)))
        return c
    }

    /// Whether the held view moved: `changed`, except that a later status that only widens
    /// the earlier one (`decided` restated as `decided or later`) says nothing new.
    static func moved(_ a: Claim, _ b: Claim, _ p: Proposition) -> Bool {
        if case .ladder(let x) = a.value, case .ladder(let y) = b.value, x.isWithin(y) { return false }
        return changed(a, b, p)
    }

    /// A view not mentioned again that a later claim of a linked proposition rules out or
    /// narrows (a contract for the Su-35 is an arms deal): changed, by implication, with those
    /// claims.
    static func implied(_ e: inout Entry, _ r: ReportContext, _ into: [(from: String, link: PropositionLink)], from: TimeSpan, to: TimeSpan) {
        guard let held = e.item.before, let p = r.set.proposition(e.item.key) else { return }
        for (key, link) in into {
            guard let condition = link.from, let q = r.set.proposition(key) else { continue }
            var best: [String: Claim] = [:]
            for c in r.claims(about: q.key) where c.isPlainStatement && c.madeAt.end > from.end && c.madeAt.end <= to.end && c.time.start <= to.end
                && condition.holds(for: c.value, on: q) {
                if Assessment.better(c, than: best[c.paper]) { best[c.paper] = c }
            }
            // The link says something the held view did not: it rules it out, or narrows it.
            guard !best.isEmpty, !link.to.holds(for: held.value, on: p) else { continue }
            e.implied += best.values.sorted { $0.paper < $1.paper }.map { (link, $0) }
        }
        if !e.implied.isEmpty {
            e.section = .changed
            e.papers = Set((e.before + e.implied.map(\.claim)).map(\.paper)).count
        }
    }
}
