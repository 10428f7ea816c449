/// How a forecast fared against later claims: the one place that resolves forecasts, used by
/// the forecast rule and by the per-paper forecast records.
public struct ForecastResolution: Sendable {
    public enum Outcome: String, Sendable {
        /// The forecast call (the event for p > 0.5, its absence for p < 0.5) came true.
        case borneOut = "borne out"
        case missed
        /// Sources of the same standing place the outcome on both sides of the horizon.
        case disputed
        /// The event's fate is known, but the forecast made no call (its band straddles 50%).
        case noCall = "no call"
        /// Due, but nothing settles it.
        case unresolved
        /// Not yet due at the analysis date.
        case pending
    }

    public var forecast: Claim
    public var outcome: Outcome
    /// The claims that settled it, if any (two for a disputed outcome: one for each side).
    public var evidence: [Claim]
    /// The stated probability of the forecast event (0...1); nil without an estimative word.
    public var probability: Double?
    /// 1 when the forecast event happened, 0 when it did not, nil when unknown or disputed.
    public var happened: Int?
    /// The verdict rests only on hedged or attributed claims or on papers graded D-F.
    public var tentative: Bool
    /// Why it fared so, in words; worded when read (reports show few of the reasons).
    public var reason: String {
        get { wording() }
        set { wording = { newValue } }
    }
    private var wording: @Sendable () -> String

    public init(forecast: Claim, outcome: Outcome, evidence: [Claim] = [], probability: Double?, happened: Int? = nil,
                tentative: Bool = false, reason: @autoclosure @escaping @Sendable () -> String) {
        self.forecast = forecast
        self.outcome = outcome
        self.evidence = evidence
        self.probability = probability
        self.happened = happened
        self.tentative = tentative
        wording = reason
    }

    /// Squared error of the probability against what happened (one-sided binary Brier, 0 best, 1 worst).
    public var brier: Double? {
        guard let p = probability, let h = happened else { return nil }
        return (p - Double(h)) * (p - Double(h))
    }

    /// Resolves every forecast in the context (or those `include` picks), ordered by forecast id.
    ///
    /// The claims are looked through in the set's order (the order they are stored in, so one
    /// quick pass), and each forecast resolved among its proposition's group.
    public static func all(in context: RuleContext, where include: (Claim) -> Bool = { _ in true }) -> [ForecastResolution] {
        let groups = context.index.groups
        var groupOf: [String: Int] = [:]
        groupOf.reserveCapacity(groups.count)
        for (n, g) in groups.enumerated() { groupOf[g.proposition.key] = n }
        var out: [ForecastResolution] = []
        let claims = context.set.claims
        for i in claims.indices where claims[i].by != nil {
            let f = claims[i]
            guard let n = groupOf[f.about], groups[n].proposition.kind != .likelihood, include(f) else { continue }
            out.append(resolve(f, among: groups[n].claims, on: groups[n].proposition, context: context))
        }
        // Judgements of likelihood whose proposition declares the outcome it resolves on.
        for g in groups where g.proposition.kind == .likelihood {
            guard let link = g.proposition.links.first(where: { $0.kind == .resolvesOn }), let n = groupOf[link.to.proposition] else { continue }
            for i in g.keys.indices where g.keys[i].plain && include(g.claims[i]) {
                out.append(resolveJudgement(g.claims[i], on: g.proposition, link, outcomes: groups[n], context: context))
            }
        }
        if !out.isSorted(by: { $0.forecast.id < $1.forecast.id }) { out.sort { $0.forecast.id < $1.forecast.id } }
        return out
    }

