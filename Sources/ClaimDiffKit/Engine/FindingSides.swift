/// Who stands where in a finding: its claims split into sides, each side joined by the other
/// claims that say the same for an overlapping time, with the side's sources and best grade.
///
/// The review queue ranks findings by them and shows them (`Docs/findings.md`, "The review
/// queue"): a finding is two positions, not a pair of claims, and an analyst weighs how many
/// independent sources, and how well graded, stand on each.
public struct FindingSides: Sendable {
    public struct Side: Sendable {
        /// The side's claims: the finding's own first, then the claims that joined it, by time.
        public var claims: [Claim]
        /// How many of `claims` are the finding's own.
        public var own: Int
        /// Its independent sources (`SourceIndex`: relays and citations count once), in order of first claim.
        public var sources: [SourceIndex.Source]
        /// The best grade among its papers: 0 for A to 5 for F (an ungraded paper ranks as C).
        public var bestGrade: Int
    }

    public var sides: [Side]

    /// The grade a paper ranks with: 0 for A to 5 for F, C (2) when it has none.
    public static func grade(_ p: Paper?) -> Int {
        guard let r = p?.reliability, let i = "ABCDEF".firstIndex(of: Character(r)) else { return 2 }
        return "ABCDEF".distance(from: "ABCDEF".startIndex, to: i)
    }

    /// One side only: the finding is about one paper's claims (an anachronism) or one set of
    /// figures (arithmetic), not two positions.
    static func isOneSided(_ f: Flag) -> Bool { f.kind == .anachronism || f.kind == .arithmetic }

    /// The finding's claims split into sides, before any other claim joins them.
    ///
    /// A forecast stands with the claims that relay it (same value and horizon) against the
    /// evidence (a disputed forecast: the evidence on each side of its horizon); a denial, a
    /// link's claim or an ambiguous party's claim against the claims cited against it; any
    /// other finding of two claims, one against the other.
    static func split(_ f: Flag, _ claims: [Claim]) -> [[Claim]] {
        guard let head = claims.first else { return [] }
        if isOneSided(f) || claims.count == 1 { return [claims] }
        if f.rule == "forecast_resolution" {
            let same = { (c: Claim) in c.value.text == head.value.text && c.by?.text == head.by?.text }
            let forecast = claims.filter(same), evidence = claims.filter { !same($0) }
            guard f.kind == .forecastDisputed, let first = evidence.first else { return [forecast, evidence].filter { !$0.isEmpty } }
            let yes = evidence.filter { $0.value.text == first.value.text }, no = evidence.filter { $0.value.text != first.value.text }
            return [forecast, yes, no].filter { !$0.isEmpty }
        }
        return [[head], Array(claims.dropFirst())]
    }

    /// The sides of `f`. With `group` (the claims of the finding's proposition), each side is
    /// joined by the claims that give the same value (and horizon, and denial) as one of its
    /// own for an overlapping time; a claim joins one side at most.
    public init(_ f: Flag, set: AnnotationSet, sources: SourceIndex, group: [Claim]? = nil) {
        let own = f.claims.compactMap { set.claim($0) }
        var split = Self.split(f, own)
        let counts = split.map(\.count)
        if let group, !Self.isOneSided(f) {
            var taken = Set(own.map(\.id))
            for s in split.indices {
                let mine = split[s]
                for c in group where !taken.contains(c.id) {
                    if mine.contains(where: { Self.same(c, $0) && c.time.start <= $0.time.end && $0.time.start <= c.time.end }) {
                        split[s].append(c)
                        taken.insert(c.id)
                    }
                }
            }
        }
        sides = split.indices.map { i in
            let claims = Array(split[i].prefix(counts[i])) + split[i].dropFirst(counts[i]).sorted { ($0.time.start, $0.id) < ($1.time.start, $1.id) }
            var sourcesSeen: [SourceIndex.Source] = []
            for c in claims { let s = sources.source(of: c); if !sourcesSeen.contains(s) { sourcesSeen.append(s) } }
            let grade = claims.map { Self.grade(set.paper($0.paper)) }.min() ?? 2
            return Side(claims: claims, own: counts[i], sources: sourcesSeen, bestGrade: grade)
        }
    }

    /// The same statement: value, horizon and denial alike.
    static func same(_ a: Claim, _ b: Claim) -> Bool {
        a.isDenial == b.isDenial && a.by?.text == b.by?.text && a.value.text == b.value.text
    }

    /// How the queue orders findings of one severity: the better-graded weaker side first, then
    /// the better-graded stronger side, then more sources on the thinner side (none for a
    /// one-sided finding: nobody stands against it), then more sources in all. Smaller sorts first.
    public struct Rank: Comparable, Sendable {
        public var weakerGrade: Int
        public var strongerGrade: Int
        public var thinnerSources: Int
        public var totalSources: Int

        public static func < (a: Rank, b: Rank) -> Bool {
            (a.weakerGrade, a.strongerGrade, b.thinnerSources, b.totalSources) < (b.weakerGrade, b.strongerGrade, a.thinnerSources, a.totalSources)
        }
    }

    public var rank: Rank {
        var all: Set<SourceIndex.Source> = []
        for s in sides { all.formUnion(s.sources) }
        return Rank(weakerGrade: sides.map(\.bestGrade).max() ?? 2, strongerGrade: sides.map(\.bestGrade).min() ?? 2,
                    thinnerSources: sides.count < 2 ? 0 : sides.map(\.sources.count).min() ?? 0, totalSources: all.count)
    }
}
