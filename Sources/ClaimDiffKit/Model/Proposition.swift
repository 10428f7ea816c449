/// A question the papers answer, declared in the vocabulary, with the rules for comparing
/// its values.
public struct Proposition: Hashable, Sendable {
    /// How values of a proposition compare.
    public enum Kind: String, Sendable, CaseIterable {
        case category, ladder, amount, likelihood
    }

    public var key: String
    public var kind: Kind
    public var title: String
    public var note: String?
    public var location: SourceLocation
    /// Category terms in declaration order.
    public var terms: [String] = []
    /// Groups of equivalent terms.
    public var equivalents: [[String]] = []
    /// Pairs of compatible terms (unordered).
    public var compatibles: [TermPair] = []
    /// Pairs of mutually exclusive terms (unordered).
    public var exclusions: [TermPair] = []
    public var ladder: Ladder?
    public var unit: String?
    /// Relative tolerance for amounts (0.05 for 5%).
    public var tolerance: Double = 0
    public var scale: Scale?

    public init(key: String, kind: Kind, title: String, location: SourceLocation) {
        self.key = key
        self.kind = kind
        self.title = title
        self.location = location
    }

    /// The first segment of the key, used to group propositions in reports.
    public var topic: String { String(key.split(separator: ".").first ?? Substring(key)) }

    /// An unordered pair of terms.
    public struct TermPair: Hashable, Sendable {
        public var a: String
        public var b: String
        public init(_ x: String, _ y: String) { (a, b) = x <= y ? (x, y) : (y, x) }
    }

    /// How two category terms relate.
    public enum TermRelation: String, Sendable {
        case same, equivalent, compatible, excluded, unrelated
        public var agrees: Bool { self == .same || self == .equivalent || self == .compatible }
    }

    /// Relates two terms through the declared equivalences, compatibilities and exclusions.
    ///
    /// Exclusions and compatibilities declared for a term hold for every term equivalent to it.
    public func relation(_ x: String, _ y: String) -> TermRelation {
        if x == y { return .same }
        let cx = equivalenceClass(x), cy = equivalenceClass(y)
        if cx.contains(y) { return .equivalent }
        for a in cx { for b in cy where exclusions.contains(TermPair(a, b)) { return .excluded } }
        for a in cx { for b in cy where compatibles.contains(TermPair(a, b)) { return .compatible } }
        return .unrelated
    }

    /// The term and every term declared equivalent to it.
    public func equivalenceClass(_ t: String) -> [String] {
        equivalents.first { $0.contains(t) } ?? [t]
    }
}