    /// - Parameter claims: the proposition's claims, ordered by time start, then end, then id (as `ClaimIndex` gives them).
    ///
    /// The horizon is the end of the `by` span. Evidence is every plain claim of another paper
    /// (a paper never settles its own forecast) about a time from the forecast's making on, up
    /// to the analysis date. Each piece says the forecast event happened, did not, or cannot
    /// tell (`verdict`). The verdict follows the best evidence: asserted before hedged or
    /// attributed, then by the paper's grade (A best; an ungraded paper ranks as C). Evidence of
    /// that rank on both sides makes the outcome disputed; a verdict that rests only on hedged
    /// claims or papers graded D-F is tentative.
    static func resolve(_ f: Claim, among claims: [Claim], on p: Proposition, context: RuleContext) -> ForecastResolution {
        let target = f.by!
        let band = Self.band(f, context: context)
        let probability = band.map { $0.midpoint / 100 }
        // Candidates: plain claims of other papers about times after the forecast was made, up to
        // the analysis date, in time order. The group is in that order already, so they are one run of it.
        var lo = 0, hi = claims.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if claims[mid].time.start < f.madeAt.start { lo = mid + 1 } else { hi = mid }
        }
        let candidates = claims[lo...].lazy.prefix { $0.time.start <= context.asOf.end }
            .filter { $0.isPlainStatement && $0.id != f.id && $0.paper != f.paper }
        var settled: [(claim: Claim, happened: Bool, rank: Int)] = []
        var spoken = false
        for e in candidates {
            spoken = true
            guard let happened = verdict(e, on: f, p, target) else { continue }
            settled.append((e, happened, rank(e, context)))
        }
        let best = settled.map(\.rank).min()
        let top = settled.filter { $0.rank == best }
        let callsIt = band.map { !($0.low < 50 && $0.high > 50) } ?? true
        let saysItWill = (probability ?? 1) > 0.5
        let term = band.map { "'\(f.likelihood ?? "will")' (\($0.text))" } ?? "no estimative word"
        if let yes = top.first(where: { $0.happened }), let no = top.first(where: { !$0.happened }) {
            return .init(forecast: f, outcome: .disputed, evidence: [yes.claim, no.claim], probability: probability,
                         reason: "\(context.cite(yes.claim)) says \(context.words(yes.claim, on: p)), so it happened by \(target.text), and \(context.cite(no.claim)) says \(context.words(no.claim, on: p)), so it did not: sources of the same standing place the outcome on both sides of the horizon")
        }
        if let e = top.first {
            let tentative = e.claim.stance != .asserted || e.rank % 10 >= 3
            let outcome: Outcome = !callsIt ? .noCall : saysItWill == e.happened ? .borneOut : .missed
            return .init(forecast: f, outcome: outcome, evidence: [e.claim], probability: probability, happened: e.happened ? 1 : 0,
                         tentative: tentative,
                         reason: {
                             var reason = "\(context.cite(e.claim)) says \(context.words(e.claim, on: p)), so it \(e.happened ? "happened" : "did not happen")"
                             if !callsIt {
                                 reason += "; \(term) makes no call either way, so the forecast is neither borne out nor missed and only the Brier score counts the outcome"
                             } else {
                                 reason += band == nil ? "; the paper gives no estimative word, so the forecast is not scored" : "; the paper called it \(saysItWill ? "likely" : "unlikely") with \(term)"
                             }
                             if tentative { reason += "; tentative: the evidence is \(e.claim.stance != .asserted ? "a claim the paper \(RuleContext.stanceWords(e.claim))" : "from a paper graded \(context.paper(of: e.claim)?.reliability ?? "?")")" }
                             return reason
                         }())
        }
        if target.end > context.asOf.end {
            return .init(forecast: f, outcome: .pending, probability: probability,
                         reason: "due \(target.text), after the analysis date \(context.asOf.text)")
        }
        let missing = spoken ? "no other paper's claim says whether \(context.words(f, on: p)) held at the horizon \(CivilDate.iso(target.end))"
            : "no paper other than \(f.paper) speaks to \(p.key) after the forecast was made, so nothing settles whether \(context.words(f, on: p)) held at the horizon \(CivilDate.iso(target.end))"
        return .init(forecast: f, outcome: .unresolved, probability: probability, reason: missing)
    }

    /// A judgement of likelihood ("could develop into a strategic collaboration") resolved on
    /// the outcome its proposition declares (`resolves-on:`): borne out or missed by the call
    /// its band makes, as a forecast is, once a claim of another paper says the outcome came
    /// about by the judgement's horizon (or, without one, by the analysis date); missed or
    /// borne out the other way by a claim that rules the outcome out at or after the horizon.
    static func resolveJudgement(_ j: Claim, on p: Proposition, _ link: PropositionLink, outcomes g: ClaimIndex.Group,
                                 context: RuleContext) -> ForecastResolution {
        let q = g.proposition
        let band: Scale.Band? = { if case .likelihood(let t) = j.value { return p.scale?.band(t) }; return nil }()
        let probability = band.map { $0.midpoint / 100 }
        let horizon = j.horizon?.end ?? j.by?.end
        let h = horizon ?? context.asOf.end
        var settled: [(claim: Claim, happened: Bool, rank: Int)] = []
        for (i, o) in g.claims.enumerated() where g.keys[i].plain && o.paper != j.paper && o.time.end >= j.madeAt.start && o.time.start <= context.asOf.end {
            if link.to.holds(for: o.value, on: q), o.time.end <= h { settled.append((o, true, rank(o, context))) }
            else if horizon != nil, link.to.fails(for: o.value, on: q), o.time.start >= h { settled.append((o, false, rank(o, context))) }
        }
        let best = settled.map(\.rank).min()
        let top = settled.filter { $0.rank == best }
        let callsIt = band.map { !($0.low < 50 && $0.high > 50) } ?? false
        let term = band.map { "'\($0.term)' (\($0.text))" } ?? "no band"
        if let yes = top.first(where: { $0.happened }), let no = top.first(where: { !$0.happened }) {
            return .init(forecast: j, outcome: .disputed, evidence: [yes.claim, no.claim], probability: probability,
                         reason: "the judgement resolves on \(link.to.text); \(context.cite(yes.claim)) says it came about and \(context.cite(no.claim)) that it did not: sources of the same standing on both sides")
        }
        if let e = top.first {
            let tentative = e.claim.stance != .asserted || e.rank % 10 >= 3
            let saysItWill = (probability ?? 0.5) > 0.5
            let outcome: Outcome = !callsIt ? .noCall : saysItWill == e.happened ? .borneOut : .missed
            return .init(forecast: j, outcome: outcome, evidence: [e.claim], probability: probability, happened: e.happened ? 1 : 0,
                         tentative: tentative,
                         reason: "the judgement resolves on \(link.to.text) (declared by \(p.key)); \(context.cite(e.claim)) says \(context.words(e.claim, on: q)), so the outcome \(e.happened ? "came about" : "did not come about") by \(CivilDate.iso(h))"
                             + (callsIt ? "; the paper judged it \(saysItWill ? "likely" : "unlikely") with \(term)" : "; \(term) makes no call either way, so the judgement is neither borne out nor missed and only the Brier score counts the outcome")
                             + (tentative ? "; tentative: the evidence is hedged, attributed or from a paper graded D-F" : ""))
        }
        if let horizon, horizon <= context.asOf.end {
            return .init(forecast: j, outcome: .unresolved, probability: probability,
                         reason: "the judgement resolves on \(link.to.text), and no other paper's claim says whether it came about by the horizon \(CivilDate.iso(horizon))")
        }
        return .init(forecast: j, outcome: .pending, probability: probability,
                     reason: "the judgement resolves on \(link.to.text), which no other paper reports as having come about by \(context.asOf.text)")
    }

    /// How much a piece of evidence weighs, lower first: hedged or attributed claims after
    /// asserted ones (tens), then the paper's grade (A 0 to F 5, ungraded 2).
    static func rank(_ e: Claim, _ context: RuleContext) -> Int {
        let grade = context.paper(of: e)?.reliability.flatMap { "ABCDEF".firstIndex(of: Character($0)) }.map { "ABCDEF".distance(from: "ABCDEF".startIndex, to: $0) } ?? 2
        return (e.stance == .asserted ? 0 : 10) + grade
    }

    /// Whether evidence `e` settles forecast `f`: true (it happened), false (it did not), nil (cannot tell).
    ///
    /// A ladder forecast of a step ("signed by 2024-12") means at least that step by the
    /// horizon; one written as an upper bound (`<= limited`, "will remain limited") means no
    /// further than that. A claim's lower bound is certain from the end of its span and its
    /// upper bound from its start (`Docs/findings.md`), so a step reached by the horizon bears
    /// the first out, a lower step stated at or after the horizon misses it, and so does a
    /// transition to the step (an exact step with an `event:`) dated after the horizon, which
    /// says the step was not reached before it. Other forecasts need evidence about the target
    /// time: a conflicting value then settles it at once, an agreeing one only if it reaches
    /// the deadline.
    static func verdict(_ e: Claim, on f: Claim, _ p: Proposition, _ target: TimeSpan) -> Bool? {
        if case .ladder(let want) = f.value, case .ladder(let got) = e.value, let l = p.ladder {
            let top = l.steps.count - 1, h = target.end
            let (start, end) = (e.time.start, e.time.end)
            let transition = got.isExact && !got.isWrittenAsBound && e.event != nil && !e.reversal
            if want.upper < top, want.lower == 0 {
                // "Will remain at most": settled by the state at the horizon from above or below.
                if got.upper <= want.upper, start >= h { return true }
                if got.lower > want.upper, end <= h { return false }
                return nil
            }
            if got.lower >= want.lower, end <= h { return true }
            if got.upper < want.lower, start >= h { return false }
            if transition, got.lower <= want.lower, start - 1 >= h { return false }
            return nil
        }
        guard e.time.end >= target.start else { return nil }
        let holds: Bool?
        if case .ladder(let want) = f.value, case .ladder(let got) = e.value {
            holds = got.isWithin(want) ? true : (got.overlaps(want) ? nil : false)
        } else {
            switch ValueComparison.compare(f, e, on: p).outcome {
            case .agree: holds = true
            case .conflict: holds = false
            case .unrelated: holds = nil
            }
        }
        if holds == true, e.time.end < target.end { return nil }
        return holds
    }

    /// The band of the forecast's likelihood term, if it gives one and a scale has it. A
    /// forecast with no estimative word of its own has no probability: it is not scored.
    static func band(_ f: Claim, context: RuleContext) -> Scale.Band? {
        guard let term = f.likelihood else { return nil }
        for s in context.set.scales { if let b = s.band(term) { return b } }
        return nil
    }
}

extension ForecastResolution {
    /// One resolution per judgement: forecasts of one paper about one proposition with the same
    /// horizon are one judgement annotated several ways ("will remain limited" and "unlikely to
    /// develop further"), scored once, by the first by id.
    public static func oneJudgementEach(_ rs: [ForecastResolution]) -> [ForecastResolution] {
        var seen: Set<[String]> = []
        return rs.sorted { $0.forecast.id < $1.forecast.id }.filter {
            seen.insert([$0.forecast.paper, $0.forecast.about, $0.forecast.forecastHorizon?.text ?? ""]).inserted
        }
    }
}

extension Claim {
    /// A forecast's target (`by:`) or a judgement's horizon, if it gives one.
    public var forecastHorizon: TimeSpan? { by ?? horizon }
}
