/// Finds the pairs of claims a comparison rule looks at, in time order, without comparing
/// every claim with every other.
///
/// Claims must come sorted by time start (as `ClaimIndex` gives them). Each claim is paired
/// with the claims whose time overlaps it, keeping only the latest claim per paper and value,
/// at most `maxPeers` of them; and with the latest claims that end before it starts (its
/// predecessors). The cost is O(n log n + n * maxPeers).
public enum PairSweep {
    public static let maxPeers = 32

    /// Pairs (earlier, later) whose times overlap.
    public static func overlapping(_ claims: [Claim], samePaper: Bool) -> [(Claim, Claim)] {
        var out: [(Claim, Claim)] = []
        var active: [Claim] = []
        for c in claims {
            active.removeAll { $0.time.end < c.time.start }
            for a in active.suffix(maxPeers) where (a.paper == c.paper) == samePaper {
                out.append((a, c))
            }
            active.removeAll { $0.paper == c.paper && $0.value == c.value }
            active.append(c)
            // Only the latest maxPeers are ever compared, so older ones need not be kept.
            if active.count > maxPeers { active.removeFirst(active.count - maxPeers) }
        }
        return out
    }

    /// Pairs (predecessor, claim): for each claim, the claims that end latest before it starts.
    public static func successive(_ claims: [Claim]) -> [(Claim, Claim)] {
        let byEnd = claims.sorted { ($0.time.end, $0.id) < ($1.time.end, $1.id) }
        var out: [(Claim, Claim)] = []
        for c in claims {
            // Binary search: the number of claims ending before c starts.
            var lo = 0, hi = byEnd.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if byEnd[mid].time.end < c.time.start { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { continue }
            let latestEnd = byEnd[lo - 1].time.end
            var i = lo - 1
            var taken = 0
            while i >= 0, byEnd[i].time.end == latestEnd, taken < maxPeers {
                out.append((byEnd[i], c))
                i -= 1
                taken += 1
            }
        }
        return out
    }
}
