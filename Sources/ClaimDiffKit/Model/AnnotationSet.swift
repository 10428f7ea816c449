/// Everything read from the annotation files: papers, claims, vocabulary and reviews.
///
/// Arrays are sorted by id so that anything iterated into output is in a stable order.
public struct AnnotationSet: Sendable {
    public var papers: [Paper] = []
    public var claims: [Claim] = []
    public var propositions: [Proposition] = []
    public var ladders: [Ladder] = []
    public var scales: [Scale] = []
    public var reviews: [Review] = []
    /// The declared speakers, sorted by id.
    public var speakers: [Speaker] = [] {
        didSet {
            speakers.sort { $0.id < $1.id }
            speakerIndex = Dictionary(speakers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }
    private var speakerIndex: [String: Int] = [:]

    private var paperIndex: [String: Int] = [:]
    private var propositionIndex: [String: Int] = [:]

    public init(papers: [Paper], claims: [Claim], propositions: [Proposition], ladders: [Ladder],
                scales: [Scale], reviews: [Review]) {
        self.init(papers: papers, claims: claims, propositions: propositions, ladders: ladders, scales: scales, reviews: reviews,
                  claimsInOrder: false)
    }

    /// `claimsInOrder`: the caller has checked that the claims are sorted by id.
    init(papers: [Paper], claims: [Claim], propositions: [Proposition], ladders: [Ladder],
         scales: [Scale], reviews: [Review], claimsInOrder: Bool) {
        self.papers = papers.sorted { $0.id < $1.id }
        // A million claims often arrive in order already: checking is linear, sorting is not.
        self.claims = claimsInOrder || claims.isSorted { $0.id < $1.id } ? claims : claims.sorted { $0.id < $1.id }
        // Sorted by keys taken out once: comparing through each proposition's box misses the
        // cache at every step (40,000 propositions).
        let keys = propositions.map(\.key)
        self.propositions = keys.indices.sorted { keys[$0] < keys[$1] }.map { propositions[$0] }
        self.ladders = ladders.sorted { $0.name < $1.name }
        self.scales = scales.sorted { $0.name < $1.name }
        self.reviews = reviews.sorted { ($0.flagID, $0.location) < ($1.flagID, $1.location) }
        paperIndex.reserveCapacity(self.papers.count)
        propositionIndex.reserveCapacity(self.propositions.count)
        for (i, p) in self.papers.enumerated() { paperIndex[p.id] = i }
        for (i, p) in self.propositions.enumerated() { propositionIndex[p.key] = i }
    }

    public init() {}

    public func paper(_ id: String) -> Paper? { paperIndex[id].map { papers[$0] } }
    public func speaker(_ id: String) -> Speaker? { speakerIndex[id].map { speakers[$0] } }
    public func proposition(_ key: String) -> Proposition? { propositionIndex[key].map { propositions[$0] } }

    /// The claim with this id (the last one, should two share it), by binary search over the
    /// sorted claims: no million-entry table to build.
    public func claim(_ id: String) -> Claim? {
        var lo = 0, hi = claims.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if claims[mid].id <= id { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && claims[lo - 1].id == id ? claims[lo - 1] : nil
    }
}
