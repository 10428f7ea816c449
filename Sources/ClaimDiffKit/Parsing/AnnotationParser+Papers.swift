import Foundation

extension AnnotationParser {
    mutating func buildPaper(_ r: SyntaxRecord) -> Paper? {
        guard checkIdentifier(r.id, at: r.idLocation, what: "paper id"), claimName("paper", r.id, at: r.idLocation),
              let title = r.field("title"), let publisher = r.field("publisher"),
              let publishedField = r.field("published"), let source = r.field("source") else { return nil }
        guard let published = date(publishedField) else { return nil }
        var printed: TimeSpan?
        if let f = r.field("printed") {
            guard let p = date(f) else { return nil }
            printed = p
        }
        if published.estimated, r.field("note") == nil {
            error(publishedField.valueLocation, "paper '\(r.id)' has an estimated date; add a 'note' saying why")
            return nil
        }
        var reliability: String?
        if let f = r.field("reliability") {
            guard ["A", "B", "C", "D", "E", "F"].contains(f.value) else {
                error(f.valueLocation, "reliability must be an Admiralty grade A-F, got '\(f.value)'")
                return nil
            }
            reliability = f.value
        }
        let authors = r.field("authors")?.value.components(separatedBy: ";").map(\.trimmingSpaces).filter { !$0.isEmpty } ?? []
        let paper = Paper(id: r.id, title: title.value, authors: authors, publisher: publisher.value, published: published,
                          printed: printed, source: source.value, reliability: reliability, note: r.field("note")?.value,
                          location: r.location, sourceLocation: source.valueLocation)
        papers[r.id] = paper
        return paper
    }

    /// Builds a claim; `paper` is nil when the paper above it had errors (the claim is still checked).
    mutating func buildClaim(_ r: SyntaxRecord, paper: Paper?) {
        var origin: Claim.Origin?
        if let paper {
            // The claims of a paper share one origin.
            if let o = lastOrigin, o.paper == paper.id, o.madeAt == paper.published, o.file == r.location.file {
                origin = o
            } else {
                origin = Claim.Origin(paper: paper.id, madeAt: paper.published, file: r.location.file)
                lastOrigin = origin
            }
        }
        var source = PreciseClaimSource(parser: self, record: r)
        // The parser moved into the source and back, so that neither is copied.
        self = AnnotationParser()
        let claim = ClaimBuilder.build(&source, origin: origin)
        self = source.parser
        if let claim {
            if claim.speaker != nil || claim.relays != nil || claim.cites != nil || claim.party != nil || claim.attributedTo != nil { noteReferences(r) }
            claims.append(claim)
        }
    }

    /// Reads a value according to the proposition's kind.
    mutating func claimValue(_ f: SyntaxField, proposition p: Proposition, isChange: Bool) -> ClaimValue? {
        switch p.kind {
        case .category:
            // One term, or several the text names together ("Washington and London"): all hold.
            let named = Proposition.terms(of: f.value)
            for t in named where !p.terms.contains(t) {
                error(f.valueLocation, "unknown term '\(t)' for '\(p.key)'\(Suggestion.hint(t, p.terms)); terms: \(p.terms.joined(separator: ", "))")
                return nil
            }
            guard Set(named).count == named.count else {
                error(f.valueLocation, "a term is named twice in '\(f.value)'")
                return nil
            }
            return .term(named.joined(separator: ", "))
        case .ladder:
            let ladder = p.ladder!
            let key = Definition(namespace: ladder.name, id: f.value)
            let range = memo.steps[key] ?? ladder.range(f.value)
            memo.steps[key] = range
            switch range {
            case .success(let r): return .ladder(r)
            case .failure(.unknownStep(let s)):
                error(f.valueLocation, "unknown ladder step '\(s)' for '\(p.key)'\(Suggestion.hint(s, ladder.steps)); steps: \(ladder.steps.joined(separator: " < "))")
            case .failure(.empty(let t)):
                error(f.valueLocation, "ladder value '\(t)' names no step")
            }
            return nil
        case .likelihood:
            guard let s = p.scale, s.band(f.value) != nil else {
                let terms = p.scale?.bands.map(\.term) ?? []
                error(f.valueLocation, "unknown likelihood term '\(f.value)' for '\(p.key)'\(Suggestion.hint(f.value, terms))")
                return nil
            }
            return .likelihood(f.value)
        case .amount:
            let amount = memo.amounts[f.value] ?? Amount.parse(f.value)
            memo.amounts[f.value] = amount
            switch amount {
            case .success(let a):
                let expected = isChange ? "%" : p.unit!
                guard a.unit == expected || (!isChange && p.conversions.contains { $0.unit == a.unit }) else {
                    error(f.valueLocation, isChange
                          ? "a change is a percentage: write the value in '%', got '\(a.unit)'"
                          : "unit '\(a.unit)' does not match the unit '\(expected)' of '\(p.key)'")
                    return nil
                }
                return .amount(a)
            case .failure(let e):
                let why: String
                switch e {
                case .missingNumber(let t): why = "amount '\(t)' has no number"
                case .badNumber(let t) where t.contains(","):
                    why = "malformed number '\(t)'; ',' groups thousands (6,000) and '.' is the decimal point"
                case .badNumber(let t): why = "malformed number '\(t)'"
                case .missingUnit(let t): why = "amount '\(t)' has no unit; '\(p.key)' is in '\(p.unit!)'"
                case .extraWords(let t): why = "unexpected words in amount '\(t)'; write [~]NUMBER [thousand|million|billion|trillion] UNIT"
                case .approximateRange(let t): why = "a range '\(t)' is already approximate; drop the '~'"
                case .tooLarge(let t): why = "number '\(t)' is too large"
                case .badBound(let t): why = "a bound '\(t)' takes one plain figure, such as '> 4.6 billion USD'"
                }
                error(f.valueLocation, why)
                return nil
            }
        }
    }
}
