/// Turns annotation files into an `AnnotationSet`, collecting every problem.
///
/// Files are read in two passes: the vocabulary (ladders, scales, propositions) from every
/// file first, then papers, claims and reviews, so the order of files does not matter. A
/// record with an error is reported and left out; the parser never guesses a value.
public struct AnnotationParser {
    public private(set) var diagnostics: [Diagnostic] = []
    var ladders: [String: Ladder] = [:]
    var scales: [String: Scale] = [:]
    var propositions: [String: Proposition] = [:]
    var speakers: [String: Speaker] = [:]
    /// Where each claim's `speaker`, `relays` and `cites` values were written, by claim id and
    /// field, for errors found once every file is read (the precise path only).
    var referenceLocations: [String: SourceLocation] = [:]
    var papers: [String: Paper] = [:]
    /// Claims in the order read; `claimName` keeps their ids unique.
    var claims: [Claim] = []
    var reviews: [Review] = []
    /// Where each review's `resolved-by` value was written, by flag id, for errors found later.
    var resolvedByLocations: [String: SourceLocation] = [:]
    /// Where each id was first defined, by namespace, for duplicate errors.
    var firstDefinition: [Definition: SourceLocation] = [:]
    /// Values already read, by their text: a corpus writes the same dates, steps and figures
    /// over and over, and reading one is the same every time.
    var memo = Memo()
    /// The origin of the claim built last: the next claim of the same paper shares it.
    var lastOrigin: Claim.Origin?

    struct Definition: Hashable {
        var namespace: String
        var id: String
    }

    struct Memo {
        var dates: [String: Result<TimeSpan, TimeSpan.ParseError>] = [:]
        var steps: [Definition: Result<LadderRange, Ladder.LadderError>] = [:]
        var amounts: [String: Result<Amount, Amount.AmountError>] = [:]
        /// A category's terms, equivalences, compatibilities and exclusions, by the four fields' values.
        var terms: [[String?]: ([String], [[String]], [Proposition.TermPair], [Proposition.TermPair])] = [:]
    }

    public init() {}

    /// Parses decoded files; returns the set and every diagnostic, sorted by location.
    public static func parse(_ sources: [SourceText]) -> (AnnotationSet, [Diagnostic]) {
        var parser = AnnotationParser()
        var files: [SyntaxFile] = []
        for source in sources {
            var reader = RecordReader(source: source)
            files.append(reader.read())
            parser.diagnostics += reader.diagnostics
        }
        return parser.build(files)
    }

    /// Builds the model from syntax trees.
    public mutating func build(_ files: [SyntaxFile]) -> (AnnotationSet, [Diagnostic]) {
        buildVocabulary(files)
        for file in files { buildRecords(of: file) }
        return finish()
    }

    /// The first pass: ladders and scales, then propositions, from every file.
    mutating func buildVocabulary(_ files: [SyntaxFile]) {
        let records = files.flatMap(\.records)
        buildLaddersAndScales(records)
        for r in records where r.keyword == "proposition" {
            checkFields(r)
            buildProposition(r)
        }
        resolveLinks()
    }

    /// Ladders and scales, which propositions refer to.
    mutating func buildLaddersAndScales(_ records: [SyntaxRecord]) {
        for r in records where r.keyword == "ladder" || r.keyword == "scale" || r.keyword == "speaker" {
            checkFields(r)
            switch r.keyword {
            case "ladder": buildLadder(r)
            case "scale": buildScale(r)
            default: buildSpeaker(r)
            }
        }
    }

    /// The second pass, one file at a time: papers, their claims, and reviews.
    mutating func buildRecords(of file: SyntaxFile) {
        var currentPaper: (id: String, paper: Paper?)?
        for item in file.items {
            guard case .record(let r) = item else { continue }
            switch r.keyword {
            case "paper":
                checkFields(r)
                currentPaper = (r.id, buildPaper(r))
            case "claim":
                checkFields(r)
                guard let current = currentPaper else {
                    if file.unreadablePaperHeaders.contains(where: { $0 < r.location }) {
                        buildClaim(r, paper: nil)
                        continue
                    }
                    error(r.location, "claim '\(r.id)' comes before any paper record in this file; claims belong to the paper above them")
                    continue
                }
                buildClaim(r, paper: current.paper)
            case "review":
                checkFields(r)
                buildReview(r)
            default:
                continue
            }
        }
    }

