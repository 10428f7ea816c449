/// A question the papers answer, declared in the vocabulary, with the rules for comparing
/// its values.
public struct Proposition: Hashable, Sendable {
    /// How values of a proposition compare.
    public enum Kind: String, Sendable, CaseIterable {
        case category, ladder, amount, likelihood
    }

    /// The fields, in one shared box: a proposition is copied into every group, pair and
    /// flag reason, and a copy is then one reference.
    private var box: Box

    public var key: String { get { box.f.key } set { edit { $0.key = newValue } } }
    public var kind: Kind { get { box.f.kind } set { edit { $0.kind = newValue } } }
    public var title: String { get { box.f.title } set { edit { $0.title = newValue } } }
    public var note: String? { get { box.f.note } set { edit { $0.note = newValue } } }
    public var location: SourceLocation { get { box.f.location } set { edit { $0.location = newValue } } }
    /// Category terms in declaration order.
    public var terms: [String] { get { box.f.terms } set { edit { $0.terms = newValue } } }
    /// Groups of equivalent terms.
    public var equivalents: [[String]] { get { box.f.equivalents } set { edit { $0.equivalents = newValue } } }
    /// Pairs of compatible terms (unordered).
    public var compatibles: [TermPair] { get { box.f.compatibles } set { edit { $0.compatibles = newValue } } }
    /// Pairs of mutually exclusive terms (unordered).
    public var exclusions: [TermPair] { get { box.f.exclusions } set { edit { $0.exclusions = newValue } } }
    public var ladder: Ladder? { get { box.f.ladder } set { edit { $0.ladder = newValue } } }
    public var unit: String? { get { box.f.unit } set { edit { $0.unit = newValue } } }
    /// Relative tolerance for amounts (0.05 for 5%).
    public var tolerance: Double { get { box.f.tolerance } set { edit { $0.tolerance = newValue } } }
    public var scale: Scale? { get { box.f.scale } set { edit { $0.scale = newValue } } }
    /// How long a category or likelihood state is taken to hold after it is reported, in
    /// months, when the proposition declares it (`persists:`); nil for the default.
    public var persistsMonths: Int? { get { box.f.persistsMonths } set { edit { $0.persistsMonths = newValue } } }
    /// Every claim describes a fact fixed at an event (`fixed: yes`): claims are compared
    /// whatever their dates.
    public var fixed: Bool { get { box.f.fixed } set { edit { $0.fixed = newValue } } }
    /// Links to other propositions (`implies:`, `rules-out:`, `resolves-on:`), resolved once
    /// every proposition is declared.
    public var links: [PropositionLink] { get { box.f.links } set { edit { $0.links = newValue } } }
    /// The link fields as written, with where: what the parser resolves into `links`.
    var linkFields: [LinkField] { get { box.f.linkFields } set { edit { $0.linkFields = newValue } } }

    /// Other units its figures may be written in, with the factor to the proposition's unit
    /// (`converts: 1 bcf = 0.0283168 bcm; 1 EUR = 1.08 USD as of 2023-06`).
    public var conversions: [UnitConversion] { get { box.f.conversions } set { edit { $0.conversions = newValue } } }

    /// A unit a figure may be written in and its value in the proposition's unit.
    public struct UnitConversion: Hashable, Sendable {
        public var unit: String
        /// How many of the proposition's unit one `unit` is.
        public var factor: Double
        /// As written: `1 EUR = 1.08 USD as of 2023-06`.
        public var text: String
        public init(unit: String, factor: Double, text: String) {
            self.unit = unit
            self.factor = factor
            self.text = text
        }
    }

    /// A figure in the proposition's own unit: converted by the declared factor when written in
    /// another unit, unchanged otherwise.
    public func normalized(_ a: Amount) -> Amount {
        guard let u = unit, a.unit != u, let c = conversions.first(where: { $0.unit == a.unit }) else { return a }
        return Amount(value: a.value * c.factor, low: a.low * c.factor, high: a.high * c.factor, approximate: a.approximate, unit: u,
                      text: "\(a.text) (\(Numbers.amount(a.value * c.factor, unit: u)) at \(c.text))")
    }

