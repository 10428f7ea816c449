/// A claim record of the fast path, as `ClaimBuilder` reads it: the file's byte tokens, values
/// read through the fast builder's tables, and no words for a problem (the file goes to the
/// precise path instead).
struct FastClaimSource: ClaimSource {
    typealias Field = FastFileBuilder.Token

    /// The builder whose tables read the values; it outlives the source.
    let builder: UnsafeMutablePointer<FastClaimBuilder>
    /// The file and its tokens, by reference (a copy would retain the path and the array).
    let filePointer: UnsafePointer<FastFileBuilder>
    let header: FastFileBuilder.Header
    let tokens: UnsafeBufferPointer<FastFileBuilder.Token>
    /// The token of each field of `ClaimSchema`, -1 for none, and each token's field.
    let slots: UnsafeBufferPointer<Int>
    let keys: UnsafeBufferPointer<Int>

    var file: FastFileBuilder { _read { yield filePointer.pointee } }

    static var wordsProblems: Bool { false }
    var layout: ClaimSchema.Layout { builder.pointee.layout }
    func report(_ at: SourceLocation, _ message: String) {}

    func claimID() -> String? {
        let id = file.string(header.idStart, header.idEnd)
        return AnnotationParser.isIdentifier(id) ? id : nil
    }

    func field(_ index: Int) -> FastFileBuilder.Token? {
        let n = slots[index]
        return n < 0 ? nil : tokens[n]
    }

    var writtenCount: Int { tokens.count }
    func written(_ n: Int) -> (index: Int, field: FastFileBuilder.Token) { (keys[n], tokens[n]) }

    func keyLocation(_ t: Field) -> SourceLocation { file.location(t.line, t.keyColumn) }
    func valueLocation(_ t: Field) -> SourceLocation { file.location(t.line, t.valueColumn) }
    func text(_ t: Field) -> String { file.value(t) }
    func isQuoted(_ t: Field) -> Bool { t.quoted }
    func isBlank(_ t: Field) -> Bool { file.bytes(t).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }

    func proposition(_ about: Field) -> (key: String, kind: Proposition.Kind, entry: UnsafePointer<PropositionTable.Slot>)? {
        guard !about.escaped, let entry = builder.pointee.proposition(file.bytes(about)) else { return nil }
        return (entry.pointee.key, entry.pointee.kind, entry)
    }

    func span(_ t: Field) -> Result<TimeSpan, TimeSpan.ParseError> { builder.pointee.date(file, t) }
    func change(_ t: Field) -> (TimeSpan, TimeSpan)? { builder.pointee.change(file, t) }

    func value(_ t: Field, _ p: (key: String, kind: Proposition.Kind, entry: UnsafePointer<PropositionTable.Slot>), isChange: Bool) -> Claim.ValueBox? {
        builder.pointee.value(file, t, p.entry, p.kind, isChange: isChange)
    }

    func isLikelihoodTerm(_ t: Field) -> Bool { builder.pointee.isLikelihoodTerm(file.value(t)) }
    func likelihoodTerms() -> [String] { Array(builder.pointee.likelihoods) }

    func make(_ draft: inout Claim.Draft, quote: Field, note: Field?, origin: Claim.Origin) -> Claim {
        file.withValue(quote) { q in
            guard let note else { return Claim(&draft, origin: origin, quote: q, note: nil, line: header.line, column: 1) }
            return file.withValue(note) { Claim(&draft, origin: origin, quote: q, note: $0, line: header.line, column: 1) }
        }
    }
}
