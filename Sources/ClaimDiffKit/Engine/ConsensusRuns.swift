/// Runs of compatible positions in time order: what a consensus finding is made of.
///
/// A run holds claims that share one value (its key), in time order, from two or more
/// papers, with no claim between them whose value is incompatible with that key: such a
/// claim ends the run, whatever the persistence windows (`Docs/findings.md`, "Consensus").
/// Claims whose value is neither the key nor incompatible with it neither join nor end it,
/// and an incompatible claim ends a run only when it lies wholly after the run's latest
/// claim: a span is "some day in it", so a claim that overlaps the run is not between.
enum ConsensusRuns {
    /// - Parameters:
    ///   - order: claim positions ordered by the end of their span, then its start.
    ///   - span: a claim's first and last day.
    ///   - key: the value a claim would share with a run.
    ///   - ends: whether a claim (by position) is incompatible with a run's key.
    ///   - joins: whether a claim of the same key may join the run so far (false starts a new run).
    /// - Returns: the runs with claims of at least two papers, each in time order, ordered by
    ///   their first claim's place in `order`.
    static func runs<Key: Hashable>(_ order: [Int], span: (Int) -> (start: Int, end: Int), paper: (Int) -> Int32, key: (Int) -> Key,
                                    ends: (Key, Int) -> Bool,
                                    joins: ([Int], Int) -> Bool) -> [[Int]] {
        var open: [(key: Key, members: [Int], first: Int)] = []
        var closed: [(members: [Int], first: Int)] = []
        for (n, c) in order.enumerated() {
            let k = key(c)
            var kept: [(key: Key, members: [Int], first: Int)] = []
            for r in open {
                if r.key != k, ends(r.key, c), span(c).start > span(r.members.last!).end {
                    closed.append((r.members, r.first))
                } else {
                    kept.append(r)
                }
            }
            open = kept
            if let at = open.firstIndex(where: { $0.key == k }) {
                if joins(open[at].members, c) {
                    open[at].members.append(c)
                    continue
                }
                closed.append((open[at].members, open[at].first))
                open.remove(at: at)
            }
            open.append((k, [c], n))
        }
        closed += open.map { ($0.members, $0.first) }
        return closed.filter { run in Set(run.members.map(paper)).count >= 2 }.sorted { $0.first < $1.first }.map(\.members)
    }
}
