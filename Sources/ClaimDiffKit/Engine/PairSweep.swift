/// Finds the pairs of claims a comparison rule looks at, in time order, without comparing
/// every claim with every other.
///
/// Claims must come sorted by time start (as `ClaimIndex` gives them). Each claim is paired
/// with the claims whose time overlaps it, keeping only the latest claim per paper and value,
/// at most `maxPeers` of them; and with the latest claims that end before it starts (its
/// predecessors). The cost is O(n log n + n * maxPeers).
///
/// The sweeps read only each claim's `SweepKey` and hand back positions, so a sweep over a
/// large group copies no claim.
public enum PairSweep {
    public static let maxPeers = 32

    /// Pairs (earlier, later) whose times overlap.
    public static func overlapping(_ claims: [Claim], samePaper: Bool) -> [(Claim, Claim)] {
        var out: [(Claim, Claim)] = []
        overlapping(SweepKey.keys(claims), samePaper: samePaper, sameValue: { claims[$0].value == claims[$1].value }) {
            out.append((claims[$0], claims[$1]))
        }
        return out
    }

    /// Pairs (predecessor, claim): for each claim, the claims that end latest before it starts.
    public static func successive(_ claims: [Claim]) -> [(Claim, Claim)] {
        var out: [(Claim, Claim)] = []
        successive(SweepKey.keys(claims)) { out.append((claims[$0], claims[$1])) }
        return out
    }

    /// `overlapping` by position: `body(i, j)` for each pair, `i` the earlier.
    ///
    /// - Parameter sameValue: whether the claims at two positions have the same value; asked
    ///   only about claims of the same paper.
    static func overlapping(_ keys: [SweepKey], samePaper: Bool, sameValue: (Int, Int) -> Bool, _ body: (Int, Int) -> Void) {
        var active: [Int] = []
        active.reserveCapacity(maxPeers + 1)
        for (n, c) in keys.enumerated() {
            active.removeAll { keys[$0].end < c.start }
            for a in active.suffix(maxPeers) where (keys[a].paper == c.paper) == samePaper {
                body(a, n)
            }
            active.removeAll { keys[$0].paper == c.paper && sameValue($0, n) }
            active.append(n)
            // Only the latest maxPeers are ever compared, so older ones need not be kept.
            if active.count > maxPeers { active.removeFirst(active.count - maxPeers) }
        }
    }

    /// `successive` by position: `body(i, j)` for each predecessor `i` of `j`.
    ///
    /// - Parameter otherPapers: only claims of other papers are predecessors: the latest end
    ///   among them, and every other paper's claim ending then.
    static func successive(_ keys: [SweepKey], otherPapers: Bool = false, _ body: (Int, Int) -> Void) {
        let byEnd = keys.indices.sorted { (keys[$0].end, keys[$0].row) < (keys[$1].end, keys[$1].row) }
        for (n, c) in keys.enumerated() {
            // Binary search: the number of claims ending before c starts.
            var lo = 0, hi = byEnd.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if keys[byEnd[mid]].end < c.start { lo = mid + 1 } else { hi = mid }
            }
            var i = lo - 1
            if otherPapers { while i >= 0, keys[byEnd[i]].paper == c.paper { i -= 1 } }
            guard i >= 0 else { continue }
            let latestEnd = keys[byEnd[i]].end
            var taken = 0
            while i >= 0, keys[byEnd[i]].end == latestEnd, taken < maxPeers {
                let m = byEnd[i]
                i -= 1
                if otherPapers, keys[m].paper == c.paper { continue }
                body(m, n)
                taken += 1
            }
        }
    }
}
