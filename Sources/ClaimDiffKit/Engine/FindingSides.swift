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

    /// The claims of one proposition by statement (`key`), each list in the group's time order:
    /// built once for all the findings on the proposition, so a side finds the claims that join
    /// it without comparing values claim by claim.
    public struct Lookup: Sendable {
        /// One statement's claims, in time order, with their spans as plain numbers.
        struct Run: Sendable {
            var claims: [Claim] = []
            var starts: [Int] = []
            var ends: [Int] = []
            /// The longest span among them, in days: nothing starting further back can overlap.
            var longest = 0
        }
        let runs: [String: Run]

        public init(_ group: [Claim]) {
            var runs: [String: Run] = [:]
            for c in group {
                let t = c.time
                runs[FindingSides.key(c), default: Run()].append(c, t.start, t.end)
            }
            self.runs = runs
        }

        /// The claims that make the same statement as `c` for a time overlapping its own, latest
        /// first, at most `limit` of them.
        func joining(_ c: Claim, limit: Int) -> [Claim] {
            guard let run = runs[FindingSides.key(c)] else { return [] }
            let (s, e) = (c.time.start, c.time.end)
            // The first claim starting after `e`, by binary search; then back in time until no
            // earlier claim can still reach `s`.
            var lo = 0, hi = run.starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if run.starts[mid] <= e { lo = mid + 1 } else { hi = mid }
            }
            var out: [Claim] = []
            var i = lo - 1
            while i >= 0, out.count < limit, run.starts[i] >= s - run.longest {
                if run.ends[i] >= s { out.append(run.claims[i]) }
                i -= 1
            }
            return out
        }
    }

    /// At most this many claims join each of a finding's own claims: enough to count a side's
    /// sources and list them, without reading a proposition of ten thousand claims per finding.
    public static let joinLimit = 25

    /// The sides of `f`. With `lookup` (the claims of the finding's proposition), each side is
    /// joined by the claims that give the same value (and horizon, and denial) as one of its
    /// own for an overlapping time; a claim joins one side at most.
    public init(_ f: Flag, set: AnnotationSet, sources: SourceIndex, lookup: Lookup? = nil) {
        let own = f.claims.compactMap { set.claim($0) }
        var split = Self.split(f, own)
        let counts = split.map(\.count)
        if let lookup, !Self.isOneSided(f) {
            var taken = Set(own.map(\.id))
            for s in split.indices {
                for c in split[s].prefix(counts[s]) {
                    for x in lookup.joining(c, limit: Self.joinLimit + counts.reduce(0, +)) where taken.insert(x.id).inserted { split[s].append(x) }
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

    /// The sides of `f`, its proposition's claims given as they are (`Lookup` is built for them).
    public init(_ f: Flag, set: AnnotationSet, sources: SourceIndex, group: [Claim]?) {
        self.init(f, set: set, sources: sources, lookup: group.map(Lookup.init))
    }

    /// A statement as a key: value, horizon and denial alike.
    static func key(_ c: Claim) -> String {
        (c.isDenial ? "d|" : "|") + (c.by?.text ?? "") + "|" + c.value.text
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
    mutating func append(_ c: Claim, _ start: Int, _ end: Int) {
        claims.append(c)
        starts.append(start)
        ends.append(end)
        longest = Swift.max(longest, end - start)
    }
}
