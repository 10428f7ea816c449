/// Where the papers stand on one proposition at a date, and what the corpus holds now: the
/// brief's headline.
///
/// Each paper is one stand: its claims up to the date combined (on a ladder, its highest step
/// reached and its lowest "not yet" after it, `contracted, not delivered`), represented by its
/// latest claim. A paper's key judgements (`key-judgement: yes`) outrank its incidental wording:
/// when it marks some on the proposition, they alone are its stand on a state or a likelihood.
/// The headline is the stand about the latest time (asserted before hedged, key judgements
/// first), or a firm (asserted) stand of the same position when the latest is hedged or
/// attributed; when it rests only on hedged or attributed claims it says so, and names the
/// latest firm stand beside it (scenario S17).
///
/// Every other stand agrees with the headline, dissents from it (a different state, or an
/// opposite call, for an overlapping time, as the state rules read them), or held an earlier view: it conflicts with the headline about an earlier time, or on
/// a ladder reported an earlier step than the one reached since (a change over time, never
/// counted as agreeing).
public struct CurrentPosition: Sendable {
    /// One paper's position.
    public struct Stand: Sendable {
        public var paper: String
        /// The claim that represents it: the paper's latest (its latest key judgement, if any).
        public var claim: Claim
        /// The claim its position rests on: on a ladder the claim of the highest step reached,
        /// otherwise `claim`. Its stance decides whether the position is firm.
        public var basis: Claim
        /// The position in words (`contracted, not delivered`, `partners`).
        public var text: String
        /// On a ladder, the steps the position leaves.
        public var lower = 0, upper = 0
        /// On a ladder, whether the paper says the step above `upper` has not come yet.
        public var notYet = false
        /// Whether the stand is one of the paper's key judgements.
        public var isKeyJudgement: Bool { claim.isKeyJudgement }
        /// Asserted in the paper's own voice, not hedged or attributed.
        public var isFirm: Bool { basis.stance == .asserted }
    }

    /// How a stand relates to the headline.
    public enum Relation: String, Sendable {
        case agrees, dissents, earlier
        /// A judgement whose band straddles 50% ("could") beside one that makes a call: it
        /// dissents from nobody, and does not agree either.
        case noCall = "no call"
    }

    public var proposition: Proposition
    /// What the corpus holds now.
    public var headline: Stand
    /// When the headline is not firm (no firm stand confirms it): the latest firm stand, what
    /// was last said for sure.
    public var lastFirm: Stand?
    /// Every paper's stand, the headline's included, oldest first, with its relation.
    public var stands: [(stand: Stand, relation: Relation)]

    public func papers(_ r: Relation) -> [Stand] { stands.filter { $0.relation == r && $0.stand.paper != headline.paper }.map(\.stand) }

