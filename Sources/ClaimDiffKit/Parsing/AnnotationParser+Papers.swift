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
        guard checkIdentifier(r.id, at: r.idLocation, what: "claim id"), claimName("claim", r.id, at: r.idLocation),
              let aboutField = r.field("about"), let valueField = r.field("value") else { return }
        // A missing or broken quote is reported elsewhere; the rest of the claim is still checked.
        let quote = r.field("quote")
        guard let p = propositions[aboutField.value] else {
            if wasDeclared("proposition", aboutField.value) { return }
            error(aboutField.valueLocation, "unknown proposition '\(aboutField.value)'\(Suggestion.hint(aboutField.value, Array(propositions.keys)))")
            return
        }
        var ok = quote != nil
        if let quote, !quote.quoted { error(quote.valueLocation, "quote of claim '\(r.id)' must be double-quoted"); ok = false }
        if let quote, quote.quoted, quote.value.isBlank { error(quote.valueLocation, "quote of claim '\(r.id)' is empty"); ok = false }
        let asOfField = r.field("as-of"), periodField = r.field("period"), eventField = r.field("event"), byField = r.field("by")
        var spans: (asOf: TimeSpan?, period: TimeSpan?, event: TimeSpan?, by: TimeSpan?)
        if let f = asOfField { if let s = date(f) { spans.asOf = s } else { ok = false } }
        if let f = periodField { if let s = date(f) { spans.period = s } else { ok = false } }
        if let f = eventField { if let s = date(f) { spans.event = s } else { ok = false } }
        if let f = byField { if let s = date(f) { spans.by = s } else { ok = false } }
        if [asOfField, periodField, eventField].count(where: { $0 != nil }) > 1 {
            // In the order written, so the error points at the second one given.
            let times = [asOfField, periodField, eventField].compactMap { $0 }.sorted { $0.keyLocation < $1.keyLocation }
            error(times[1].keyLocation, "claim '\(r.id)' gives both '\(times[0].key)' and '\(times[1].key)'; give at most one of as-of, period and event")
            ok = false
        }
        if let f = r.field("period"), p.kind != .amount {
            error(f.keyLocation, "'period' applies to amounts; '\(p.key)' is a \(p.kind.rawValue) proposition (use 'as-of' or 'event')")
            ok = false
        }
        var change: (TimeSpan, TimeSpan)?
        if let f = r.field("change") {
            let sides = f.value.components(separatedBy: "->")
            if p.kind != .amount {
                error(f.keyLocation, "'change' applies to amounts; '\(p.key)' is a \(p.kind.rawValue) proposition")
                ok = false
            } else if sides.count != 2 {
                error(f.valueLocation, "change must be 'FROM -> TO', got '\(f.value)'")
                ok = false
            } else {
                let a = TimeSpan.parse(sides[0]), b = TimeSpan.parse(sides[1])
                if case .success(let x) = a, case .success(let y) = b, x.end < y.start {
                    change = (x, y)
                } else {
                    error(f.valueLocation, "change must name two periods, the first before the second, got '\(f.value)'")
                    ok = false
                }
            }
        }
        guard let value = claimValue(valueField, proposition: p, isChange: r.field("change") != nil) else { return }
        if let f = r.field("likelihood") {
            if r.field("by") == nil {
                error(f.keyLocation, "'likelihood' qualifies a forecast; add 'by' or remove it")
                ok = false
            } else if !scales.values.contains(where: { $0.band(f.value) != nil }) {
                let terms = scales.values.flatMap { $0.bands.map(\.term) }
                error(f.valueLocation, "unknown likelihood term '\(f.value)'\(Suggestion.hint(f.value, terms))")
                ok = false
            }
        }
        if r.field("by") != nil, r.field("denied-by") != nil {
            error(r.field("denied-by")!.keyLocation, "a claim cannot be both a forecast ('by') and a denial ('denied-by')")
            ok = false
        }
        var reversal = false
        if let f = r.field("reversal") {
            guard f.value == "yes" || f.value == "no" else {
                error(f.valueLocation, "reversal must be 'yes' or 'no', got '\(f.value)'")
                return
            }
            if p.kind != .ladder { error(f.keyLocation, "'reversal' applies to ladder propositions"); ok = false }
            reversal = f.value == "yes"
        }
        guard ok, let paper, let quote else { return }
        let time = spans.event ?? spans.period ?? spans.asOf ?? paper.published
        // On a likelihood proposition `by` is the judgement's horizon, not a forecast to resolve.
        // The claims of a paper share one origin.
        let origin: Claim.Origin
        if let o = lastOrigin, o.paper == paper.id, o.madeAt == paper.published, o.file == r.location.file {
            origin = o
        } else {
            origin = Claim.Origin(paper: paper.id, madeAt: paper.published, file: r.location.file)
            lastOrigin = origin
        }
        var quoteText = quote.value, noteText = r.field("note")?.value
        let c = quoteText.withUTF8 { q in
            Claim.withBytes(&noteText) { n in
                Claim(id: r.id, origin: origin, about: p.key, value: Claim.ValueBox(value), quote: q, note: n, line: r.location.line,
                      column: r.location.column, time: time, asOf: spans.asOf, period: spans.period, event: spans.event,
                      change: change, by: p.kind == .likelihood ? nil : spans.by, horizon: p.kind == .likelihood ? spans.by : nil,
                      likelihood: r.field("likelihood")?.value, attributedTo: r.field("attributed-to")?.value,
                      hedge: r.field("hedge")?.value, deniedBy: r.field("denied-by")?.value, reversal: reversal)
            }
        }
        claims.append(c)
    }

    /// Reads a value according to the proposition's kind.
    private mutating func claimValue(_ f: SyntaxField, proposition p: Proposition, isChange: Bool) -> ClaimValue? {
        switch p.kind {
        case .category:
            guard p.terms.contains(f.value) else {
                error(f.valueLocation, "unknown term '\(f.value)' for '\(p.key)'\(Suggestion.hint(f.value, p.terms)); terms: \(p.terms.joined(separator: ", "))")
                return nil
            }
            return .term(f.value)
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
                guard a.unit == expected else {
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