    /// Checks what spans files and returns the set with every diagnostic, sorted by location.
    /// `claimsInOrder` says the claims are already sorted by id (the fast loader checks that).
    mutating func finish(claimsInOrder: Bool = false) -> (AnnotationSet, [Diagnostic]) {
        checkReviewReferences()
        checkClaimReferences()
        diagnostics += SpeakerNames.warnings(speakers: Array(speakers.values), claims: claims, locations: referenceLocations)
        var set = AnnotationSet(papers: Array(papers.values), claims: claims,
                                propositions: Array(propositions.values), ladders: Array(ladders.values),
                                scales: Array(scales.values), reviews: reviews, claimsInOrder: claimsInOrder)
        if !speakers.isEmpty { set.speakers = Array(speakers.values) }
        return (set, diagnostics.sorted())
    }

    // MARK: - Shared checks

    mutating func error(_ at: SourceLocation, _ message: String, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(at: at, message, notes: notes))
    }

    /// Reports unknown and missing fields of a record.
    mutating func checkFields(_ r: SyntaxRecord) {
        guard let schema = RecordSchema.named(r.keyword), !schema.fields.isEmpty else { return }
        for f in r.fields where !schema.fields.contains(f.key) {
            error(f.keyLocation, "unknown field '\(f.key)' in \(r.keyword) '\(r.id)'\(Suggestion.hint(f.key, schema.fields))")
        }
        for key in schema.required {
            missing(r, key, "\(r.keyword) '\(r.id)' is missing required field '\(key)'")
        }
    }

    /// Reports a field as missing unless it is there or was written but could not be read.
    /// The message is worded only when the field is missing (a record that has it, which is
    /// nearly every record, costs no string).
    mutating func missing(_ r: SyntaxRecord, _ key: String, _ message: @autoclosure () -> String) {
        if r.field(key) == nil, !r.unreadableFields.contains(key) { error(r.location, message()) }
    }

    /// True when an id was declared, even if its record was rejected: a reference to it is not
    /// reported as unknown, since the record's own error says what is wrong.
    func wasDeclared(_ namespace: String, _ id: String) -> Bool {
        firstDefinition[Definition(namespace: namespace, id: id)] != nil
    }

    /// Checks an identifier's spelling; ids can never be paths.
    mutating func checkIdentifier(_ id: String, at loc: SourceLocation, what: String, dotted: Bool = false) -> Bool {
        let ok = Self.isIdentifier(id)
        if !ok {
            error(loc, "invalid \(what) '\(id)'; use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'")
        }
        return ok
    }

    /// Lower-case ASCII letters, digits, `-`, `_` and `.`, starting with a letter or digit, no `..`
    /// (one pass over the bytes: any other scalar has a byte outside these).
    static func isIdentifier(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { bytes in
            var previous: UInt8 = 0
            for i in bytes.indices {
                let b = bytes[i]
                let alnum = (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                if i == 0 ? !alnum : !(alnum || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")) { return false }
                if b == UInt8(ascii: "."), previous == UInt8(ascii: ".") { return false }
                previous = b
            }
            return !bytes.isEmpty
        }
    }

    /// Records the first definition of an id; reports a duplicate at both places.
    mutating func claimName(_ namespace: String, _ id: String, at loc: SourceLocation) -> Bool {
        let key = Definition(namespace: namespace, id: id)
        if let first = firstDefinition[key] {
            error(loc, "duplicate \(namespace) id '\(id)'",
                  notes: [.init(location: first, message: "\(namespace) '\(id)' first defined here")])
            return false
        }
        firstDefinition[key] = loc
        return true
    }

    /// Parses a date field, reporting a precise message on failure.
    mutating func date(_ f: SyntaxField) -> TimeSpan? {
        let parsed = memo.dates[f.value] ?? TimeSpan.parse(f.value)
        memo.dates[f.value] = parsed
        switch parsed {
        case .success(let s): return s
        case .failure(let e): error(f.valueLocation, ClaimBuilder.wording(e, field: f.key))
        }
        return nil
    }
}
