/// Flags that need an analyst, matched with the dispositions recorded for them.
public struct ReviewQueue: Sendable {
    public struct Item: Sendable {
        public var flag: Flag
        public var review: Review?
        /// A disposition recorded for this finding that no longer applies (it judged another
        /// kind or other evidence): the item is open again, and the old disposition is shown.
        public var outdated: Review?
        /// Why `outdated` no longer applies.
        public var outdatedReason: String?
        /// A reopening recorded for this finding (`claimdiff review FLAG-ID --reopen`): the item
        /// is open, and the dispositions before it are in its history.
        public var reopened: Review?
        public var isOpen: Bool { review == nil }
        /// The recorded dispositions before the current one, oldest first.
        public var history: [Review] { (review ?? reopened ?? outdated)?.history ?? [] }

        public init(flag: Flag, review: Review?, outdated: Review? = nil, outdatedReason: String? = nil, reopened: Review? = nil) {
            self.flag = flag
            self.review = review
            self.outdated = outdated
            self.outdatedReason = outdatedReason
            self.reopened = reopened
        }
    }

    /// Why a disposition does not apply to a finding (it judged another kind, or evidence that
    /// has changed since), or nil when it does. A disposition that records neither applies.
    public static func mismatch(_ rv: Review, _ f: Flag, in set: AnnotationSet?) -> String? {
        if let k = rv.kind, k != f.kind.rawValue { return "it judged the finding as '\(k)', and it is now '\(f.kind.rawValue)'" }
        if let fp = rv.fingerprint, let set, fp != f.fingerprint(in: set) {
            return "the evidence it judged has changed (fingerprint \(fp), now \(f.fingerprint(in: set)))"
        }
        return nil
    }

    /// Open items first, then reviewed ones; each part in queue order (`FindingSides.Rank`).
    public var items: [Item] { open + reviewed }
    /// Dispositions whose flag no longer exists: listed, never dropped.
    public var stale: [Review]
    /// Dispositions of flags that are not review kinds (an analyst may still record one).
    public var otherReviewed: [Item]

    /// The open items, in queue order.
    public let open: [Item]
    /// The reviewed items, in queue order.
    public let reviewed: [Item]

    /// Dispositions that no longer apply to the finding they name, by flag id.
    public let outdated: [String: (review: Review, reason: String)]