    /// The position of `p` from `claims` (its claims) as of `date`; nil when no paper published
    /// by then speaks of a time up to it.
    ///
    /// `implied` are ladder steps that claims of other propositions imply through their
    /// `implies:` links (`ImpliedStep.all`): a paper that says nothing of the proposition itself
    /// stands where its highest implied step puts it.
    public static func of(_ p: Proposition, claims: [Claim], asOf date: TimeSpan, implied: [ImpliedStep] = []) -> CurrentPosition? {
        let considered = claims.filter { $0.isPlainStatement && $0.madeAt.end <= date.end && $0.time.start <= date.end }
        var byPaper: [String: [Claim]] = [:]
        for c in considered { byPaper[c.paper, default: []].append(c) }
        var stands = byPaper.keys.sorted().map { stand(of: $0, byPaper[$0]!, on: p) }
        if let l = p.ladder {
            var best: [String: ImpliedStep] = [:]
            for x in implied where byPaper[x.claim.paper] == nil && x.claim.madeAt.end <= date.end && x.claim.time.start <= date.end {
                if let b = best[x.claim.paper], (b.lower, b.claim.time.end, x.claim.id) >= (x.lower, x.claim.time.end, b.claim.id) { continue }
                best[x.claim.paper] = x
            }
            stands += best.keys.sorted().map { paper in
                let x = best[paper]!
                let words = l.describe(LadderRange(lower: x.lower, upper: l.steps.count - 1, text: ""))
                return Stand(paper: paper, claim: x.claim, basis: x.claim, text: "\(words) (implied by \(x.claim.about))", lower: x.lower, upper: l.steps.count - 1)
            }
        }
        guard !stands.isEmpty else { return nil }
        stands.sort { ($0.claim.time.end, $0.paper) < ($1.claim.time.end, $1.paper) }
        var headline = stands.min { ahead($0, of: $1) }!
        // A hedged or attributed headline that a firm stand confirms gives way to that stand.
        if !headline.isFirm, let firm = stands.filter({ $0.isFirm && sameLevel($0, headline, on: p) && relation($0, to: headline, on: p) == .agrees })
            .min(by: { ahead($0, of: $1) }) {
            headline = firm
        }
        if headline.isFirm, headline.claim.about == p.key, let corpus = combined(considered, on: p, above: headline) { headline = corpus }
        var out = CurrentPosition(proposition: p, headline: headline, stands: [])
        out.stands = stands.map { s in (s, s.paper == headline.paper ? .agrees : relation(s, to: headline, on: p)) }
        if !headline.isFirm { out.lastFirm = stands.filter(\.isFirm).min { ahead($0, of: $1) } }
        return out
    }

    /// On a ladder, the highest step the papers' firm claims reached, when it is above the
    /// headline paper's and that paper does not rule it out: a later paper's "not yet
    /// delivered" does not retract an earlier paper's "contracted" (`contracted, not
    /// delivered`). The upper end is the headline's: an earlier exact step does not bound a
    /// later time. The headline's claim stays its claim; the claim of the step reached is its basis.
    static func combined(_ claims: [Claim], on p: Proposition, above h: Stand) -> Stand? {
        guard let l = p.ladder else { return nil }
        var basis: Claim?, lower = h.lower
        for c in claims where c.stance == .asserted && !c.reversal && c.time.end <= h.claim.time.end {
            guard case .ladder(let r) = c.value, r.lower <= h.upper else { continue }
            if r.lower > lower || (r.lower == lower && basis.map { (c.time.start, c.id) < ($0.time.start, $0.id) } ?? false) { (lower, basis) = (r.lower, c) }
        }
        guard let basis, lower > h.lower else { return nil }
        return Stand(paper: h.paper, claim: h.claim, basis: basis, text: PositionSummary.words(lower: lower, upper: h.upper, statedAsBound: h.notYet, on: l),
                     lower: lower, upper: h.upper, notYet: h.notYet)
    }

    /// A paper's stand from its claims about the proposition.
    static func stand(of paper: String, _ own: [Claim], on p: Proposition) -> Stand {
        let keys = own.filter(\.isKeyJudgement)
        let pool = p.ladder == nil && !keys.isEmpty ? keys : own
        let latest = pool.min { later($0, than: $1) }!
        guard let l = p.ladder else { return Stand(paper: paper, claim: latest, basis: latest, text: latest.value.text) }
        var spans: [PositionSummary.Span] = []
        var basis = latest
        var top = -1
        for c in own where !c.reversal {
            guard case .ladder(let r) = c.value else { continue }
            spans.append(.init(range: r, start: c.time.start, end: c.time.end))
            if r.lower > top || (r.lower == top && c.stance == .asserted && basis.stance != .asserted) { (top, basis) = (r.lower, c) }
        }
        let x = PositionSummary.combine(spans, top: l.steps.count - 1)
        if x.lower == 0 { basis = latest }
        let text = x.lower <= x.upper ? PositionSummary.words(lower: x.lower, upper: x.upper, statedAsBound: x.statedAsBound, on: l)
            : RuleContext.words(latest, on: p)
        return Stand(paper: paper, claim: latest, basis: basis, text: text, lower: x.lower, upper: max(x.lower, x.upper), notYet: x.statedAsBound)
    }

