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
            }
        }
        func items(_ buckets: Range<Int8>) -> [Item] {
            var out: [Item] = []
            for b in buckets {
                let start = out.count
                for i in flags.indices where bucket[i] == b { out.append(Item(flag: flags[i], review: b < 4 ? nil : byFlag[flags[i].id])) }
                if !sorted { out[start...].sort { $0.flag < $1.flag } }
            }
            return out
        }
        open = items(0..<4)
        reviewed = items(4..<8)
        otherReviewed = other
        stale = reviews.filter { !found.contains($0.flagID) }.sorted { $0.flagID < $1.flagID }
    }
}

extension Array {
    func isSorted(by less: (Element, Element) -> Bool) -> Bool {
        indices.dropFirst().allSatisfy { !less(self[$0], self[$0 - 1]) }
    }
}
