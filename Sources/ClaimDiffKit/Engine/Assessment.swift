/// What the papers held about one proposition at a date: the current view, and where each
/// paper stands against it.
///
/// Only papers published by the date count (their whole publication span must end by it),
/// and only claims about times up to the date. Forecasts, denials and percentage changes are
/// left out: they are not statements of the state. Each paper is represented by its latest
/// claim; the headline is the claim about the latest time that is a key judgement, then the
/// most specific, asserted.
public struct Assessment: Sendable {
    public var proposition: Proposition
    /// Each paper's latest claim, oldest first.
    public var positions: [Claim]
    /// Papers' latest claims that agree with the headline (the headline included).
    public var consensus: [Claim]
    /// Papers' latest claims that conflict with the headline for an overlapping time.
    public var dissent: [Claim]
    /// Papers' latest claims that conflict with the headline but speak of an earlier time.
    public var superseded: [Claim]
    /// All claims that counted.
    public var considered: [Claim]
    /// The headline: what the corpus says now.
    public var latest: Claim?

    /// The assessment of `p` from `claims` (one proposition's claims) as of `date`.
    public static func of(_ p: Proposition, claims: [Claim], asOf date: TimeSpan, period: TimeSpan? = nil) -> Assessment? {
        let considered = claims.filter {
            $0.isPlainStatement && $0.madeAt.end <= date.end && $0.time.start <= date.end
                && (period == nil || ($0.period?.start == period!.start && $0.period?.end == period!.end))
        }.sorted { ($0.time.end, $0.time.start, $0.madeAt.end, $0.id) < ($1.time.end, $1.time.start, $1.madeAt.end, $1.id) }
        guard !considered.isEmpty else { return nil }
        func best(_ cs: [Claim]) -> Claim {
            var b: Claim?
            for c in cs where better(c, than: b) { b = c }
            return b!
        }
        let latest = best(considered)
        let positions = Dictionary(grouping: considered, by: \.paper).values.map(best)
            .sorted { ($0.time.end, $0.paper) < ($1.time.end, $1.paper) }
        var consensus: [Claim] = [], dissent: [Claim] = [], superseded: [Claim] = []
        for c in positions {
            if c.id == latest.id || ValueComparison.compare(c, latest, on: p).outcome != .conflict {
                consensus.append(c)
            } else if c.time.overlaps(latest.time) {
                dissent.append(c)
            } else {
                superseded.append(c)
            }
        }
        return Assessment(proposition: p, positions: positions, consensus: consensus, dissent: dissent,
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

    /// True when `c` would be the headline rather than `b`: about a later time, or as late and
    /// a key judgement, more specific, asserted, made later, then first by id (what `of` picks).
    static func better(_ c: Claim, than b: Claim?) -> Bool {
        guard let b else { return true }
        if c.time.end != b.time.end { return c.time.end > b.time.end }
        if c.isKeyJudgement != b.isKeyJudgement { return c.isKeyJudgement }
        return (specificity(c), c.stance == .asserted ? 0 : 1, -c.madeAt.end, c.id) < (specificity(b), b.stance == .asserted ? 0 : 1, -b.madeAt.end, b.id)
    }

    /// The periods an amount proposition has figures for, in order.
    public static func periods(_ claims: [Claim]) -> [TimeSpan] {
        var seen: [TimeSpan] = []
        var keys: Set<PeriodKey> = []
        for c in claims where c.isPlainStatement {
            if let p = c.period, keys.insert(PeriodKey(p)).inserted { seen.append(p) }
        }
        return seen.sorted()
    }

    /// A period by the days it covers: two spellings of the same days are one period.
    struct PeriodKey: Hashable {
        var start: Int, end: Int
        init(_ s: TimeSpan) { (start, end) = (s.start, s.end) }
    }

    /// Claims with a period, by period: what `of(_:claims:asOf:period:)` picks out of them.
    static func byPeriod(_ claims: [Claim]) -> [PeriodKey: [Claim]] {
        var out: [PeriodKey: [Claim]] = [:]
        for c in claims { if let p = c.period { out[PeriodKey(p), default: []].append(c) } }
        return out
    }

    /// The headlines `of` would give at two dates, and whether a claim that counted at the
    /// second was made after the first; in one pass and without the rest of the assessment:
    /// what a diff needs of each proposition.
    static func headlines(_ claims: [Claim], from: TimeSpan, to: TimeSpan, period: TimeSpan? = nil)
        -> (before: Claim?, after: Claim?, newer: Bool) {
        var before: Claim?, after: Claim?
        var newer = false
        for c in claims where c.isPlainStatement && (period == nil || (c.period?.start == period!.start && c.period?.end == period!.end)) {
            let made = c.madeAt.end, start = c.time.start
            if made <= to.end, start <= to.end {
                if made > from.end { newer = true }
                if better(c, than: after) { after = c }
            }
            if made <= from.end, start <= from.end, better(c, than: before) { before = c }
        }
        return (before, after, newer)
    }
}
