/// Claims grouped by proposition and ordered by time: the only way rules see claims.
///
/// Building it sorts each group once (n log n); rules then sweep each group in time order
/// instead of comparing every pair.
public struct ClaimIndex: Sendable {
    public struct Group: Sendable {
        public var proposition: Proposition
        /// Claims ordered by time start, then end, then id.
        public var claims: [Claim]
    }

    public let groups: [Group]

    public init(_ set: AnnotationSet) {
        let byKey = Dictionary(grouping: set.claims, by: \.about)
        groups = set.propositions.compactMap { p in
            guard let cs = byKey[p.key] else { return nil }
            return Group(proposition: p, claims: cs.sorted { ($0.time.start, $0.time.end, $0.id) < ($1.time.start, $1.time.end, $1.id) })
        }
    }
}
