#if canImport(Glibc)
import Glibc
#endif

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

    /// The index of a claim field name in `keys`, by length, first byte and then all bytes.
    static func key(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        for (i, k) in keyBytes.enumerated() where k.count == n && k[0] == p[0] {
            if k.withUnsafeBufferPointer({ memcmp($0.baseAddress!, p, n) == 0 }) { return i }
        }
        return nil
    }

    /// True when the bytes are exactly `b`'s.
    static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, a.count) == 0 })
    }
    enum Key: Int { case about, value, asOf, period, event, change, by, likelihood, attributedTo, hedge, deniedBy, reversal, quote, note }

    /// What building a claim needs of a proposition, shared rather than copied claim by claim.
    final class Entry {
        let proposition: Proposition
        /// The terms (category) or the scale's terms (likelihood), as bytes.
        let terms: [[UInt8]]

        init(_ p: Proposition) {
            proposition = p
            terms = (p.kind == .likelihood ? p.scale?.bands.map(\.term) ?? [] : p.terms).map { Array($0.utf8) }
        }
    }

    private var byKey = ByteTable<Entry>()
    private var dates = ByteTable<Result<TimeSpan, TimeSpan.ParseError>>()
    private var amounts = ByteTable<Result<Amount, Amount.AmountError>>()
    private var steps: [String: ByteTable<Result<LadderRange, Ladder.LadderError>>] = [:]
    private var slots = [Int](repeating: -1, count: keys.count)

    init(_ vocabulary: AnnotationParser) {
        for (key, p) in vocabulary.propositions {
            Array(key.utf8).withUnsafeBufferPointer { byKey.insert($0, Entry(p)) }
        }
    }

    mutating func claim(_ file: FastFileBuilder, _ h: FastFileBuilder.Header, _ tokens: [FastFileBuilder.Token], paperID: String,
                        published: TimeSpan, vocabulary parser: AnnotationParser) -> Claim? {
        for i in slots.indices { slots[i] = -1 }
        for (n, t) in tokens.enumerated() {
            guard let k = Self.key(file.base + t.keyStart, t.keyEnd - t.keyStart) else { return nil }
            slots[k] = n
        }
        func token(_ k: Key) -> FastFileBuilder.Token? { slots[k.rawValue] < 0 ? nil : tokens[slots[k.rawValue]] }
        guard let aboutToken = token(.about), let valueToken = token(.value), let quoteToken = token(.quote) else { return nil }
        let id = file.string(h.idStart, h.idEnd)
        guard AnnotationParser.isIdentifier(id), !aboutToken.escaped, let entry = byKey.find(file.bytes(aboutToken)) else { return nil }
        let p = entry.proposition
        guard quoteToken.quoted, !file.bytes(quoteToken).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return nil }

        var asOf: TimeSpan?, period: TimeSpan?, event: TimeSpan?, by: TimeSpan?
        if let t = token(.asOf) { guard let s = date(file, t) else { return nil }; asOf = s }
        if let t = token(.period) { guard let s = date(file, t) else { return nil }; period = s }
        if let t = token(.event) { guard let s = date(file, t) else { return nil }; event = s }
        if let t = token(.by) { guard let s = date(file, t) else { return nil }; by = s }
        let given = (asOf == nil ? 0 : 1) + (period == nil ? 0 : 1) + (event == nil ? 0 : 1)
        guard given <= 1, period == nil || p.kind == .amount else { return nil }
        var change: (TimeSpan, TimeSpan)?
        if let t = token(.change) {
            let sides = file.value(t).components(separatedBy: "->")
            guard p.kind == .amount, sides.count == 2, case .success(let x) = TimeSpan.parse(sides[0]),
                  case .success(let y) = TimeSpan.parse(sides[1]), x.end < y.start else { return nil }
            change = (x, y)
        }
        guard let value = value(file, valueToken, entry, isChange: change != nil) else { return nil }
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
        let time = event ?? period ?? asOf ?? published
        return Claim(id: id, paper: paperID, about: p.key, value: value, quote: file.value(quoteToken), location: file.location(h.line, 1),
                     time: time, madeAt: published, asOf: asOf, period: period, event: event, change: change,
                     by: p.kind == .likelihood ? nil : by, horizon: p.kind == .likelihood ? by : nil, likelihood: likelihood,
                     attributedTo: token(.attributedTo).map(file.value), hedge: token(.hedge).map(file.value),
                     deniedBy: token(.deniedBy).map(file.value), reversal: reversal, note: token(.note).map(file.value))
    }

    private mutating func date(_ file: FastFileBuilder, _ t: FastFileBuilder.Token) -> TimeSpan? {
        let result: Result<TimeSpan, TimeSpan.ParseError>
        if !t.escaped, let simple = Self.simpleDate(file.bytes(t)) {
            return simple
        } else if t.escaped {
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
    private mutating func value(_ file: FastFileBuilder, _ t: FastFileBuilder.Token, _ entry: Entry, isChange: Bool) -> ClaimValue? {
        let bytes = file.bytes(t)
        let p = entry.proposition
        switch p.kind {
        case .category:
            guard !t.escaped, let i = entry.terms.firstIndex(where: { Self.same($0, bytes) }) else { return nil }
            return .term(p.terms[i])
        case .likelihood:
            guard !t.escaped, let i = entry.terms.firstIndex(where: { Self.same($0, bytes) }) else { return nil }
            return .likelihood(p.scale!.bands[i].term)
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

    /// `YYYY`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-MM` or `YYYY-MM-DD` read from bytes, with the span
    /// `TimeSpan.parse` gives; nil for any other text (spans, estimates, blanks, impossible dates),
    /// which `TimeSpan.parse` reads.
    static func simpleDate(_ b: UnsafeBufferPointer<UInt8>) -> TimeSpan? {
        func digit(_ i: Int) -> Int? { b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") ? Int(b[i] - UInt8(ascii: "0")) : nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<from + count { guard let d = digit(i) else { return nil }; v = v * 10 + d }
            return v
        }
        guard b.count >= 4, let y = number(0, 4) else { return nil }
        func months(_ m1: Int, _ m2: Int, _ precision: TimeSpan.Precision) -> TimeSpan {
            TimeSpan(start: CivilDate.day(year: y, month: m1, day: 1),
                     end: CivilDate.day(year: y, month: m2, day: CivilDate.daysIn(year: y, month: m2)), precision: precision,
                     text: String(decoding: b, as: UTF8.self))
        }
        if b.count == 4 { return months(1, 12, .year) }
        guard b[4] == UInt8(ascii: "-") else { return nil }
        if b.count == 7, b[5] == UInt8(ascii: "Q"), let n = digit(6), (1...4).contains(n) { return months(3 * n - 2, 3 * n, .quarter) }
        if b.count == 7, b[5] == UInt8(ascii: "H"), let n = digit(6), (1...2).contains(n) { return months(6 * n - 5, 6 * n, .half) }
        guard b.count == 7 || b.count == 10, let m = number(5, 2), (1...12).contains(m) else { return nil }
        if b.count == 7 { return months(m, m, .month) }
        guard b[7] == UInt8(ascii: "-"), let d = number(8, 2), (1...CivilDate.daysIn(year: y, month: m)).contains(d) else { return nil }
        let day = CivilDate.day(year: y, month: m, day: d)
        return TimeSpan(start: day, end: day, precision: .day, text: String(decoding: b, as: UTF8.self))
    }
}
