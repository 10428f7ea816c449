/// What a claim is built from: one record's fields by their place in `ClaimSchema`, readers of
/// their values, and where problems go.
///
/// The precise path (`AnnotationParser`) reads a `SyntaxRecord` and words every problem; the
/// fast path (`FastClaimBuilder`) reads byte tokens, memoises values by their bytes and, at the
/// first problem, stops: the file goes to the precise path. Everything else (which fields a
/// claim takes, what each applies to, how they are checked against each other and stored) is
/// `ClaimBuilder`'s, once.
protocol ClaimSource {
    associatedtype Field
    /// What the builder keeps of a proposition, for reading a value.
    associatedtype Entry

    /// The claim's id, or nil when it is not a valid one (or a duplicate).
    mutating func claimID() -> String?
    /// Where the fields are (kept by the source: one look-up, not one per claim).
    var layout: ClaimSchema.Layout { get }
    /// The record's field at a position of `ClaimSchema.fields`, if written.
    func field(_ index: Int) -> Field?
    /// How many fields of the schema the record gives, and the `n`th of them (in any order)
    /// with its position in `ClaimSchema.fields`.
    var writtenCount: Int { get }
    func written(_ n: Int) -> (index: Int, field: Field)
    /// Where the field's key was written, for ordering and for a problem's location.
    func keyLocation(_ f: Field) -> SourceLocation
    func valueLocation(_ f: Field) -> SourceLocation
    /// The value as the parser sees it: quotes removed, escapes resolved.
    func text(_ f: Field) -> String
    func isQuoted(_ f: Field) -> Bool
    /// True when the value is only blanks.
    func isBlank(_ f: Field) -> Bool

    /// The proposition `about` names: its key, kind and entry; nil when unknown (reported).
    mutating func proposition(_ about: Field) -> (key: String, kind: Proposition.Kind, entry: Entry)?
    mutating func span(_ f: Field) -> Result<TimeSpan, TimeSpan.ParseError>
    mutating func change(_ f: Field) -> (TimeSpan, TimeSpan)?
    /// The value for the proposition; nil when it is not one (reported, in the precise path's words).
    mutating func value(_ f: Field, _ p: (key: String, kind: Proposition.Kind, entry: Entry), isChange: Bool) -> Claim.ValueBox?
    /// True when some scale has the term; `likelihoodTerms` for a suggestion.
    func isLikelihoodTerm(_ f: Field) -> Bool
    func likelihoodTerms() -> [String]

    /// True when problems are worded and reported (the precise path); false when the builder
    /// gives up on the claim at the first (the fast path, which hands the file over), and no
    /// message or location is made.
    static var wordsProblems: Bool { get }
    mutating func report(_ at: SourceLocation, _ message: String)
    /// The claim from its draft, with the quote's and note's bytes.
    func make(_ draft: inout Claim.Draft, quote: Field, note: Field?, origin: Claim.Origin) -> Claim
}

