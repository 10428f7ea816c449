/// How a forecast fared against later claims: the one place that resolves forecasts, used by
/// the forecast rule and by the per-paper forecast records.
public struct ForecastResolution: Sendable {
    public enum Outcome: String, Sendable {
        /// The forecast call (the event for p > 0.5, its absence for p < 0.5) came true.
        case borneOut = "borne out"
        case missed
        /// Due, but no later claim settles it (or the forecast gave even odds).
        case unresolved
        /// Not yet due at the analysis date.
        case pending
    }

    public var forecast: Claim
    public var outcome: Outcome
    /// The claim that settled it, if any.
    public var evidence: Claim?
    /// The stated probability of the forecast event (0...1).
    public var probability: Double
    /// 1 when the forecast event happened, 0 when it did not, nil when unknown.
    public var happened: Int?
    /// Why it fared so, in words; worded when read (reports show few of the reasons).
    public var reason: String {
        get { wording() }
        set { wording = { newValue } }
    }
    private var wording: @Sendable () -> String

    public init(forecast: Claim, outcome: Outcome, evidence: Claim? = nil, probability: Double, happened: Int? = nil,
                reason: @autoclosure @escaping @Sendable () -> String) {
        self.forecast = forecast
        self.outcome = outcome
        self.evidence = evidence
        self.probability = probability
        self.happened = happened
        wording = reason
    }

    /// Squared error of the probability against what happened (one-sided binary Brier, 0 best, 1 worst).
    public var brier: Double? { happened.map { (probability - Double($0)) * (probability - Double($0)) } }

    /// Resolves every forecast in the context (or those `include` picks), ordered by forecast id.
    ///
    /// The claims are looked through in the set's order (the order they are stored in, so one
    /// quick pass), and each forecast resolved among its proposition's group.
    public static func all(in context: RuleContext, where include: (Claim) -> Bool = { _ in true }) -> [ForecastResolution] {
        let groups = context.index.groups
        var groupOf: [String: Int] = [:]
        groupOf.reserveCapacity(groups.count)
        for (n, g) in groups.enumerated() where g.proposition.kind != .likelihood { groupOf[g.proposition.key] = n }
        var out: [ForecastResolution] = []
        let claims = context.set.claims
        for i in claims.indices where claims[i].by != nil {
            let f = claims[i]
            guard let n = groupOf[f.about], include(f) else { continue }
            out.append(resolve(f, among: groups[n].claims, on: groups[n].proposition, context: context))
        }
        if !out.isSorted(by: { $0.forecast.id < $1.forecast.id }) { out.sort { $0.forecast.id < $1.forecast.id } }
        return out
    }

    /// - Parameter claims: the proposition's claims, ordered by time start, then end, then id (as `ClaimIndex` gives them).
    static func resolve(_ f: Claim, among claims: [Claim], on p: Proposition, context: RuleContext) -> ForecastResolution {
        let target = f.by!
        let probability = Self.probability(f, context: context)
        // Candidates: plain claims about times after the forecast was made, up to the analysis date,
        // in time order. The group is in that order already, so they are one run of it.
        var lo = 0, hi = claims.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if claims[mid].time.start < f.madeAt.start { lo = mid + 1 } else { hi = mid }
        }
        let candidates = claims[lo...].lazy.prefix { $0.time.start <= context.asOf.end }.filter { $0.isPlainStatement && $0.id != f.id }
        for e in candidates {
            guard let happened = verdict(e, on: f, p, target) else { continue }
            let band = Self.band(f, context: context)
            let outcome: Outcome
            let saysItWill = probability > 0.5
            let evenOdds = band.map { $0.low < 50 && $0.high > 50 } ?? false
            if evenOdds {
                outcome = .unresolved
            } else {
                outcome = saysItWill == happened ? .borneOut : .missed
            }
            return .init(forecast: f, outcome: outcome, evidence: e, probability: probability, happened: happened ? 1 : 0,
                         reason: {
                             let term = "'\(f.likelihood ?? "will")' (\(band.map(\.text) ?? "97%"))"
                             let reason = "\(context.cite(e)) says \(context.words(e, on: p)), so it \(happened ? "happened" : "did not happen")"
                             return reason + (evenOdds ? "; \(term) makes no call either way, so only the Brier score counts it"
                                 : "; the paper called it \(saysItWill ? "likely" : "unlikely") with \(term)")
                         }())
        }
        if target.end > context.asOf.end {
            return .init(forecast: f, outcome: .pending, probability: probability,
                         reason: "due \(target.text), after the analysis date \(context.asOf.text)")
        }
        return .init(forecast: f, outcome: .unresolved, probability: probability,
                     reason: "no later claim settles whether \(context.words(f, on: p)) held by \(target.text)")
    }

    /// Whether evidence `e` settles forecast `f`: true (it happened), false (it did not), nil (cannot tell).
    ///
    /// A ladder forecast of a step ("signed by 2024-12") means at least that step by the
    /// deadline: progress reported before the deadline bears it out, a lower step reported after
    /// the deadline misses it, and so does a transition to the step (an exact step with an
    /// `event:`) dated after the deadline, which says the step was not reached before it. Other forecasts need evidence about the target time: a conflicting
    /// value then settles it at once, an agreeing one only if it reaches the deadline.
    static func verdict(_ e: Claim, on f: Claim, _ p: Proposition, _ target: TimeSpan) -> Bool? {
        if case .ladder(let want) = f.value, case .ladder(let got) = e.value, want.isExact || want.upper == p.ladder!.steps.count - 1 {
            let atLeast = LadderRange(lower: want.lower, upper: p.ladder!.steps.count - 1, text: "")
            if got.isWithin(atLeast), e.time.start <= target.end { return true }
            if got.upper < want.lower, e.time.start > target.end { return false }
            // A transition dated after the horizon: the step was not reached before it, so not by the horizon.
            if got.isExact, !got.isWrittenAsBound, e.event != nil, !e.reversal, got.lower <= want.lower, e.time.start - 1 >= target.end {
                return false
            }
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

    /// The forecast's probability: the middle of its likelihood band; `will` when none is given.
    static func probability(_ f: Claim, context: RuleContext) -> Double {
        band(f, context: context).map { $0.midpoint / 100 } ?? 0.97
    }

    /// The band of the forecast's likelihood term (`will` when none is given), if a scale has it.
    static func band(_ f: Claim, context: RuleContext) -> Scale.Band? {
        let term = f.likelihood ?? "will"
        for s in context.set.scales { if let b = s.band(term) { return b } }
        return nil
    }
}
