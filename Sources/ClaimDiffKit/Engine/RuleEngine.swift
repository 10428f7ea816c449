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

    /// The flags of every rule, in rule order: `sortedUnique` of them all.
    static func sortedUnique(_ perRule: [[Flag]], in index: ClaimIndex) -> [Flag] {
        var position: [String: Int32] = [:]
        position.reserveCapacity(index.groups.count)
        for (i, g) in index.groups.enumerated() { position[g.proposition.key] = Int32(i) }
        var seen = Set<UInt64>(minimumCapacity: perRule.reduce(0) { $0 + $1.count })
        var keys: [(group: Int32, rank: Int32, id: UInt64, rule: Int32, at: Int32)] = []
        keys.reserveCapacity(seen.capacity)
        for (r, flags) in perRule.enumerated() {
            var last: (key: String, group: Int32)?
            for n in flags.indices {
                let key = flags[n].proposition
                let group: Int32
                if let l = last, l.key == key { group = l.group } else {
                    guard let g = position[key] else { return slowSortedUnique(perRule.flatMap { $0 }) }
                    group = g
                    last = (key, g)
                }
                guard let id = idValue(flags[n].id) else { return slowSortedUnique(perRule.flatMap { $0 }) }
                if seen.insert(id).inserted { keys.append((group, Int32(flags[n].kind.rank), id, Int32(r), Int32(n))) }
            }
        }
        keys.sort { ($0.group, $0.rank, $0.id) < ($1.group, $1.rank, $1.id) }
        return keys.map { perRule[Int($0.rule)][Int($0.at)] }
    }

    /// The first flag of each id, ordered by proposition, then kind, then id.
    ///
    /// Sorts integer keys (the proposition's place in the index, the kind's rank and the id's
    /// digits) instead of comparing strings a million times.
    static func sortedUnique(_ flags: [Flag], in index: ClaimIndex) -> [Flag] {
        var position: [String: Int32] = [:]
        position.reserveCapacity(index.groups.count)
        for (i, g) in index.groups.enumerated() { position[g.proposition.key] = Int32(i) }
        var seen = Set<UInt64>(minimumCapacity: flags.count)
        var keys: [(group: Int32, rank: Int32, id: UInt64, at: Int32)] = []
        keys.reserveCapacity(flags.count)
        for (n, f) in flags.enumerated() {
            guard let id = idValue(f.id), let group = position[f.proposition] else { return slowSortedUnique(flags) }
            if seen.insert(id).inserted { keys.append((group, Int32(f.kind.rank), id, Int32(n))) }
        }
        keys.sort { ($0.group, $0.rank, $0.id) < ($1.group, $1.rank, $1.id) }
        return keys.map { flags[Int($0.at)] }
    }

    static func slowSortedUnique(_ flags: [Flag]) -> [Flag] {
        var seen: Set<String> = []
        return flags.filter { seen.insert($0.id).inserted }.sorted()
    }

    /// An id's ten digits as a number that orders as the string does, or nil if it is not an id
    /// `Flag.makeID` writes.
    static func idValue(_ id: String) -> UInt64? {
        var v: UInt64 = 0
        var n = 0
        for (i, byte) in id.utf8.enumerated() {
            if i < 2 {
                guard byte == (i == 0 ? UInt8(ascii: "f") : UInt8(ascii: "-")) else { return nil }
                continue
            }
            guard let digit = Self.digit[Int(byte)] else { return nil }
            v = v << 5 | UInt64(digit)
            n += 1
        }
        return n == 10 ? v : nil
    }

    private static let digit: [UInt8?] = {
        var table = [UInt8?](repeating: nil, count: 256)
        for (i, c) in Flag.idAlphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()
}
