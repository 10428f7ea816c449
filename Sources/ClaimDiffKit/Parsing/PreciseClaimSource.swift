/// A claim record of the precise path, as `ClaimBuilder` reads it: fields of a `SyntaxRecord`,
/// values read through the parser's memo, every problem worded as a diagnostic.
struct PreciseClaimSource: ClaimSource {
    var parser: AnnotationParser
    let record: SyntaxRecord
    /// The record's fields by their place in `ClaimSchema` (an unknown field, which the
    /// record's field check reports, is not read).
    private var slots: [SyntaxField?]
    private var given: [Int] = []

    init(parser: AnnotationParser, record: SyntaxRecord) {
        self.parser = parser
        self.record = record
        slots = Array(repeating: nil, count: ClaimSchema.fields.count)
        for f in record.fields {
            if let i = ClaimSchema.names.firstIndex(of: f.key), slots[i] == nil { slots[i] = f; given.append(i) }
        }
    }

    static var wordsProblems: Bool { true }
    var layout: ClaimSchema.Layout { ClaimSchema.layout }

    mutating func report(_ at: SourceLocation, _ message: String) { parser.error(at, message) }

    mutating func claimID() -> String? {
        let r = record
        guard parser.checkIdentifier(r.id, at: r.idLocation, what: "claim id"), parser.claimName("claim", r.id, at: r.idLocation) else { return nil }
        return r.id
    }

    func field(_ index: Int) -> SyntaxField? { slots[index] }
    var writtenCount: Int { given.count }
    func written(_ n: Int) -> (index: Int, field: SyntaxField) { (given[n], slots[given[n]]!) }
    func keyLocation(_ f: SyntaxField) -> SourceLocation { f.keyLocation }
    func valueLocation(_ f: SyntaxField) -> SourceLocation { f.valueLocation }
    func text(_ f: SyntaxField) -> String { f.value }
    func isQuoted(_ f: SyntaxField) -> Bool { f.quoted }
    func isBlank(_ f: SyntaxField) -> Bool { f.value.isBlank }

    mutating func proposition(_ about: SyntaxField) -> (key: String, kind: Proposition.Kind, entry: Proposition)? {
        guard let p = parser.propositions[about.value] else {
            if parser.wasDeclared("proposition", about.value) { return nil }
            parser.error(about.valueLocation, "unknown proposition '\(about.value)'\(Suggestion.hint(about.value, Array(parser.propositions.keys)))")
            return nil
        }
        return (p.key, p.kind, p)
    }

    mutating func span(_ f: SyntaxField) -> Result<TimeSpan, TimeSpan.ParseError> {
        let parsed = parser.memo.dates[f.value] ?? TimeSpan.parse(f.value)
        parser.memo.dates[f.value] = parsed
        return parsed
    }

    mutating func change(_ f: SyntaxField) -> (TimeSpan, TimeSpan)? { Self.change(f.value) }

    /// `FROM -> TO`: two periods, the first before the second.
    static func change(_ text: String) -> (TimeSpan, TimeSpan)? {
        let sides = text.components(separatedBy: "->")
        guard sides.count == 2, case .success(let x) = TimeSpan.parse(sides[0]), case .success(let y) = TimeSpan.parse(sides[1]),
              x.end < y.start else { return nil }
        return (x, y)
    }

    mutating func value(_ f: SyntaxField, _ p: (key: String, kind: Proposition.Kind, entry: Proposition), isChange: Bool) -> Claim.ValueBox? {
        parser.claimValue(f, proposition: p.entry, isChange: isChange).map(Claim.ValueBox.init)
    }

    func isLikelihoodTerm(_ f: SyntaxField) -> Bool { parser.scales.values.contains { $0.band(f.value) != nil } }
    func likelihoodTerms() -> [String] { parser.scales.values.flatMap { $0.bands.map(\.term) } }

    func make(_ draft: inout Claim.Draft, quote: SyntaxField, note: SyntaxField?, origin: Claim.Origin) -> Claim {
        var (q, n) = (quote.value, note?.value)
        return q.withUTF8 { q in
            Claim.withBytes(&n) { Claim(&draft, origin: origin, quote: q, note: $0, line: record.location.line, column: record.location.column) }
        }
    }
}
