import Foundation

/// Claims grouped by proposition and ordered by time: the only way rules see claims.
///
/// Building it sorts each group once (n log n); rules then sweep each group in time order
/// instead of comparing every pair. Each group also keeps, beside its claims, what the sweeps
/// read of them as plain numbers (`keys`), so that a sweep over a million claims compares
/// integers and never touches a claim it does not pair.
public struct ClaimIndex: Sendable {
    public struct Group: Sendable {
        public let proposition: Proposition
        /// Claims ordered by time start, then end, then id.
        public let claims: [Claim]
        /// `keys[i]` describes `claims[i]`; none of the three changes once the index is built,
        /// so the keys cannot fall out of step with the claims.
        let keys: [SweepKey]
        /// `sources[i]` numbers `claims[i]`'s source (`SourceIndex`): its paper's number when
        /// the paper speaks for itself, so equal numbers, same source.
        let sources: [Int32]
        /// What the numbers stand for, to word them.
        let sourceIndex: SourceIndex

        /// The number of distinct papers among the claims (the plain statements only, if asked),
        /// counting no further than `limit`; read off the keys, not the claims.
        func paperCount(plainOnly: Bool = false, upTo limit: Int = .max) -> Int {
            // Usually a few papers: a short list beats hashing.
            var seen: [Int32] = []
            for k in keys where (k.plain || !plainOnly) && !seen.contains(k.paper) {
                seen.append(k.paper)
                if seen.count >= limit { break }
            }
            return seen.count
        }

        /// The positions of the claims that take part in value comparisons, and their keys.
        var plainStatements: (positions: [Int], keys: [SweepKey]) {
            let positions = keys.indices.filter { keys[$0].plain }
            return (positions, positions.map { keys[$0] })
        }

        /// The number of distinct sources among the claims (`SourceIndex`).
        func sourceCount(of positions: [Int]) -> Int { Set(positions.map { sources[$0] }).count }

        init(proposition: Proposition, claims: [Claim], keys: [SweepKey], sources: [Int32]? = nil, index: SourceIndex? = nil) {
            sourceIndex = index ?? SourceIndex(AnnotationSet())
            self.proposition = proposition
            self.claims = claims
            self.keys = keys
            self.sources = sources ?? keys.map(\.paper)
        }
    }

    public let groups: [Group]
    /// Each claim's source.
    public let sources: SourceIndex
    /// Each claim's paper, by the claim's position in the set: the position of the paper in
    /// the set's papers, or -1 when the set does not hold it.
    let paperOf: [Int32]
    /// Each claim's time start, by its position in the set.
    let startOf: [Int]