    /// The later of two claims: about a later time, then a key judgement, asserted, more
    /// specific, made later, first by id.
    static func later(_ a: Claim, than b: Claim) -> Bool {
        (-a.time.end, a.isKeyJudgement ? 0 : 1, a.stance == .asserted ? 0 : 1, Assessment.specificity(a), -a.madeAt.end, a.id)
            < (-b.time.end, b.isKeyJudgement ? 0 : 1, b.stance == .asserted ? 0 : 1, Assessment.specificity(b), -b.madeAt.end, b.id)
    }

    /// Whether `a` heads before `b`: about a later time, then firm, a key judgement, more
    /// specific, from a paper made later, first by paper.
    static func ahead(_ a: Stand, of b: Stand) -> Bool {
        (-a.claim.time.end, a.isFirm ? 0 : 1, a.isKeyJudgement ? 0 : 1, Assessment.specificity(a.claim), -a.claim.madeAt.end, a.paper)
            < (-b.claim.time.end, b.isFirm ? 0 : 1, b.isKeyJudgement ? 0 : 1, Assessment.specificity(b.claim), -b.claim.madeAt.end, b.paper)
    }

    static func sameLevel(_ a: Stand, _ b: Stand, on p: Proposition) -> Bool {
        p.ladder == nil ? true : a.lower >= b.lower
    }

    /// A stand against the headline.
    static func relation(_ s: Stand, to h: Stand, on p: Proposition) -> Relation {
        if p.ladder != nil {
            // A "not yet" conflicts only once the step reached is certain (its span's end).
            if s.upper < h.lower { return s.claim.time.start >= h.basis.time.end ? .dissents : .earlier }
            if s.lower > h.upper { return .dissents }
            return s.lower < h.lower && s.claim.time.end < h.claim.time.start ? .earlier : .agrees
        }
        let differ = p.kind == .amount
            ? ValueComparison.compare(s.claim, h.claim, on: p).outcome == .conflict
            : StateFindings.differ(s.claim.value, h.claim.value, StateFindings.call(s.claim.value, on: p), StateFindings.call(h.claim.value, on: p), on: p)
        guard differ else {
            if p.kind == .likelihood, StateFindings.call(s.claim.value, on: p) == 0, StateFindings.call(h.claim.value, on: p) != 0 { return .noCall }
            return .agrees
        }
        return s.claim.time.overlaps(h.claim.time) ? .dissents : .earlier
    }
}

/// A step of a ladder proposition that a claim of another proposition implies through an
/// `implies:` link: a Su-35 contract is a new arms deal.
public struct ImpliedStep: Sendable {
    /// The claim that implies it (of the other proposition).
    public var claim: Claim
    /// The implied lowest step.
    public var lower: Int

    /// The `implies:` links that end on each proposition, with the proposition declaring them.
    public static func links(in set: AnnotationSet) -> [String: [(from: String, link: PropositionLink)]] {
        var out: [String: [(from: String, link: PropositionLink)]] = [:]
        for q in set.propositions {
            for link in q.links where link.kind == .implies { out[link.to.proposition, default: []].append((q.key, link)) }
        }
        return out
    }

    /// Every step implied through `links` (those ending on one proposition, from `links(in:)`)
    /// by the plain claims of the propositions that declare them.
    public static func all(_ links: [(from: String, link: PropositionLink)], claims: (String) -> [Claim]) -> [ImpliedStep] {
        var out: [ImpliedStep] = []
        for (key, link) in links {
            guard let from = link.from?.ladder, let to = link.to.ladder else { continue }
            for c in claims(key) where c.isPlainStatement && !c.reversal {
                if case .ladder(let r) = c.value, r.lower >= from.lower, r.lower <= from.upper { out.append(ImpliedStep(claim: c, lower: to.lower)) }
            }
        }
        return out
    }
}
