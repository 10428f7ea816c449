import Foundation

/// A flag with its evidence spelled out, as `flags --format json` and `export` write it.
public struct FlagRecord: Codable, Equatable, Sendable {
    public struct ClaimEvidence: Codable, Equatable, Sendable {
        public var id: String
        public var paper: String
        /// The time the claim speaks of.
        public var date: String
        /// When its paper was published.
        public var published: String
        public var value: String
        public var stance: String
        public var quote: String
    }

    public var id: String
    public var kind: String
    public var rule: String
    public var severity: String
    public var proposition: String
    public var why: String
    /// The evidence's fingerprint (`Flag.fingerprint(in:)`).
    public var fingerprint: String
    public var claims: [ClaimEvidence]

    public init(_ f: Flag, in set: AnnotationSet) {
        id = f.id
        kind = f.kind.rawValue
        rule = f.rule
        severity = f.severity.rawValue
        proposition = f.proposition
        why = f.why
        fingerprint = f.fingerprint(in: set)
        claims = f.claims.compactMap { set.claim($0) }.map { c in
            ClaimEvidence(id: c.id, paper: c.paper, date: c.time.text, published: c.madeAt.text, value: c.value.text,
                          stance: c.stance.rawValue, quote: c.quote)
        }
    }

    /// Deterministic JSON: sorted keys, no escaped slashes.
    public static func json<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? e.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}