    public init(_ set: AnnotationSet) {
        let claims = set.claims
        // Each claim's group (the position of its proposition among those with claims) and
        // paper, as numbers, on every core. Claims come sorted by id, so a claim's position is
        // its rank by id.
        var position: [String: Int32] = [:]
        position.reserveCapacity(set.propositions.count)
        for (i, p) in set.propositions.enumerated() { position[p.key] = Int32(i) }
        var paperPosition: [String: Int32] = [:]
        for (i, p) in set.papers.enumerated() { paperPosition[p.id] = Int32(i) }
        let (propositionOf, paperNumber) = (position, paperPosition)
        var parts = Parallel.chunks(claims.count, chunk: 65_536) { range -> [(proposition: Int32, key: SweepKey)] in
            var last: (paper: String, at: Int32)?
            return range.map { i in
                let c = claims[i]
                let paper: Int32
                if let l = last, l.paper == c.paper { paper = l.at } else {
                    // A paper the set does not hold: numbered below, once all claims are read.
                    paper = paperNumber[c.paper] ?? Int32(-1 - i)
                    last = (c.paper, paper)
                }
                let t = c.time
                return (propositionOf[c.about] ?? -1,
                        SweepKey(start: t.start, end: t.end, paper: paper, row: Int32(i), plain: c.isPlainStatement))
            }
        }
        // Claims of a paper the set does not hold (none in a set the parser built) got a number
        // per run of claims; number each such paper once, by its first claim.
        if parts.contains(where: { $0.contains { $0.key.paper < 0 } }) {
            var unknown: [String: Int32] = [:]
            var row = 0
            for p in parts.indices {
                for k in parts[p].indices {
                    if parts[p][k].key.paper < 0 {
                        let paper = claims[row].paper
                        let n = unknown[paper] ?? Int32(-1 - unknown.count)
                        unknown[paper] = n
                        parts[p][k].key.paper = n
                    }
                    row += 1
                }
            }
        }
        self.paperOf = parts.flatMap { $0.map { $0.key.paper < 0 ? -1 : $0.key.paper } }
        startOf = parts.flatMap { $0.map(\.key.start) }
        // Rows bucketed by proposition (a counting sort), then each bucket sorted by time, on
        // every core.
        var count = [Int](repeating: 0, count: set.propositions.count + 1)
        for part in parts { for x in part { count[Int(x.proposition) + 1] += 1 } }
        var start = [Int](repeating: 0, count: count.count + 1)
        for i in count.indices { start[i + 1] = start[i] + count[i] }
        var next = start
        var rows = [SweepKey](repeating: SweepKey(start: 0, end: 0, paper: 0, row: 0, plain: false), count: claims.count)
        for part in parts {
            for x in part {
                let bucket = Int(x.proposition) + 1
                rows[next[bucket]] = x.key
                next[bucket] += 1
            }
        }
        let sorted = rows
        // The sources of the claims that name one, numbered after the papers; every other claim's
        // source is its paper.
        let sources = SourceIndex(set)
        self.sources = sources
        var sourceNumber: [Int32: Int32] = [:]
        if !sources.named.isEmpty {
            var speakerNumber: [String: Int32] = [:]
            for (i, s) in set.speakers.enumerated() { speakerNumber[s.id] = Int32(set.papers.count + i) }
            for (i, c) in claims.enumerated() {
                guard let s = sources.named[c.id] else { continue }
                switch s {
                case .paper(let p): sourceNumber[Int32(i)] = paperPosition[p] ?? Int32(-1 - i)
                case .speaker(let id): sourceNumber[Int32(i)] = speakerNumber[id] ?? Int32(-1 - i)
                }
            }
        }
        let numbered = sourceNumber, sourcesIndex = sources
        let propositions = set.propositions
        let filled = propositions.indices.filter { count[$0 + 1] > 0 }
        let chunk = max(1, filled.count / (8 * ProcessInfo.processInfo.activeProcessorCount))
        groups = Parallel.chunks(filled.count, chunk: chunk) { range in
            range.map { n -> Group in
                let p = filled[n]
                var keys = Array(sorted[start[p + 1]..<start[p + 2]])
                keys.sort { ($0.start, $0.end, $0.row) < ($1.start, $1.end, $1.row) }
                // A claim that could mean one party's step or the whole's is kept out of the whole's timeline.
                if !propositions[p].parties.isEmpty, let steps = PartySteps(propositions[p], claims: keys.map { claims[Int($0.row)] }) {
                    for i in keys.indices where keys[i].plain && steps.ambiguity(claims[Int(keys[i].row)]) != nil { keys[i].plain = false }
                }
                let sources = numbered.isEmpty ? nil : keys.map { numbered[$0.row] ?? $0.paper }
                return Group(proposition: propositions[p], claims: keys.map { claims[Int($0.row)] }, keys: keys, sources: sources, index: sourcesIndex)
            }
        }.flatMap { $0 }
    }
}

/// What the sweeps read of a claim: its time, its paper and its rank by id, as plain numbers.
struct SweepKey: Sendable {
    var start: Int
    var end: Int
    /// The paper's number within one index or one call: equal numbers, same paper.
    var paper: Int32
    /// The claim's rank by id (its position in the annotation set), for ties.
    var row: Int32
    /// Whether the claim takes part in value comparisons (`Claim.isPlainStatement`).
    var plain: Bool

    /// Keys for claims in the order given, papers numbered by first appearance and ids ranked.
    static func keys(_ claims: [Claim]) -> [SweepKey] {
        var paper: [String: Int32] = [:]
        let rank = claims.indices.sorted { claims[$0].id < claims[$1].id }
        var rowOf = [Int32](repeating: 0, count: claims.count)
        for (r, i) in rank.enumerated() { rowOf[i] = Int32(r) }
        return claims.indices.map { i in
            let c = claims[i]
            let p = paper[c.paper] ?? Int32(paper.count)
            paper[c.paper] = p
            return SweepKey(start: c.time.start, end: c.time.end, paper: p, row: rowOf[i], plain: c.isPlainStatement)
        }
    }
}
