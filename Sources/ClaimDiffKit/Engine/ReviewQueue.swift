/// Flags that need an analyst, matched with the dispositions recorded for them.
public struct ReviewQueue: Sendable {
    public struct Item: Sendable {
        public var flag: Flag
        public var review: Review?
        public var isOpen: Bool { review == nil }
    }

    /// Open items first, then reviewed ones; each part by severity (high first), then flag order.
    public var items: [Item]
    /// Dispositions whose flag no longer exists: listed, never dropped.
    public var stale: [Review]
    /// Dispositions of flags that are not review kinds (an analyst may still record one).
    public var otherReviewed: [Item]

    public init(flags: [Flag], reviews: [Review]) {
        let byFlag = Dictionary(reviews.map { ($0.flagID, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = Set(flags.map(\.id))
        let queue = flags.filter(\.kind.needsReview).map { Item(flag: $0, review: byFlag[$0.id]) }
        func order(_ a: Item, _ b: Item) -> Bool {
            (a.isOpen ? 0 : 1, -Flag.Severity.allCases.firstIndex(of: a.flag.severity)!, a.flag) <
                (b.isOpen ? 0 : 1, -Flag.Severity.allCases.firstIndex(of: b.flag.severity)!, b.flag)
        }
        items = queue.sorted(by: order)
        otherReviewed = flags.filter { !$0.kind.needsReview && byFlag[$0.id] != nil }.map { Item(flag: $0, review: byFlag[$0.id]) }
        stale = reviews.filter { !ids.contains($0.flagID) }.sorted { $0.flagID < $1.flagID }
    }

    public var open: [Item] { items.filter(\.isOpen) }
    public var reviewed: [Item] { items.filter { !$0.isOpen } }
}
