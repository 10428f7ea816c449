import Dispatch

/// Runs the rules over an annotation set and returns their flags, sorted and de-duplicated.
///
/// Rules run on every core at once; their flags are merged in rule order, so the result is the
/// same as running them one after the other.
public struct RuleEngine: Sendable {
    public var rules: [any Rule.Type]

    public init(rules: [any Rule.Type] = builtInRules) { self.rules = rules }

    public func run(_ context: RuleContext) -> [Flag] {
        let perRule = Parallel.map(rules) { rule in rule.init().flags(in: context) }
        return Self.sortedUnique(perRule, in: context.index)
    }

    /// Where a flag goes in the merged list: its rule's list and place there, and its sort key.
    private struct Entry {
        var number: UInt64
        var rank: UInt8
        var rule: UInt8
        var at: Int32
    }

    /// The flags of every rule, the first of each id (in rule order) kept, ordered by
    /// proposition (its place in the index), then kind, then id.
    ///
    /// Flags are bucketed by proposition, a counting sort, and each bucket is sorted by
    /// numbers on its own, on every core: no string is compared or hashed per flag.
    static func sortedUnique(_ perRule: [[Flag]], in index: ClaimIndex) -> [Flag] {
        let total = perRule.reduce(0) { $0 + $1.count }
        guard perRule.count <= Int(UInt8.max), total < Int(Int32.max) else { return slowSortedUnique(perRule.flatMap { $0 }) }
        var position: [String: Int] = [:]
        position.reserveCapacity(index.groups.count)
        for (i, g) in index.groups.enumerated() { position[g.proposition.key] = i }
        // Each flag's group; rules emit a group's flags together, so one lookup serves a run.
        let groupOf = Parallel.map(Array(perRule.indices)) { r -> [Int32]? in
            var last: (key: String, group: Int32)?
            var out = [Int32](repeating: 0, count: perRule[r].count)
            for n in perRule[r].indices {
                let key = perRule[r][n].proposition
                if let l = last, l.key == key { out[n] = l.group; continue }
                guard let g = position[key] else { return nil }
                last = (key, Int32(g))
                out[n] = Int32(g)
            }
            return out
        }
        guard groupOf.allSatisfy({ $0 != nil }) else { return slowSortedUnique(perRule.flatMap { $0 }) }
        var start = [Int](repeating: 0, count: index.groups.count + 1)
        for groups in groupOf { for g in groups! { start[Int(g) + 1] += 1 } }
        for i in index.groups.indices { start[i + 1] += start[i] }
        var next = start
        var entries = [Entry](repeating: Entry(number: 0, rank: 0, rule: 0, at: 0), count: total)
        for (r, flags) in perRule.enumerated() {
            let groups = groupOf[r]!
            for n in flags.indices {
                let g = Int(groups[n])
                entries[next[g]] = Entry(number: flags[n].number, rank: UInt8(flags[n].kind.rank), rule: UInt8(r), at: Int32(n))
                next[g] += 1
            }
        }
        // Sort each bucket, and drop a flag whose id and kind came before in the bucket. The same
        // id anywhere else (two subjects whose ids collide, say) is left to the exact path.
        let bounds = start
        let chunks = Parallel.chunks(index.groups.count, chunk: max(1, index.groups.count / 16)) { range -> [Entry] in
            var kept: [Entry] = []
            for g in range {
                var bucket = entries[bounds[g]..<bounds[g + 1]]
                bucket.sort { ($0.rank, $0.number, $0.rule, $0.at) < ($1.rank, $1.number, $1.rule, $1.at) }
                var last: (rank: UInt8, number: UInt64)?
                for e in bucket where !(last.map { $0 == (e.rank, e.number) } ?? false) {
                    kept.append(e)
                    last = (e.rank, e.number)
                }
            }
            return kept
        }
        let kept = chunks.flatMap { $0 }
        // Ids unique across buckets too, checked in two halves of the numbers, one per core.
        let repeated = Parallel.map([false, true]) { high in
            var numbers = kept.compactMap { ($0.number >> 49 == 1) == high ? $0.number : nil }
            numbers.sort()
            return zip(numbers, numbers.dropFirst()).contains { $0 == $1 }
        }
        if repeated.contains(true) { return slowSortedUnique(perRule.flatMap { $0 }) }
        return Parallel.array(count: kept.count) { perRule[Int(kept[$0].rule)][Int(kept[$0].at)] }
    }

    /// The first flag of each id, ordered by proposition, then kind, then id.
    static func slowSortedUnique(_ flags: [Flag]) -> [Flag] {
        var seen: Set<String> = []
        return flags.filter { seen.insert($0.id).inserted }.sorted()
    }
}