/// Builds a claim from either path's fields through `ClaimSchema`: the one place where a
/// claim's fields are read, checked and stored.
enum ClaimBuilder {
    /// The claim, or nil when it has a problem (reported to the source) or no paper (`origin`
    /// nil: the claim is still checked).
    static func build<S: ClaimSource>(_ s: inout S, origin: Claim.Origin?) -> Claim? {
        // A missing `about` or `value` is reported by the record's field check.
        let at = s.layout
        guard let id = s.claimID(), let aboutField = s.field(at.about), let valueField = s.field(at.value) else { return nil }
        guard let p = s.proposition(aboutField) else { return nil }
        var d = Claim.Draft()
        (d.id, d.about) = (id, p.key)
        // A missing quote is reported by the field check; the rest of the claim is still checked.
        let quote = s.field(at.quote)
        var ok = quote != nil
        func problem(_ at: @autoclosure () -> SourceLocation, _ message: @autoclosure () -> String) -> Bool {
            ok = false
            guard S.wordsProblems else { return false }
            let (location, text) = (at(), message())
            s.report(location, text)
            return true
        }
        if let quote, !s.isQuoted(quote) {
            guard problem(s.valueLocation(quote), "quote of claim '\(id)' must be double-quoted") else { return nil }
        } else if let quote, s.isBlank(quote) {
            guard problem(s.valueLocation(quote), "quote of claim '\(id)' is empty") else { return nil }
        }
        var isChange = false
        // Only the fields given; the order does not matter (diagnostics are sorted).
        for n in 0..<s.writtenCount {
            let (i, f) = s.written(n)
            let field = at.table.baseAddress! + i
            // A field on the wrong kind of proposition is reported, and its value still read,
            // so that a problem in it is reported too.
            if let only = field.pointee.only, p.kind != only {
                guard problem(s.keyLocation(f), field.pointee.misapplied(p.key, p.kind)) else { return nil }
            }
            switch field.pointee.reading {
            case .about, .value, .quote, .note:
                break
            case .span(let store):
                switch s.span(f) {
                case .success(let span): store(&d, span, p.kind)
                case .failure(let e): guard problem(s.valueLocation(f), Self.wording(e, field: field.pointee.name)) else { return nil }
                }
            case .change:
                isChange = true
                if let c = s.change(f) {
                    d.extra.rare.change = c
                } else if let text = Optional(s.text(f)), text.components(separatedBy: "->").count != 2 {
                    guard problem(s.valueLocation(f), "change must be 'FROM -> TO', got '\(text)'") else { return nil }
                } else {
                    guard problem(s.valueLocation(f), "change must name two periods, the first before the second, got '\(s.text(f))'") else { return nil }
                }
            case .likelihood:
                if s.field(at.by) == nil {
                    guard problem(s.keyLocation(f), "'likelihood' qualifies a forecast; add 'by' or remove it") else { return nil }
                } else if !s.isLikelihoodTerm(f) {
                    let v = s.text(f)
                    guard problem(s.valueLocation(f), "unknown likelihood term '\(v)'\(Suggestion.hint(v, s.likelihoodTerms()))") else { return nil }
                } else {
                    d.extra.likelihood = s.text(f)
                }
            case .text(let store):
                store(&d, s.text(f))
            case .reference(let what, let store):
                let v = s.text(f)
                if AnnotationParser.isIdentifier(v) {
                    store(&d, v)
                } else {
                    guard problem(s.valueLocation(f), "invalid \(what) '\(v)' in field '\(field.pointee.name)'; use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'") else { return nil }
                }
            case .flag(let store):
                let v = s.text(f)
                if v == "yes" || v == "no" {
                    store(&d, v == "yes")
                } else {
                    guard problem(s.valueLocation(f), "\(field.pointee.name) must be 'yes' or 'no', got '\(v)'") else { return nil }
                }
            case .choice(let words, let store):
                let v = s.text(f)
                if words.contains(v) {
                    store(&d, v)
                } else {
                    guard problem(s.valueLocation(f), "\(field.pointee.name) must be \(Self.either(words)), got '\(v)'") else { return nil }
                }
            }
        }
        let (asOf, period, event) = (s.field(at.asOf), s.field(at.period), s.field(at.event))
        if (asOf == nil ? 0 : 1) + (period == nil ? 0 : 1) + (event == nil ? 0 : 1) > 1 {
            // In the order written, so the error points at the second one given.
            let written = [(at.asOf, asOf), (at.period, period), (at.event, event)]
                .compactMap { i, f in f.map { (ClaimSchema.names[i], $0) } }.sorted { s.keyLocation($0.1) < s.keyLocation($1.1) }
            guard problem(s.keyLocation(written[1].1), "claim '\(id)' gives both '\(written[0].0)' and '\(written[1].0)'; give at most one of as-of, period and event") else { return nil }
        }
        if s.field(at.by) != nil, let denied = s.field(at.deniedBy) {
            guard problem(s.keyLocation(denied), "a claim cannot be both a forecast ('by') and a denial ('denied-by')") else { return nil }
        }
        guard let value = s.value(valueField, p, isChange: isChange) else { return nil }
        d.value = value
        guard ok, let origin, let quote else { return nil }
        return s.make(&d, quote: quote, note: s.field(at.note), origin: origin)
    }

    /// A date field's problem, worded.
    static func wording(_ e: TimeSpan.ParseError, field: String) -> String {
        switch e {
        case .impossible(let t): "impossible date '\(t)' in field '\(field)'"
        case .reversed(let t): "date span '\(t)' in field '\(field)' ends before it starts"
        case .malformed(let t): "malformed date '\(t)' in field '\(field)'; expected YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or A..B"
        }
    }

    /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
    static func either(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        return quoted.count < 2 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}
