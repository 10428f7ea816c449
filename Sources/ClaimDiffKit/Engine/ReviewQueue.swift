/// Flags that need an analyst, matched with the dispositions recorded for them.
public struct ReviewQueue: Sendable {
    public struct Item: Sendable {
        public var flag: Flag
        public var review: Review?
        public var isOpen: Bool { review == nil }
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

    /// - Parameter flags: sorted, as `RuleEngine` returns them.
    public init(flags: [Flag], reviews: [Review]) {
        let byFlag = Dictionary(reviews.map { ($0.flagID, $0) }, uniquingKeysWith: { a, _ in a })
        // Queue order is open before reviewed, then severity (high first), then flag order:
        // flags come sorted, so placing each in its bucket keeps flag order within buckets.
        let sorted = flags.isSorted(by: <)
        var buckets = Array(repeating: [Item](), count: 8)
        var other: [Item] = []
        var found: Set<String> = []
        for f in flags {
            let review = byFlag.isEmpty ? nil : byFlag[f.id]
            if review != nil { found.insert(f.id) }
            if f.kind.needsReview {
                buckets[(review == nil ? 0 : 4) + 3 - f.severity.rank].append(Item(flag: f, review: review))
            } else if review != nil {
                other.append(Item(flag: f, review: review))
            }
        }
        if !sorted { buckets = buckets.map { $0.sorted { $0.flag < $1.flag } } }
        open = Array(buckets[0..<4].joined())
        reviewed = Array(buckets[4..<8].joined())
        otherReviewed = other
        stale = reviews.filter { !found.contains($0.flagID) }.sorted { $0.flagID < $1.flagID }
    }
}

extension Array {
    func isSorted(by less: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !less(self[$0], self[$0 - 1]) }
    }
}
