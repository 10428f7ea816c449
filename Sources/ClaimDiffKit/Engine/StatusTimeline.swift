/// What the plain claims of one ladder proposition say about its status over time: the
/// bounds each claim places, the day each becomes certain, and the reversals that cut the
/// inertia of a step reached (see `Docs/findings.md`, "Ladders").
///
/// A claim's value holds on some day of its span, so a lower bound ("at least contracted")
/// is certain from the span's last day and an upper bound ("not yet delivered") on its first
/// day. A step reached stays reached (lower bounds hold from their day on) and a step not
/// reached was not reached before either (upper bounds hold back to the start), unless a
/// claim marked `reversal: yes` reports a step back in between. An exact step with an
/// `event:` reports the transition: reached then, and *not before*, an upper bound one step
/// down just before the event that the timeline keeps apart as `implied`.
struct StatusTimeline {
    /// One bound a claim places.
    struct Bound: Sendable {
        var step: Int
        /// The day from which (lower) or on which (upper) the bound is certain.
        var day: Int
        /// The claim's position in the group.
        var claim: Int
        var paper: Int32
        /// The claim's rank by id, for ties.
        var row: Int32
        /// An event's "not before": a dating bound, never evidence of a contradiction.
        var implied: Bool = false
    }

    /// A pair of bounds that cannot both hold: `lower` lies above `upper` and is certain no
    /// later than it, with no reversal reported between them.
    struct Conflict: Sendable {
        var lower: Bound
        var upper: Bound
        var gap: Int { lower.step - upper.step }
    }

    /// One claim's place in the order of attested states (by the day its lower bound is
    /// certain): what the update chain walks.
    struct Attestation: Sendable {
        var lower: Int
        var upper: Int
        var day: Int
        var claim: Int
        var paper: Int32
        var row: Int32
        var reversal: Bool
    }

    let group: ClaimIndex.Group
    /// The positions of the group's plain ladder claims.
    let plain: [Int]
    private(set) var lowers: [Bound] = []
    private(set) var uppers: [Bound] = []
    /// Reported reversals: the span in which the step back happened.
    private(set) var reversals: [(start: Int, end: Int)] = []
    /// Ordered by day, then by claim id.
    private(set) var attestations: [Attestation] = []
    /// Each claim's range by its position in the group (nil for claims that are not plain ladder values).
    private(set) var ranges: [LadderRange?]
    /// Whether the claim at a position reports a transition (an exact step with an event).
    private(set) var transition: [Bool]
    /// Whether the claim at a position is marked `reversal: yes`.
    private(set) var reversed: [Bool]
    let top: Int

    init(_ group: ClaimIndex.Group) {
        self.group = group
        top = (group.proposition.ladder?.steps.count ?? 1) - 1
        plain = group.keys.indices.filter { group.keys[$0].plain }
        ranges = [LadderRange?](repeating: nil, count: group.claims.count)
        transition = [Bool](repeating: false, count: group.claims.count)
        reversed = [Bool](repeating: false, count: group.claims.count)
        for i in plain {
            guard case .ladder(let r) = group.claims[i].value else { continue }
            let c = group.claims[i], k = group.keys[i]
            ranges[i] = r
            func bound(_ step: Int, _ day: Int, implied: Bool = false) -> Bound {
                Bound(step: step, day: day, claim: i, paper: k.paper, row: k.row, implied: implied)
            }
            attestations.append(Attestation(lower: r.lower, upper: r.upper, day: k.end, claim: i, paper: k.paper, row: k.row,
                                            reversal: c.reversal))
            if c.reversal {
                reversed[i] = true
                // The state after the step back: certain once the reversal is over.
                reversals.append((k.start, k.end))
                if r.lower > 0 { lowers.append(bound(r.lower, k.end)) }
                if r.upper < top { uppers.append(bound(r.upper, k.end)) }
                continue
            }
            if r.lower > 0 { lowers.append(bound(r.lower, k.end)) }
            if r.upper < top { uppers.append(bound(r.upper, k.start)) }
            if r.isExact, !r.isWrittenAsBound, c.event != nil {
                transition[i] = true
                if r.lower > 0 { uppers.append(bound(r.lower - 1, k.start - 1, implied: true)) }
            }
        }
        lowers.sort { ($0.day, $0.row) < ($1.day, $1.row) }
        uppers.sort { ($0.day, $0.row) < ($1.day, $1.row) }
        attestations.sort { ($0.day, $0.row) < ($1.day, $1.row) }
        reversals.sort { $0 < $1 }
        var m = Int.min
        for r in reversals { m = max(m, r.end); latestEnd.append(m) }
    }

    /// The latest day on which a reversal reported to have started by `day` may have ended:
    /// lower bounds certain on or before it may have been undone by `day`.
    func cutoff(before day: Int) -> Int {
        // Reversals are sorted by start; `latestEnd[n]` is the latest end among the first n.
        var lo = 0, hi = reversals.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if reversals[mid].start <= day { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? Int.min : latestEnd[lo - 1]
    }

    /// The latest end among the reversals up to each one, in start order.
    private(set) var latestEnd: [Int] = []

    /// For each upper bound, the most recent lower bound that conflicts with it (from another
    /// paper when `samePaper` is false, from the same paper otherwise): the evidence closest
    /// in time, the higher step on a tie.
    ///
    /// Lower bounds are kept per step in day order, and each upper bound looks back in the
    /// lists of the steps above it: O(n log n) for the ladder's handful of steps.
    func conflicts(samePaper: Bool) -> [Conflict] {
        if samePaper { return ownConflicts() }
        var byStep = [[Int]](repeating: [], count: top + 1)
        for (n, l) in lowers.enumerated() { byStep[l.step].append(n) }
        var out: [Conflict] = []
        for u in uppers {
            let cut = cutoff(before: u.day)
            var best: Bound?
            for s in (u.step + 1)...max(u.step + 1, top) where s <= top {
                let list = byStep[s]
                // The number of lower bounds of step s certain on or before the upper bound's day.
                var lo = 0, hi = list.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if lowers[list[mid]].day <= u.day { lo = mid + 1 } else { hi = mid }
                }
                var i = lo - 1
                while i >= 0 {
                    let l = lowers[list[i]]
                    if l.day <= cut { break }
                    if (l.paper == u.paper) == samePaper, l.claim != u.claim {
                        if best == nil || (l.day, l.step, l.row) > (best!.day, best!.step, best!.row) { best = l }
                        break
                    }
                    i -= 1
                }
            }
            if let best { out.append(Conflict(lower: best, upper: u)) }
        }
        return out
    }

    /// `conflicts(samePaper: true)`: each paper's own bounds against each other, paper by paper
    /// (a paper says little about one proposition, so this stays linear in the group).
    private func ownConflicts() -> [Conflict] {
        var lowersOf: [Int32: [Bound]] = [:]
        for l in lowers { lowersOf[l.paper, default: []].append(l) }
        var out: [Conflict] = []
        for u in uppers {
            guard let own = lowersOf[u.paper] else { continue }
            let cut = cutoff(before: u.day)
            var best: Bound?
            for l in own where l.step > u.step && l.day <= u.day && l.day > cut && l.claim != u.claim {
                if best == nil || (l.day, l.step, l.row) > (best!.day, best!.step, best!.row) { best = l }
            }
            if let best { out.append(Conflict(lower: best, upper: u)) }
        }
        return out
    }
}
