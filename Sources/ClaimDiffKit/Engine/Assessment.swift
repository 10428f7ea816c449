/// What the papers held about one proposition at a date: the current view, who agrees,
/// who dissents, and which earlier views it superseded.
///
/// Only papers published by the date count (their whole publication span must end by it),
/// and only claims about times up to the date. Forecasts, denials and percentage changes are
/// left out: they are not statements of the state.
public struct Assessment: Sendable {
    public var proposition: Proposition
    /// The latest claim, and every claim whose time overlaps it: the current view.
    public var current: [Claim]
    /// Among `current`, the claims that agree with the latest one.
    public var consensus: [Claim]
    /// Among `current`, the claims that conflict with the latest one.
    public var dissent: [Claim]
    /// Earlier claims that conflict with the current view (superseded, not contradicted).
    public var superseded: [Claim]
    /// All claims that counted.
    public var considered: [Claim]

    /// The headline: among the claims about the latest time, the most specific asserted one.
    public var latest: Claim?

    /// The assessment of `p` from `claims` (one proposition's claims) as of `date`.
    public static func of(_ p: Proposition, claims: [Claim], asOf date: TimeSpan, period: TimeSpan? = nil) -> Assessment? {
        let considered = claims.filter {
            $0.isPlainStatement && $0.madeAt.end <= date.end && $0.time.start <= date.end
                && (period == nil || ($0.period?.start == period!.start && $0.period?.end == period!.end))
        }.sorted { ($0.time.end, $0.time.start, $0.madeAt.end, $0.id) < ($1.time.end, $1.time.start, $1.madeAt.end, $1.id) }
        guard let maxEnd = considered.last?.time.end else { return nil }
        let latest = considered.filter { $0.time.end == maxEnd }.min { a, b in
            (specificity(a), a.stance == .asserted ? 0 : 1, -a.madeAt.end, a.id) < (specificity(b), b.stance == .asserted ? 0 : 1, -b.madeAt.end, b.id)
        }!
        let current = considered.filter { $0.time.overlaps(latest.time) }
        var consensus: [Claim] = [], dissent: [Claim] = []
        for c in current {
            if c.id == latest.id || ValueComparison.compare(c, latest, on: p).outcome != .conflict { consensus.append(c) } else { dissent.append(c) }
        }
        let superseded = considered.filter { c in
            !c.time.overlaps(latest.time) && ValueComparison.compare(c, latest, on: p).outcome == .conflict
        }
        return Assessment(proposition: p, current: current, consensus: consensus, dissent: dissent,
                          superseded: superseded, considered: considered, latest: latest)
    }

    /// How wide a value is: a ladder range's steps or an amount's interval; 0 for terms.
    static func specificity(_ c: Claim) -> Double {
        switch c.value {
        case .ladder(let r): return Double(r.upper - r.lower)
        case .amount(let a): return (a.high - a.low) / max(abs(a.value), 1)
        default: return 0
        }
    }

    /// The periods an amount proposition has figures for, in order.
    public static func periods(_ claims: [Claim]) -> [TimeSpan] {
        var seen: [TimeSpan] = []
        for c in claims where c.isPlainStatement {
            if let p = c.period, !seen.contains(where: { $0.start == p.start && $0.end == p.end }) { seen.append(p) }
        }
        return seen.sorted()
    }
}
