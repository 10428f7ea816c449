/// The design of a generated corpus before it is written: papers, propositions and claims as
/// compact values, with everything the ground truth needs to know about them.
struct CorpusPlan {
    /// A span of days and its spelling in the annotation language.
    struct Span: Hashable {
        var start: Int
        var end: Int
        var text: String

        /// The month `index` months after January 1990.
        static func month(_ index: Int) -> Span {
            let y = 1990 + index / 12, m = index % 12 + 1
            let s = CivilDate.day(year: y, month: m, day: 1)
            return Span(start: s, end: s + CivilDate.daysIn(year: y, month: m) - 1,
                        text: "\(y)-\(CivilDate.pad(m, 2))")
        }

        /// The day `index` days after 1 January 1990.
        static func day(_ index: Int) -> Span {
            let d = CivilDate.day(year: 1990, month: 1, day: 1) + index
            return Span(start: d, end: d, text: CivilDate.iso(d))
        }

        /// The month index (months after January 1990) of the month containing a day.
        static func monthIndex(ofDay d: Int) -> Int {
            let (y, m, _) = CivilDate.date(ofDay: d)
            return (y - 1990) * 12 + m - 1
        }
    }

    enum Value: Hashable {
        case term(Int)
        case ladder(Int, Int)
        /// A figure in tenths of the unit's scale word; `approximate` writes it as `~N`.
        case amount(tenths: Int, approximate: Bool)
        case likelihood(Int)
        /// A stated percentage change.
        case percent(Int, approximate: Bool)
    }

    enum Role: UInt8 { case plain, forecast, denial, change, party }
    enum Stance: UInt8 { case asserted, hedged, attributed }
    /// Which field carries a claim's explicit time.
    enum TimeField: UInt8 { case asOf, event, period }

    struct Paper {
        var id: String
        var published: Span
        var estimated = false
        var printed: Span?
        /// The paper's Admiralty grade, A-F.
        var reliability = "C"
        var claims: [Int32] = []
    }

    struct Claim {
        var paper: Int32
        var proposition: Int32
        /// The index of the claim in its paper's file, from which its id is made.
        var local: Int32
        var role: Role = .plain
        var stance: Stance = .asserted
        var reversal = false
        var note = false
        var value: Value
        var timeField: TimeField = .asOf
        var time: Span?
        /// A forecast's target, or a likelihood judgement's horizon.
        var by: Span?
        var likelihood: Int?
        var change: (from: Span, to: Span)?
        /// A party's step (`party:`), on a proposition with parties: 0 east, 1 west.
        var party: Int?
    }

    enum Kind: Int { case category, ladder, amount, likelihood }

    struct Proposition {
        var key: String
        var kind: Kind
        var unit = 0
        var tolerance = 0.0
        /// Figures with no period (the value of a deal as of a date), compared by their times.
        var undated = false
        /// A ladder whose parties (east, west) take its steps up to contracted on their own: the
        /// claims of each party's step and one that names no party between them.
        var parties: (east: Int32, west: Int32, ambiguous: Int32)?
        /// Claim indices, round by round, in time order; plain statements only.
        var rounds: [[Int32]] = []
        /// Every claim of the proposition, plain or not.
        var claims: [Int32] = []
        /// Forecasts the planner gave a settling claim: the flag kind they must raise and the claim.
        var designedForecasts: [Int32: (kind: Flag.Kind, evidence: [Int32])] = [:]
    }

    /// What sets a proposition apart besides its rounds of claims.
    enum Special: CaseIterable {
        case none, singleSource, internalContradiction, forecastEvidence, anachronism, printedAnachronism, parties
    }

    var papers: [Paper] = []
    var claims: [Claim] = []
    var propositions: [Proposition] = []
    /// Digits in the per-paper claim number.
    var claimDigits = 3

    func claimID(_ i: Int32) -> String {
        let c = claims[Int(i)]
        return papers[Int(c.paper)].id + "-" + CivilDate.pad(Int(c.local) + 1, claimDigits)
    }

    /// The span a claim speaks of: its explicit time, else its paper's date.
    func time(_ i: Int32) -> Span {
        let c = claims[Int(i)]
        return c.time ?? papers[Int(c.paper)].published
    }
}

/// A flag the generator planted: what the engine must raise, and nothing else.
public struct ExpectedFlag: Hashable, Sendable, Comparable {
    public var kind: String
    public var rule: String
    /// Claim ids, sorted.
    public var claims: [String]

    public init(kind: String, rule: String, claims: [String]) {
        self.kind = kind
        self.rule = rule
        self.claims = claims.sorted()
    }

    /// The same triple for a flag the engine raised.
    public init(_ f: Flag) { self.init(kind: f.kind.rawValue, rule: f.rule, claims: f.claims) }

    /// One line of `ground-truth.tsv`: kind, rule and comma-separated claim ids.
    public var line: String { "\(kind)\t\(rule)\t\(claims.joined(separator: ","))" }

    public init?(line: String) {
        let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard cols.count == 3 else { return nil }
        self.init(kind: String(cols[0]), rule: String(cols[1]), claims: cols[2].split(separator: ",").map(String.init))
    }

    public static func < (a: ExpectedFlag, b: ExpectedFlag) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.claims.lexicographicallyPrecedes(b.claims)
    }
}
