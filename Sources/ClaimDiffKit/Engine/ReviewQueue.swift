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
        public var isOpen: Bool { review == nil }

        public init(flag: Flag, review: Review?, outdated: Review? = nil, outdatedReason: String? = nil) {
            self.flag = flag
            self.review = review
            self.outdated = outdated
            self.outdatedReason = outdatedReason
        }
    }

    /// Why a disposition does not apply to a finding (it judged another kind, or evidence that
    /// has changed since), or nil when it does. A disposition that records neither applies.
    public static func mismatch(_ rv: Review, _ f: Flag, in set: AnnotationSet?) -> String? {
        if let k = rv.kind, k != f.kind.rawValue { return "it judged a '\(k)' and the finding is now a '\(f.kind.rawValue)'" }
        if let fp = rv.fingerprint, let set, fp != f.fingerprint(in: set) {
            return "the evidence it judged has changed (fingerprint \(fp), now \(f.fingerprint(in: set)))"
        }
        return nil
    }

    /// Open items first, then reviewed ones; each part by severity (high first), then flag order.
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
    public init(flags: [Flag], reviews: [Review], set: AnnotationSet? = nil) {
        var byFlag = Dictionary(reviews.map { ($0.flagID, $0) }, uniquingKeysWith: { a, _ in a })
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
        // Queue order is open before reviewed, then severity (high first), then flag order:
        // flags come sorted, so placing each in its bucket keeps flag order within buckets.
        let sorted = flags.isSorted(by: <)
        // Each queued flag's bucket: 0-3 open, 4-7 reviewed, by severity from high to low.
        var bucket = [Int8](repeating: -1, count: flags.count)
        var other: [Item] = []
        var found: Set<String> = []
        for i in flags.indices {
            let review = byFlag.isEmpty ? nil : byFlag[flags[i].id]
            if review != nil { found.insert(flags[i].id) }
            if flags[i].kind.needsReview {
                bucket[i] = Int8((review == nil ? 0 : 4) + 3 - flags[i].severity.rank)
            } else if let review {
                other.append(Item(flag: flags[i], review: review))
            } else if let o = outdated[flags[i].id] {
                // Not a kind the queue holds, but the disposition it outlived is shown, not dropped.
                other.append(Item(flag: flags[i], review: nil, outdated: o.review, outdatedReason: o.reason))
            }
        }
        func items(_ buckets: Range<Int8>) -> [Item] {
            var out: [Item] = []
            for b in buckets {
                let start = out.count
                for i in flags.indices where bucket[i] == b {
                    let id = flags[i].id
                    out.append(Item(flag: flags[i], review: b < 4 ? nil : byFlag[id], outdated: outdated[id]?.review, outdatedReason: outdated[id]?.reason))
                }
                if !sorted { out[start...].sort { $0.flag < $1.flag } }
            }
            return out
        }
        open = items(0..<4)
        reviewed = items(4..<8)
        otherReviewed = other
        // Kept, never dropped: a disposition whose finding is gone is stale; one that no longer
        // applies is shown beside its finding, open again.
        stale = reviews.filter { !found.contains($0.flagID) && outdated[$0.flagID] == nil }.sorted { $0.flagID < $1.flagID }
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