    /// - Parameters:
    ///   - flags: sorted, as `RuleEngine` returns them.
    ///   - set: the annotations the flags come from, to check each disposition's fingerprint.
    ///   - rules: the claims by proposition and their sources, to rank findings by their sides;
    ///     without it (and without `set`), the queue orders by severity, then flag order.
    public init(flags: [Flag], reviews: [Review], set: AnnotationSet? = nil, rules: RuleContext? = nil) {
        var byFlag = Dictionary(reviews.map { ($0.flagID, $0) }, uniquingKeysWith: { a, _ in a })
        // A reopening applies whatever the finding now is: the flag is open, its history kept.
        var reopened: [String: Review] = [:]
        for rv in reviews where rv.disposition == .reopened {
            reopened[rv.flagID] = rv
            byFlag[rv.flagID] = nil
        }
        // A disposition applies only to the finding and evidence it judged.
        var outdated: [String: (review: Review, reason: String)] = [:]
        if !byFlag.isEmpty {
            for f in flags {
                guard let rv = byFlag[f.id], let why = Self.mismatch(rv, f, in: set) else { continue }
                outdated[f.id] = (rv, why)
                byFlag[f.id] = nil
            }
        }
        self.outdated = outdated
        var open: [Int] = [], reviewed: [Int] = []
        var other: [Item] = []
        var found: Set<String> = []
        for i in flags.indices {
            let id = flags[i].id
            let review = byFlag.isEmpty ? nil : byFlag[id]
            if review != nil || reopened[id] != nil { found.insert(id) }
            if flags[i].kind.needsReview {
                if review == nil { open.append(i) } else { reviewed.append(i) }
            } else if let review {
                other.append(Item(flag: flags[i], review: review))
            } else if let o = outdated[id] {
                // Not a kind the queue holds, but the disposition it outlived is shown, not dropped.
                other.append(Item(flag: flags[i], review: nil, outdated: o.review, outdatedReason: o.reason))
            } else if let r = reopened[id] {
                other.append(Item(flag: flags[i], review: nil, reopened: r))
            }
        }
        // Queue order: severity (high first), then the findings' sides (`FindingSides.Rank`),
        // then flag order.
        let ranking = Self.ranking(flags, open + reviewed, set: set, rules: rules)
        let sorted = flags.isSorted(by: <)
        func items(_ positions: [Int]) -> [Item] {
            // Each position's key read once, so the sort compares numbers.
            let keys = positions.map { i -> (Int, Int, Int, Int, Int) in
                let r = ranking[i]
                return (3 - flags[i].severity.rank, r?.weakerGrade ?? 0, r?.strongerGrade ?? 0, -(r?.thinnerSources ?? 0), -(r?.totalSources ?? 0))
            }
            let order = sorted ? Array(positions.indices) : positions.indices.sorted { flags[positions[$0]] < flags[positions[$1]] }
            var rankOf = [Int](repeating: 0, count: positions.count)
            for (n, k) in order.enumerated() { rankOf[k] = n }
            let ordered = positions.indices.sorted { a, b in
                let (x, y) = (keys[a], keys[b])
                return x != y ? x < y : rankOf[a] < rankOf[b]
            }.map { positions[$0] }
            return ordered.map { i in
                let id = flags[i].id
                return Item(flag: flags[i], review: byFlag.isEmpty ? nil : byFlag[id], outdated: outdated[id]?.review,
                            outdatedReason: outdated[id]?.reason, reopened: reopened[id])
            }
        }
        self.open = items(open)
        self.reviewed = items(reviewed)
        otherReviewed = other
        // Kept, never dropped: a disposition whose finding is gone is stale; one that no longer
        // applies is shown beside its finding, open again.
        stale = reviews.filter { !found.contains($0.flagID) && outdated[$0.flagID] == nil }.sorted { $0.flagID < $1.flagID }
    }

    /// Each queued flag's rank by its sides, by position in `flags`; empty without annotations.
    /// Findings are ranked proposition by proposition, each proposition's claims looked up once.
    static func ranking(_ flags: [Flag], _ positions: [Int], set: AnnotationSet?, rules: RuleContext?) -> [Int: FindingSides.Rank] {
        guard let set = rules?.set ?? set, !positions.isEmpty else { return [:] }
        let sources = rules?.index.sources ?? SourceIndex(set)
        var byProposition: [String: [Int]] = [:]
        for i in positions { byProposition[flags[i].proposition, default: []].append(i) }
        var groups: [String: Int] = [:]
        if let r = rules {
            for g in r.index.groups.indices where byProposition[r.index.groups[g].proposition.key] != nil { groups[r.index.groups[g].proposition.key] = g }
        }
        let keys = byProposition.keys.sorted()
        let grades = FindingSides.grades(set)
        let ranks = Parallel.map(keys) { key -> [(Int, FindingSides.Rank)] in
            let lookup = groups[key].map { FindingSides.Lookup(rules!.index.groups[$0].claims) }
            return byProposition[key]!.map { ($0, FindingSides(flags[$0], set: set, sources: sources, lookup: lookup, grades: grades).rank) }
        }
        return Dictionary(ranks.joined().map { $0 }, uniquingKeysWith: { a, _ in a })
    }
}

extension Array {
    func isSorted(by less: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !less(self[$0], self[$0 - 1]) }
    }
}

extension Array where Element: Equatable {
    /// The elements in order, each kept at its first place (a few papers or values, so a scan).
    var uniquedInOrder: [Element] { reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
}
