import Dispatch

/// Runs the rules over an annotation set and returns their flags, sorted and de-duplicated.
///
/// Rules run on every core at once; their flags are merged in rule order, so the result is the
/// same as running them one after the other.
public struct RuleEngine: Sendable {
    public var rules: [any Rule.Type]

    public init(rules: [any Rule.Type] = builtInRules) { self.rules = rules }

    public func run(_ context: RuleContext) -> [Flag] {
        var perRule = Parallel.map(rules) { rule in rule.init().flags(in: context) }
        return Self.sortedUnique(&perRule, in: context.index)
    }

    /// Where a flag goes in the merged list: its rule's list and place there, and its sort key.
    private struct Entry {
        var number: UInt64
        var rank: UInt8
        var rule: UInt8
        var at: Int32
    }

    /// The flags of every rule, the first of each id about a proposition (in rule order) kept,
    /// ordered by proposition (its place in the index), then kind, then id. The flags are
    /// moved out of `perRule`, which is left holding blanks.
    ///
    /// Flags are bucketed by proposition, a counting sort, and each bucket is sorted by
    /// numbers on its own, on every core: no string is compared or hashed per flag, and no
    /// flag is copied. Ids repeat only when a rule raises the same subject twice; two flags
    /// about different propositions that share an id (their 50-bit hashes collide, a chance
    /// of about 1 in 1,500 among a million flags) are both kept.
    static func sortedUnique(_ perRule: inout [[Flag]], in index: ClaimIndex) -> [Flag] {
        let total = perRule.reduce(0) { $0 + $1.count }
        guard perRule.count <= Int(UInt8.max), total < Int(Int32.max) else { return slowSortedUnique(perRule) }
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
        guard groupOf.allSatisfy({ $0 != nil }) else { return slowSortedUnique(perRule) }
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
        // Each bucket sorted by id, its repeats dropped (the first in rule order stays), then by
        // kind and id; buckets in chunks on every core.
        let bounds = start
        let chunks = Parallel.chunks(index.groups.count, chunk: max(1, index.groups.count / 16)) { range -> [Entry] in
            var kept: [Entry] = []
            var bucket: [Entry] = []
            for g in range {
                bucket.removeAll(keepingCapacity: true)
                bucket += entries[bounds[g]..<bounds[g + 1]]
                bucket.sort { ($0.number, $0.rule, $0.at) < ($1.number, $1.rule, $1.at) }
                let first = kept.count
                for e in bucket where kept.count == first || kept[kept.count - 1].number != e.number { kept.append(e) }
                kept[first...].sort { ($0.rank, $0.number) < ($1.rank, $1.number) }
            }
            return kept
        }
        let kept = chunks.flatMap { $0 }
        // Moved, not copied: a copy would count a reference in each of the flag's parts, and
        // releasing the lists would count it back.
        let blank = Flag(rule: "", kind: .agreement, severity: .info, proposition: "", claims: [], why: "")
        var out = [Flag](repeating: blank, count: kept.count)
        for (i, e) in kept.enumerated() { swap(&out[i], &perRule[Int(e.rule)][Int(e.at)]) }
        return out
    }

    /// The first flag of each id about a proposition, ordered by proposition, then kind, then id.
    static func slowSortedUnique(_ perRule: [[Flag]]) -> [Flag] {
        var seen: Set<[String]> = []
        return perRule.flatMap { $0 }.filter { seen.insert([$0.proposition, $0.id]).inserted }.sorted()
    }
}
