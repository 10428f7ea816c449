/// Builds a claim from a record's field tokens, as `AnnotationParser.buildClaim` does for a
/// claim it accepts, and gives nil wherever `buildClaim` or `checkFields` would report a problem.
///
/// Values are read once per distinct text (dates, steps, figures) and looked up by their bytes;
/// terms and keys are the vocabulary's own strings. The differential tests hold it to the
/// precise parser.
struct FastClaimBuilder {
    /// Claim fields in schema order; a token's key is found among them by its bytes.
    static let keys = RecordSchema.named("claim")!.fields
    private static let keyBytes = keys.map { Array($0.utf8) }
    enum Key: Int { case about, value, asOf, period, event, change, by, likelihood, attributedTo, hedge, deniedBy, reversal, quote, note }

    private var propositions = ByteTable<Proposition>()
    private var dates = ByteTable<Result<TimeSpan, TimeSpan.ParseError>>()
    private var amounts = ByteTable<Result<Amount, Amount.AmountError>>()
    private var steps: [String: ByteTable<Result<LadderRange, Ladder.LadderError>>] = [:]
    private var slots = [Int](repeating: -1, count: keys.count)

    init(_ vocabulary: AnnotationParser) {
        for (key, p) in vocabulary.propositions {
            let bytes = Array(key.utf8)
            bytes.withUnsafeBufferPointer { propositions.insert($0, p) }
        }
    }

    mutating func claim(_ file: FastFileBuilder, _ h: FastFileBuilder.Header, _ tokens: [FastFileBuilder.Token], paper: Paper,
                        vocabulary parser: AnnotationParser) -> Claim? {
        for i in slots.indices { slots[i] = -1 }
        for (n, t) in tokens.enumerated() {
            let key = UnsafeBufferPointer(start: file.base + t.keyStart, count: t.keyEnd - t.keyStart)
            guard let k = Self.keyBytes.firstIndex(where: { $0.count == key.count && $0.elementsEqual(key) }) else { return nil }
            slots[k] = n
        }
        func token(_ k: Key) -> FastFileBuilder.Token? { slots[k.rawValue] < 0 ? nil : tokens[slots[k.rawValue]] }
        guard let aboutToken = token(.about), let valueToken = token(.value), let quoteToken = token(.quote) else { return nil }
        let id = file.string(h.idStart, h.idEnd)
        guard AnnotationParser.isIdentifier(id), !aboutToken.escaped, let p = propositions.find(file.bytes(aboutToken)) else { return nil }
        guard quoteToken.quoted, !file.bytes(quoteToken).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return nil }

        var spans: [TimeSpan?] = [nil, nil, nil, nil]
        for (n, k) in [Key.asOf, .period, .event, .by].enumerated() {
            guard let t = token(k) else { continue }
            guard let s = date(file, t) else { return nil }
            spans[n] = s
        }
        let (asOf, period, event, by) = (spans[0], spans[1], spans[2], spans[3])
        guard [asOf, period, event].count(where: { $0 != nil }) <= 1, period == nil || p.kind == .amount else { return nil }
        var change: (TimeSpan, TimeSpan)?
        if let t = token(.change) {
            let sides = file.value(t).components(separatedBy: "->")
            guard p.kind == .amount, sides.count == 2, case .success(let x) = TimeSpan.parse(sides[0]),
                  case .success(let y) = TimeSpan.parse(sides[1]), x.end < y.start else { return nil }
            change = (x, y)
        }
        guard let value = value(file, valueToken, p, isChange: change != nil) else { return nil }
        let likelihood = token(.likelihood).map(file.value)
        if let l = likelihood {
            guard by != nil, parser.scales.values.contains(where: { $0.band(l) != nil }) else { return nil }
        }
        guard by == nil || token(.deniedBy) == nil else { return nil }
        var reversal = false
        if let t = token(.reversal) {
            let v = file.value(t)
            guard v == "yes" || v == "no", p.kind == .ladder else { return nil }
            reversal = v == "yes"
        }
        let time = event ?? period ?? asOf ?? paper.published
        return Claim(id: id, paper: paper.id, about: p.key, value: value, quote: file.value(quoteToken), location: file.location(h.line, 1),
                     time: time, madeAt: paper.published, asOf: asOf, period: period, event: event, change: change,
                     by: p.kind == .likelihood ? nil : by, horizon: p.kind == .likelihood ? by : nil, likelihood: likelihood,
                     attributedTo: token(.attributedTo).map(file.value), hedge: token(.hedge).map(file.value),
                     deniedBy: token(.deniedBy).map(file.value), reversal: reversal, note: token(.note).map(file.value))
    }

    private mutating func date(_ file: FastFileBuilder, _ t: FastFileBuilder.Token) -> TimeSpan? {
        let result: Result<TimeSpan, TimeSpan.ParseError>
        if t.escaped {
            result = TimeSpan.parse(file.value(t))
        } else if let known = dates.find(file.bytes(t)) {
            result = known
        } else {
            result = TimeSpan.parse(file.value(t))
            dates.insert(file.bytes(t), result)
        }
        return try? result.get()
    }

    /// The value for the proposition's kind, as `AnnotationParser.claimValue` reads it; nil where it reports a problem.
    private mutating func value(_ file: FastFileBuilder, _ t: FastFileBuilder.Token, _ p: Proposition, isChange: Bool) -> ClaimValue? {
        let bytes = file.bytes(t)
        switch p.kind {
        case .category:
            guard !t.escaped, let term = p.terms.first(where: { $0.utf8.elementsEqual(bytes) }) else { return nil }
            return .term(term)
        case .likelihood:
            guard !t.escaped, let band = p.scale?.bands.first(where: { $0.term.utf8.elementsEqual(bytes) }) else { return nil }
            return .likelihood(band.term)
        case .ladder:
            let ladder = p.ladder!
            let result: Result<LadderRange, Ladder.LadderError>
            if t.escaped {
                result = ladder.range(file.value(t))
            } else if let known = steps[ladder.name]?.find(bytes) {
                result = known
            } else {
                result = ladder.range(file.value(t))
                steps[ladder.name, default: ByteTable()].insert(bytes, result)
            }
            guard case .success(let r) = result else { return nil }
            return .ladder(r)
        case .amount:
            let result: Result<Amount, Amount.AmountError>
            if t.escaped {
                result = Amount.parse(file.value(t))
            } else if let known = amounts.find(bytes) {
                result = known
            } else {
                result = Amount.parse(file.value(t))
                amounts.insert(bytes, result)
            }
            guard case .success(let a) = result, a.unit == (isChange ? "%" : p.unit!) else { return nil }
            return .amount(a)
        }
    }
}
