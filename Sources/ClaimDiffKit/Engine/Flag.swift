/// A finding of the rule engine: what it found, on which claims, and why.
///
/// Flags are values; rules return them and never throw. A flag's id is derived from its
/// rule and its claims only, so it does not change when unrelated annotations change.
public struct Flag: Hashable, Sendable, Comparable {
    public enum Kind: String, Sendable, CaseIterable {
        case agreement
        case contradiction
        /// A contradiction that rests on a hedged or attributed claim: weaker than a flat one.
        case disputedReport = "disputed-report"
        case update
        case reversal
        case forecastBorneOut = "forecast-borne-out"
        case forecastMissed = "forecast-missed"
        case forecastUnresolved = "forecast-unresolved"
        case anachronism
        case arithmetic
        case singleSource = "single-source"
        /// Two or more sources give the same position, with no incompatible one between them.
        case consensus
        /// Two sources place the same transition at different times.
        case dating
        /// Two sources give different states for the same time.
        case dissent
        /// A different state inside the persistence window, with no change reported.
        case unexplainedChange = "unexplained-change"
        /// A stated change that follows from the figures within rounding (informational).
        case consistent
        /// A figure implied by a stated change and one of the two figures it relates (informational).
        case derived
        /// Sources of the same standing place a forecast's outcome on both sides of its horizon.
        case forecastDisputed = "forecast-disputed"
        /// A forecast whose band straddles 50% ("could"): its event's fate is known, but it made no call.
        case forecastNoCall = "forecast-no-call"
        /// A claim of a step its parties take on their own that names no party, when the parties
        /// stood at different steps: it could mean one party or the whole.
        case ambiguousParty = "ambiguous-party"

        /// Flags an analyst must look at go to the review queue.
        public var needsReview: Bool {
            switch self {
            case .contradiction, .disputedReport, .arithmetic, .anachronism, .forecastMissed, .dating, .dissent, .unexplainedChange, .forecastDisputed, .ambiguousParty: return true
            default: return false
            }
        }

        /// The position in `allCases`, without searching it.
        var rank: Int {
            switch self {
            case .agreement: 0
            case .contradiction: 1
            case .disputedReport: 2
            case .update: 3
            case .reversal: 4
            case .forecastBorneOut: 5
            case .forecastMissed: 6
            case .forecastUnresolved: 7
            case .anachronism: 8
            case .arithmetic: 9
            case .singleSource: 10
            case .consensus: 11
            case .dating: 12
            case .dissent: 13
            case .unexplainedChange: 14
            case .consistent: 15
            case .derived: 16
            case .forecastDisputed: 17
            case .forecastNoCall: 18
            case .ambiguousParty: 19
            }
        }
    }

    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case info, low, medium, high
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

