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
    /// How many of the finding's claims are left out (past `ownLimit`).
    public var omitted = 0

    /// At most this many of a finding's own claims are read.
    public static let ownLimit = 100

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

    /// The claims of one proposition by statement (`key`), each list in the group's time order:
    /// built once for all the findings on the proposition, so a side finds the claims that join
    /// it without comparing values claim by claim.
    public struct Lookup: Sendable {
        /// One statement's claims, in time order, with their spans as plain numbers.
        struct Run: Sendable {
            /// Positions in `claims`.
            var positions: [Int32] = []
            var starts: [Int] = []
            var ends: [Int] = []
            /// The longest span among them, in days: nothing starting further back can overlap.
            var longest = 0
        }
        let claims: [Claim]
        let runs: [Key: Run]
        /// Each claim's position by id: a finding's own claims are found here, not searched for
        /// among all the set's claims.
        let positions: [String: Int32]

        public init(_ group: [Claim]) {
            var runs: [Key: Run] = [:]
            var positions: [String: Int32] = [:]
            positions.reserveCapacity(group.count)
            for i in group.indices {
                let c = group[i], t = c.time
                runs[Key(c), default: Run()].append(Int32(i), t.start, t.end)
                positions[c.id] = Int32(i)
            }
            self.claims = group
            self.runs = runs
            self.positions = positions
        }

        /// The claim with this id, if it is on the proposition.
        func claim(_ id: String) -> Claim? { positions[id].map { claims[Int($0)] } }

        /// Appends to `out` the claims that make the same statement as `c` for a time
        /// overlapping its own and are not `taken`, latest first, until `out` holds `limit`;
        /// it looks at no more than `steps` claims.
        func join(_ c: Claim, into out: inout [Claim], taken: inout Set<String>, limit: Int, steps: Int) {
            guard out.count < limit, let run = runs[Key(c)] else { return }
            let (s, e) = (c.time.start, c.time.end)
            // The first claim starting after `e`, by binary search; then back in time until no
            // earlier claim can still reach `s`.
            var lo = 0, hi = run.starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if run.starts[mid] <= e { lo = mid + 1 } else { hi = mid }
            }
            var i = lo - 1, looked = 0
            while i >= 0, out.count < limit, looked < steps, run.starts[i] >= s - run.longest {
                if run.ends[i] >= s {
                    let x = claims[Int(run.positions[i])]
                    if taken.insert(x.id).inserted { out.append(x) }
                }
                i -= 1
                looked += 1
            }
        }
    }

    /// Claims join a side until it holds this many, each claim of the finding looking at no more
    /// than `joinSteps` others: enough to count a side's sources and list them, without reading
    /// a proposition of ten thousand claims for each finding on it.
    public static let joinLimit = 25, joinSteps = 100

    /// The sides of `f`. With `lookup` (the claims of the finding's proposition), each side is
    /// joined by the claims that give the same value (and horizon, and denial) as one of its
    /// own for an overlapping time; a claim joins one side at most.
    public init(_ f: Flag, set: AnnotationSet, sources: SourceIndex, lookup: Lookup? = nil, grades: [String: Int]? = nil) {
        // A finding of thousands of claims (a denial contradicted across a corpus) is read to
        // its first `ownLimit`: they show its sides, and the rest would only lengthen the count.
        let ids = f.claims
        omitted = max(0, ids.count - Self.ownLimit)
        let own = ids.prefix(Self.ownLimit).compactMap { lookup?.claim($0) ?? set.claim($0) }
        var split = Self.split(f, own)
        let counts = split.map(\.count)
        if let lookup, !Self.isOneSided(f), split.contains(where: { $0.count < Self.joinLimit }) {
            var taken = Set(own.map(\.id))
            for s in split.indices {
                // A side the finding already gives many claims needs no more to show its position.
                guard split[s].count < Self.joinLimit else { continue }
                var joined: [Claim] = []
                for c in split[s] {
                    lookup.join(c, into: &joined, taken: &taken, limit: Self.joinLimit - split[s].count, steps: Self.joinSteps)
                    if split[s].count + joined.count >= Self.joinLimit { break }
                }
                split[s] += joined
            }
        }
        sides = split.indices.map { i in
            let claims = Array(split[i].prefix(counts[i])) + split[i].dropFirst(counts[i]).sorted { ($0.time.start, $0.id) < ($1.time.start, $1.id) }
            var sourcesSeen: [SourceIndex.Source] = [], seen: Set<SourceIndex.Source> = []
            var grade = 5
            var gradedPapers: Set<String> = []
            for c in claims {
                let s = sources.source(of: c)
                if seen.insert(s).inserted { sourcesSeen.append(s) }
                if grade > 0, gradedPapers.insert(c.paper).inserted {
                    grade = min(grade, grades?[c.paper] ?? Self.grade(set.paper(c.paper)))
                }
            }
            return Side(claims: claims, own: counts[i], sources: sourcesSeen, bestGrade: claims.isEmpty ? 2 : grade)
        }
    }

    /// Each paper's grade (`grade(_:)`), by id: looked up once for all findings.
    public static func grades(_ set: AnnotationSet) -> [String: Int] {
        Dictionary(set.papers.map { ($0.id, grade($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The sides of `f`, its proposition's claims given as they are (`Lookup` is built for them).
    public init(_ f: Flag, set: AnnotationSet, sources: SourceIndex, group: [Claim]?) {
        self.init(f, set: set, sources: sources, lookup: group.map(Lookup.init))
    }

    /// A statement as a key: value, horizon and denial alike.
    struct Key: Hashable, Sendable {
        var value: ClaimValue
        var byStart: Int?, byEnd: Int?
        var denial: Bool

        init(_ c: Claim) {
            value = c.value
            let by = c.by
            (byStart, byEnd) = (by?.start, by?.end)
            denial = c.isDenial
        }
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

extension FindingSides.Lookup.Run {
    mutating func append(_ position: Int32, _ start: Int, _ end: Int) {
        positions.append(position)
        starts.append(start)
        ends.append(end)
        longest = Swift.max(longest, end - start)
    }
}
