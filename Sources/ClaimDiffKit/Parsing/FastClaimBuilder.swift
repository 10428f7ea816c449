#if canImport(Glibc)
import Glibc
#endif

/// The fast path's side of `ClaimBuilder`: a record's field tokens, and readers of their
/// values that remember each distinct text (dates, steps, figures) by its bytes; terms and keys
/// are the vocabulary's own strings. Wherever the builder finds a problem it gives nil, and the
/// file goes to the precise path. The differential tests hold it to the precise parser.
struct FastClaimBuilder {
    /// The claim field a token's key names, by its place in `ClaimSchema.fields`.
    static let keys = ClaimKeyTable(ClaimSchema.names)
    /// Both kept here, so that a claim looks neither up.
    let keys = FastClaimBuilder.keys
    let layout = ClaimSchema.layout

    /// True when the bytes are exactly `b`'s.
    static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, a.count) == 0 })
    }

    /// Propositions by key: what a claim needs of each, one cache line per lookup.
    let byKey: PropositionTable
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
    let likelihoods: Set<String>

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
        // Which token each field is (the file builder rejects a repeated key), and which field each token.
        let fieldCount = layout.table.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: fieldCount + tokens.count) { buffer in
            buffer.initialize(repeating: -1)
            let slots = UnsafeMutableBufferPointer(rebasing: buffer[..<fieldCount])
            let keys = UnsafeMutableBufferPointer(rebasing: buffer[fieldCount...])
            for n in tokens.indices {
                let t = tokens[n]
                guard let k = self.keys.find(file.base + t.keyStart, t.keyEnd - t.keyStart) else { return nil }
                (slots[k], keys[n]) = (n, k)
            }
            return withUnsafeMutablePointer(to: &self) { me in
                withUnsafePointer(to: file) { file in
                    tokens.withUnsafeBufferPointer { tokens in
                        var source = FastClaimSource(builder: me, filePointer: file, header: h, tokens: tokens,
                                                     slots: UnsafeBufferPointer(slots), keys: UnsafeBufferPointer(keys))
                        return ClaimBuilder.build(&source, origin: origin)
                    }
                }
            }
        }
    }

    /// Methods rather than the tables themselves, so that the source, which reaches the builder
    /// through a pointer, does not retain a table every claim (shared by every core); `mutating`
    /// so that calling them through the pointer does not copy the builder.
    mutating func proposition(_ key: UnsafeBufferPointer<UInt8>) -> UnsafePointer<PropositionTable.Slot>? { byKey.find(key) }
    mutating func isLikelihoodTerm(_ term: String) -> Bool { likelihoods.contains(term) }

    mutating func date(_ file: FastFileBuilder, _ t: FastFileBuilder.Token) -> Result<TimeSpan, TimeSpan.ParseError> {
        if !t.escaped, let simple = Self.simpleDate(file.bytes(t)) { return .success(simple) }
        if t.escaped { return TimeSpan.parse(file.value(t)) }
        if let known = dates.find(file.bytes(t)) { return known }
        let result = TimeSpan.parse(file.value(t))
        dates.insert(file.bytes(t), result)
        return result
    }

    /// `FROM -> TO`, two periods the first before the second, as `buildClaim` reads it.
    mutating func change(_ file: FastFileBuilder, _ t: FastFileBuilder.Token) -> (TimeSpan, TimeSpan)? {
        let read = PreciseClaimSource.change
        if t.escaped { return read(file.value(t)) }
        if let known = changes.find(file.bytes(t)) { return known }
        let result = read(file.value(t))
        changes.insert(file.bytes(t), result)
        return result
    }

    /// The value for the proposition's kind, as `AnnotationParser.claimValue` reads it; nil where it reports a problem.
    mutating func value(_ file: FastFileBuilder, _ t: FastFileBuilder.Token, _ entry: UnsafePointer<PropositionTable.Slot>,
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
