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

        /// Flags an analyst must look at go to the review queue.
        public var needsReview: Bool {
            switch self {
            case .contradiction, .disputedReport, .arithmetic, .anachronism, .forecastMissed: return true
            default: return false
            }
        }
    }

    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case info, low, medium, high
        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Stable short id, e.g. `f-k3m9q2x7ab`.
    public var id: String
    /// The identifier of the rule that raised it.
    public var rule: String
    public var kind: Kind
    public var severity: Severity
    /// The proposition key the flag is about.
    public var proposition: String
    /// Claim ids, earliest first.
    public var claims: [String]
    /// One plain sentence saying why it fired, with the thresholds used.
    public var why: String

    /// - Parameter idSubject: what the id is derived from besides the rule; by default the claims.
    public init(rule: String, kind: Kind, severity: Severity, proposition: String, claims: [String], why: String,
                idSubject: [String]? = nil) {
        self.rule = rule
        self.kind = kind
        self.severity = severity
        self.proposition = proposition
        self.claims = claims
        self.why = why
        self.id = Flag.makeID(rule: rule, subject: idSubject ?? claims)
    }

    /// FNV-1a over the rule and the sorted subjects, written in 10 base-32 digits.
    public static func makeID(rule: String, subject: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ([rule] + subject.sorted()).joined(separator: "|").utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
        var s = ""
        for _ in 0..<10 {
            s.append(alphabet[Int(h & 31)])
            h >>= 5
        }
        return "f-" + s
    }

    /// Ordered by proposition, then kind, then id.
    public static func < (a: Flag, b: Flag) -> Bool {
        (a.proposition, Kind.allCases.firstIndex(of: a.kind)!, a.id) < (b.proposition, Kind.allCases.firstIndex(of: b.kind)!, b.id)
    }
}