    /// A link field as written.
    struct LinkField: Hashable, Sendable {
        var kind: PropositionLink.Kind
        var value: String
        var location: SourceLocation
    }
    /// A ladder whose parties each take its steps (`parties: arvania, belmark`): a claim with
    /// `party:` reports one party's step; empty for most propositions.
    public var parties: [String] { get { box.f.parties } set { edit { $0.parties = newValue } } }
    /// The last step the parties take each on their own (`parties-up-to: ratified`), as an index
    /// of the ladder's steps: up to it the whole is at the lowest step of its parties, and a step
    /// beyond it belongs to the whole.
    public var partiesUpTo: Int? { get { box.f.partiesUpTo } set { edit { $0.partiesUpTo = newValue } } }

    /// The default persistence window of category and likelihood states, in months.
    public static let defaultPersistenceMonths = 12

    /// The persistence window in days (a month is 365/12 days), and where it comes from.
    public var persistence: (days: Int, months: Int, declared: Bool) {
        let months = persistsMonths ?? Self.defaultPersistenceMonths
        return ((months * 365 + 6) / 12, months, persistsMonths != nil)
    }

    public init(key: String, kind: Kind, title: String, location: SourceLocation) {
        box = Box(Fields(key: key, kind: kind, title: title, location: location))
    }

    public static func == (a: Proposition, b: Proposition) -> Bool { a.box === b.box || a.box.f == b.box.f }
    public func hash(into h: inout Hasher) { h.combine(box.f) }

    private mutating func edit(_ body: (inout Fields) -> Void) {
        var f = box.f
        body(&f)
        box = Box(f)
    }

    struct Fields: Hashable, Sendable {
        var key: String
        var kind: Kind
        var title: String
        var note: String?
        var location: SourceLocation
        var terms: [String] = []
        var equivalents: [[String]] = []
        var compatibles: [TermPair] = []
        var exclusions: [TermPair] = []
        var ladder: Ladder?
        var unit: String?
        var tolerance: Double = 0
        var scale: Scale?
        var persistsMonths: Int?
        var fixed = false
        var links: [PropositionLink] = []
        var linkFields: [LinkField] = []
        var conversions: [UnitConversion] = []
        var parties: [String] = []
        var partiesUpTo: Int?
    }

    final class Box: Sendable {
        let f: Fields
        init(_ f: Fields) { self.f = f }
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
        // A byte search: String.contains(String) goes through Foundation, a hundred times slower.
        if x.utf8.contains(UInt8(ascii: ",")) || y.utf8.contains(UInt8(ascii: ",")) { return setRelation(Self.terms(of: x), Self.terms(of: y)) }
        let cx = equivalenceClass(x), cy = equivalenceClass(y)
        if cx.contains(y) { return .equivalent }
        for a in cx { for b in cy where exclusions.contains(TermPair(a, b)) { return .excluded } }
        for a in cx { for b in cy where compatibles.contains(TermPair(a, b)) { return .compatible } }
        return .unrelated
    }

    /// The terms a category value names: one, or several (`washington, london`: both hold).
    public static func terms(of value: String) -> [String] {
        value.utf8.contains(UInt8(ascii: ",")) ? value.components(separatedBy: ",").map(\.trimmingSpaces) : [value]
    }

    /// How two values that name several terms relate: the same when they name the same states,
    /// excluded when any two of their terms exclude each other, compatible when some term of
    /// one agrees with some term of the other, unrelated otherwise.
    func setRelation(_ xs: [String], _ ys: [String]) -> TermRelation {
        func classes(_ ts: [String]) -> Set<String> { Set(ts.map { equivalenceClass($0).sorted()[0] }) }
        if classes(xs) == classes(ys) { return xs.count == 1 && xs == ys ? .same : .equivalent }
        var agrees = false
        for a in xs {
            for b in ys {
                let r = relation(a, b)
                if r == .excluded { return .excluded }
                if r.agrees { agrees = true }
            }
        }
        return agrees ? .compatible : .unrelated
    }

    /// The term and every term declared equivalent to it.
    public func equivalenceClass(_ t: String) -> [String] {
        equivalents.first { $0.contains(t) } ?? [t]
    }
}
