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
    /// The claim schema's fields, in its order (a test holds them to it).
    enum Key: Int, CaseIterable { case about, value, asOf, period, event, change, by, likelihood, attributedTo, hedge, deniedBy, reversal, quote, note }

    /// The claim field a token's key names: chosen by length and first byte, then compared whole.
    static func key(_ p: UnsafePointer<UInt8>, _ n: Int) -> Key? {
        let k: Key
        switch (n, p[0]) {
        case (5, UInt8(ascii: "a")): k = p[1] == UInt8(ascii: "b") ? .about : .asOf
        case (5, UInt8(ascii: "v")): k = .value
        case (6, UInt8(ascii: "p")): k = .period
        case (5, UInt8(ascii: "e")): k = .event
        case (6, UInt8(ascii: "c")): k = .change
        case (2, UInt8(ascii: "b")): k = .by
        case (10, UInt8(ascii: "l")): k = .likelihood
        case (13, UInt8(ascii: "a")): k = .attributedTo
        case (5, UInt8(ascii: "h")): k = .hedge
        case (9, UInt8(ascii: "d")): k = .deniedBy
        case (8, UInt8(ascii: "r")): k = .reversal
        case (5, UInt8(ascii: "q")): k = .quote
        case (4, UInt8(ascii: "n")): k = .note
        default: return nil
        }
        let name = k.name
        return name.utf8CodeUnitCount == n && memcmp(name.utf8Start, p, n) == 0 ? k : nil
    }

    /// True when the bytes are exactly `b`'s.
    static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, a.count) == 0 })
    }

    /// Propositions by key: what a claim needs of each, one cache line per lookup.
    private let byKey: PropositionTable
    /// The distinct lists of terms (category) or scale terms (likelihood), as bytes, and the
    /// value each term gives; a proposition's `aux` is its list's index.
    private var termLists: [(terms: [[UInt8]], values: [Claim.ValueBox])]
    /// Ladders by a ladder proposition's `aux`, with one table of steps read per ladder.
    private let ladders: [Ladder]
    private var steps: [ByteTable<Claim.ValueBox?>]
    private var dates = ByteTable<Result<TimeSpan, TimeSpan.ParseError>>()
    /// Amounts read, with their unit.
    private var amounts = ByteTable<(box: Claim.ValueBox, unit: String)?>()
    private var changes = ByteTable<(TimeSpan, TimeSpan)?>()
    /// Every term of every scale: what `likelihood` may say.
    private let likelihoods: Set<String>

    init(_ vocabulary: AnnotationParser) {
        var ladderSlots: [String: Int] = [:], ladders: [Ladder] = []
        // Most propositions declare the same few lists of terms: one copy of each list's bytes
        // and values, which stays in the cache, rather than one per proposition.
        var listSlots: [[String]: Int] = [:], lists: [(terms: [[UInt8]], values: [Claim.ValueBox])] = []
        let table = PropositionTable(capacity: vocabulary.propositions.count)
        for (key, p) in vocabulary.propositions {
            var aux = 0
            switch p.kind {
            case .ladder:
                if let l = p.ladder {
                    aux = ladderSlots[l.name] ?? ladders.count
                    if aux == ladders.count { ladderSlots[l.name] = aux; ladders.append(l) }
                }
            case .category, .likelihood:
                let names = p.kind == .likelihood ? p.scale?.bands.map(\.term) ?? [] : p.terms
                let list = [p.kind.rawValue] + names
                aux = listSlots[list] ?? lists.count
                if aux == lists.count {
                    listSlots[list] = aux
                    lists.append((names.map { Array($0.utf8) }, names.map { Claim.ValueBox(p.kind == .likelihood ? .likelihood($0) : .term($0)) }))
                }
            case .amount:
                break
            }
            table.insert(key, kind: p.kind, aux: aux, unit: p.unit)
        }
        byKey = table
        termLists = lists
        self.ladders = ladders
        steps = Array(repeating: ByteTable(), count: ladders.count)
        likelihoods = Set(vocabulary.scales.values.flatMap { $0.bands.map(\.term) })
    }

    /// Gives this copy of the builder terms and values of its own: every claim retains its
    /// value (and reading a term's bytes may retain them), and a reference count that two
    /// cores write in turn makes each write a cache miss.
    mutating func ownTermValues() {
        termLists = termLists.map { list in (list.terms.map { $0.map { $0 } }, list.values.map { Claim.ValueBox($0.value) }) }
    }

    mutating func claim(_ file: FastFileBuilder, _ h: FastFileBuilder.Header, _ tokens: [FastFileBuilder.Token],
                        origin: Claim.Origin) -> Claim? {
        // Which token each key is, four bits each; 15 is none (a record has at most 14 fields:
        // the file builder rejects a repeated key).
        var slots = UInt64.max
        for n in tokens.indices {
            let t = tokens[n]
            guard let k = Self.key(file.base + t.keyStart, t.keyEnd - t.keyStart) else { return nil }
            slots = slots & ~(0xF << (4 * UInt64(k.rawValue))) | UInt64(n) << (4 * UInt64(k.rawValue))
        }
        let found = slots
        func token(_ k: Key) -> FastFileBuilder.Token? {
            let n = Int((found >> (4 * UInt64(k.rawValue))) & 0xF)
            return n == 15 ? nil : tokens[n]
        }
        guard let aboutToken = token(.about), let valueToken = token(.value), let quoteToken = token(.quote) else { return nil }
        let id = file.string(h.idStart, h.idEnd)
        guard AnnotationParser.isIdentifier(id), !aboutToken.escaped, let entry = byKey.find(file.bytes(aboutToken)) else { return nil }
        let kind = entry.pointee.kind
        guard quoteToken.quoted, !file.bytes(quoteToken).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return nil }

        var asOf: TimeSpan?, period: TimeSpan?, event: TimeSpan?, by: TimeSpan?
        if let t = token(.asOf) { guard let s = date(file, t) else { return nil }; asOf = s }
        if let t = token(.period) { guard let s = date(file, t) else { return nil }; period = s }
        if let t = token(.event) { guard let s = date(file, t) else { return nil }; event = s }
        if let t = token(.by) { guard let s = date(file, t) else { return nil }; by = s }
        let given = (asOf == nil ? 0 : 1) + (period == nil ? 0 : 1) + (event == nil ? 0 : 1)
        guard given <= 1, period == nil || kind == .amount else { return nil }
        var change: (TimeSpan, TimeSpan)?
        if let t = token(.change) {
            guard kind == .amount, let c = self.change(file, t) else { return nil }
            change = c
        }
        guard let value = value(file, valueToken, entry, kind, isChange: change != nil) else { return nil }
        let likelihood = token(.likelihood).map(file.value)
        if let l = likelihood {
            guard by != nil, likelihoods.contains(l) else { return nil }
        }
        guard by == nil || token(.deniedBy) == nil else { return nil }
        var reversal = false
        if let t = token(.reversal) {
            let v = file.bytes(t)
            let yes = v.count == 3 && v[0] == UInt8(ascii: "y") && v[1] == UInt8(ascii: "e") && v[2] == UInt8(ascii: "s")
            let no = v.count == 2 && v[0] == UInt8(ascii: "n") && v[1] == UInt8(ascii: "o")
            guard yes || no, kind == .ladder else { return nil }
            reversal = yes
        }
        let time = event ?? period ?? asOf ?? origin.madeAt
        let likely = kind == .likelihood
        let about = entry.pointee.key
        let (attributedTo, hedge, deniedBy) = (token(.attributedTo).map(file.value), token(.hedge).map(file.value), token(.deniedBy).map(file.value))
        let note = token(.note)
        return file.withValue(quoteToken) { quote in
            func make(_ note: UnsafeBufferPointer<UInt8>?) -> Claim {
                Claim(id: id, origin: origin, about: about, value: value, quote: quote, note: note, line: h.line, column: 1,
                      time: time, asOf: asOf, period: period, event: event, change: change,
                      by: likely ? nil : by, horizon: likely ? by : nil, likelihood: likelihood,
                      attributedTo: attributedTo, hedge: hedge, deniedBy: deniedBy, reversal: reversal)
            }
            guard let note else { return make(nil) }
            return file.withValue(note) { make($0) }
        }
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

    /// `FROM -> TO`, two periods the first before the second, as `buildClaim` reads it.
    private mutating func change(_ file: FastFileBuilder, _ t: FastFileBuilder.Token) -> (TimeSpan, TimeSpan)? {
        func read(_ text: String) -> (TimeSpan, TimeSpan)? {
            let sides = text.components(separatedBy: "->")
            guard sides.count == 2, case .success(let x) = TimeSpan.parse(sides[0]), case .success(let y) = TimeSpan.parse(sides[1]),
                  x.end < y.start else { return nil }
            return (x, y)
        }
        if t.escaped { return read(file.value(t)) }
        if let known = changes.find(file.bytes(t)) { return known }
        let result = read(file.value(t))
        changes.insert(file.bytes(t), result)
        return result
    }

    /// The value for the proposition's kind, as `AnnotationParser.claimValue` reads it; nil where it reports a problem.
    private mutating func value(_ file: FastFileBuilder, _ t: FastFileBuilder.Token, _ entry: UnsafePointer<PropositionTable.Slot>,
                                _ kind: Proposition.Kind, isChange: Bool) -> Claim.ValueBox? {
        let bytes = file.bytes(t)
        switch kind {
        case .category, .likelihood:
            let aux = entry.pointee.aux
            guard !t.escaped, let i = termLists[aux].terms.firstIndex(where: { Self.same($0, bytes) }) else { return nil }
            return termLists[aux].values[i]
        case .ladder:
            let slot = entry.pointee.aux
            if t.escaped {
                guard case .success(let r) = ladders[slot].range(file.value(t)) else { return nil }
                return Claim.ValueBox(.ladder(r))
            }
            if let known = steps[slot].find(bytes) { return known }
            var result: Claim.ValueBox?
            if case .success(let r) = ladders[slot].range(file.value(t)) { result = Claim.ValueBox(.ladder(r)) }
            steps[slot].insert(bytes, result)
            return result
        case .amount:
            func read(_ text: String) -> (box: Claim.ValueBox, unit: String)? {
                guard case .success(let a) = Amount.parse(text) else { return nil }
                return (Claim.ValueBox(.amount(a)), a.unit)
            }
            let found: (box: Claim.ValueBox, unit: String)?
            if t.escaped {
                found = read(file.value(t))
            } else if let known = amounts.find(bytes) {
                found = known
            } else {
                found = read(file.value(t))
                amounts.insert(bytes, found)
            }
            guard let found, found.unit == (isChange ? "%" : entry.pointee.unit!) else { return nil }
            return found.box
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

extension FastClaimBuilder.Key {
    /// The field's name as written.
    var name: StaticString {
        switch self {
        case .about: "about"
        case .value: "value"
        case .asOf: "as-of"
        case .period: "period"
        case .event: "event"
        case .change: "change"
        case .by: "by"
        case .likelihood: "likelihood"
        case .attributedTo: "attributed-to"
        case .hedge: "hedge"
        case .deniedBy: "denied-by"
        case .reversal: "reversal"
        case .quote: "quote"
        case .note: "note"
        }
    }
}
