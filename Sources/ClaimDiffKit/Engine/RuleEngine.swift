/// Runs the rules over an annotation set and returns their flags, sorted and de-duplicated.
///
/// Rules run on every core at once; their flags are merged in rule order, so the result is the
/// same as running them one after the other.
public struct RuleEngine: Sendable {
    public var rules: [any Rule.Type]

    public init(rules: [any Rule.Type] = builtInRules) { self.rules = rules }

    public func run(_ context: RuleContext) -> [Flag] {
        let perRule = Parallel.map(rules) { rule in rule.init().flags(in: context) }
        return Self.sortedUnique(perRule.flatMap { $0 }, in: context.index)
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