        /// The position in `allCases`.
        var rank: Int {
            switch self {
            case .info: 0
            case .low: 1
            case .medium: 2
            case .high: 3
            }
        }
    }

    /// Stable short id, e.g. `f-k3m9q2x7ab`: `number` in ten base-32 digits.
    public var id: String { Flag.idText(number) }
    /// The id's hash, ordered as `id` is: flags sort and de-duplicate by it without reading strings.
    let number: UInt64
    /// The identifier of the rule that raised it.
    public var rule: String
    public var kind: Kind
    public var severity: Severity
    /// The proposition key the flag is about.
    public var proposition: String
    /// Claim ids, earliest first.
    public var claims: [String] {
        get { evidence.ids }
        set { evidence = Evidence(newValue) }
    }
    /// The claim ids; one or two (most flags) are kept without an array of their own.
    var evidence: Evidence

    enum Evidence: Hashable, Sendable {
        case one(String)
        case two(String, String)
        case many([String])

        init(_ ids: [String]) {
            switch ids.count {
            case 1: self = .one(ids[0])
            case 2: self = .two(ids[0], ids[1])
            default: self = .many(ids)
            }
        }

        var ids: [String] {
            switch self {
            case .one(let a): [a]
            case .two(let a, let b): [a, b]
            case .many(let ids): ids
            }
        }

        func contains(_ id: String) -> Bool {
            switch self {
            case .one(let a): a == id
            case .two(let a, let b): a == id || b == id
            case .many(let ids): ids.contains(id)
            }
        }
    }
    /// One plain sentence saying why it fired, with the thresholds used.
    ///
    /// Worded when read: a million claims raise about a million flags, and reports show few of
    /// them, so the sentence is kept as the means to write it.
    public var why: String {
        get { reason() }
        set { reason = { newValue } }
    }
    private var reason: @Sendable () -> String

    /// - Parameter idSubject: what the id is derived from besides the rule; by default the claims.
    public init(rule: String, kind: Kind, severity: Severity, proposition: String, claims: [String],
                why: @autoclosure @escaping @Sendable () -> String, idSubject: [String]? = nil) {
        self.rule = rule
        self.kind = kind
        self.severity = severity
        self.proposition = proposition
        self.evidence = Evidence(claims)
        self.reason = why
        self.number = Flag.hash(rule: rule, subject: idSubject ?? claims)
    }

    /// A flag on two claims (earlier first), the common case, made without an array.
    init(rule: String, kind: Kind, severity: Severity, proposition: String, pair a: String, _ b: String,
         why: @autoclosure @escaping @Sendable () -> String) {
        self.rule = rule
        self.kind = kind
        self.severity = severity
        self.proposition = proposition
        self.evidence = .two(a, b)
        self.reason = why
        self.number = Flag.hash(rule: rule, min(a, b), max(a, b))
    }

    public static func == (a: Flag, b: Flag) -> Bool {
        a.number == b.number && a.rule == b.rule && a.kind == b.kind && a.severity == b.severity && a.proposition == b.proposition
            && a.evidence == b.evidence && a.why == b.why
    }

    public func hash(into h: inout Hasher) { h.combine(number) }

    /// A fingerprint of the evidence the flag rests on: `e-` and ten base-32 digits of FNV-1a
    /// over its kind and, claim by claim in order, each claim's id, value and time as written.
    ///
    /// The id stays when the evidence changes (the same two claims, re-dated, still make the
    /// same finding); the fingerprint does not, so a disposition that records it can tell that
    /// the evidence it judged has changed (`Docs/findings.md`, "Identity").
    public func fingerprint(in set: AnnotationSet) -> String {
        var h = FNV(kind.rawValue)
        for id in claims {
            for part in set.claim(id).map({ [$0.id, $0.value.text, $0.time.text] }) ?? [id] {
                h.add(UInt8(ascii: "|"))
                h.add(part)
            }
        }
        var text = Flag.idText(h.number)
        text.replaceSubrange(text.startIndex...text.startIndex, with: "e")
        return text
    }

    /// FNV-1a over the rule and the sorted subjects joined by `|`, written in 10 base-32 digits.
    public static func makeID(rule: String, subject: [String]) -> String { idText(hash(rule: rule, subject: subject)) }

    /// The 50 bits of FNV-1a (over the rule and the sorted subjects joined by `|`) that the id
    /// shows, its first digit in the highest bits, so that numbers order as ids do.
    static func hash(rule: String, subject: [String]) -> UInt64 {
        // The common case, put in order without an array.
        if subject.count == 2 { return hash(rule: rule, min(subject[0], subject[1]), max(subject[0], subject[1])) }
        var h = FNV(rule)
        for s in subject.sorted() {
            h.add(UInt8(ascii: "|"))
            h.add(s)
        }
        return h.number
    }

    /// `hash(rule:subject:)` of two subjects already in order, without an array.
    static func hash(rule: String, _ first: String, _ second: String) -> UInt64 {
        var h = FNV(rule)
        h.add(UInt8(ascii: "|"))
        h.add(first)
        h.add(UInt8(ascii: "|"))
        h.add(second)
        return h.number
    }

    /// 64-bit FNV-1a, read off as an id number.
    private struct FNV {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325

        init(_ s: String) { add(s) }

        mutating func add(_ byte: UInt8) {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }

        mutating func add(_ s: String) {
            var s = s
            s.withUTF8 { for byte in $0 { add(byte) } }
        }

        /// The id's digits are the hash's 5-bit groups from the lowest; the number puts the
        /// first digit highest.
        var number: UInt64 {
            var h = h, number: UInt64 = 0
            for _ in 0..<10 {
                number = number << 5 | (h & 31)
                h >>= 5
            }
            return number
        }
    }

    /// `f-` and the number's ten base-32 digits, highest first.
    static func idText(_ number: UInt64) -> String {
        String(unsafeUninitializedCapacity: 12) { buf in
            buf[0] = UInt8(ascii: "f")
            buf[1] = UInt8(ascii: "-")
            for i in 0..<10 {
                buf[2 + i] = idAlphabet[Int(number >> UInt64(45 - 5 * i) & 31)]
            }
            return 12
        }
    }

    static let idAlphabet: [UInt8] = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    /// Ordered by proposition, then kind, then id.
    public static func < (a: Flag, b: Flag) -> Bool {
        (a.proposition, a.kind.rank, a.number) < (b.proposition, b.kind.rank, b.number)
    }
}
