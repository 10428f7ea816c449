#if canImport(Glibc)
import Glibc
#endif

/// The fast path's second pass over one file: papers, claims and reviews straight from its
/// bytes, into a worker's parser.
///
/// Lines are split and fields tokenized by the same rules as `FastRecordReader` (and so
/// `RecordReader`), but fields stay byte ranges: a claim is built from them by
/// `FastClaimBuilder` without a `SyntaxRecord`, and papers and reviews (one per hundred claims)
/// become `SyntaxRecord`s for the parser's own builders. Comments and blank lines never change
/// the model, so they are skipped. Any problem gives false: the precise path takes over.
struct FastFileBuilder {
    /// One field line, as offsets into the file.
    struct Token {
        var keyStart = 0, keyEnd = 0
        /// The value's text, inside the quotes when quoted.
        var valueStart = 0, valueEnd = 0
        var quoted = false, escaped = false
        var line = 0
        var keyColumn = 0, valueColumn = 0
    }

    struct Header {
        var keyword: String
        var idStart: Int, idEnd: Int
        var line: Int
        var idColumn: Int
    }

    let path: String
    let bytes: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>

    /// Papers and reviews go into `parser`, claims into `output`.
    static func build(_ bytes: UnsafeBufferPointer<UInt8>, path: String, into parser: inout AnnotationParser,
                      claims builder: inout FastClaimBuilder, output: ClaimBuffer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        guard FastRecordReader.isPlainUTF8(bytes) else { return false }
        let file = FastFileBuilder(path: path, bytes: bytes, base: base)
        return file.run(&parser, &builder, output)
    }

    private func run(_ parser: inout AnnotationParser, _ builder: inout FastClaimBuilder, _ output: ClaimBuffer) -> Bool {
        var header: Header?
        var tokens: [Token] = []
        tokens.reserveCapacity(16)
        /// The paper above: nil before any, .some(nil) when it had a problem. Only what its claims
        /// share, made once for all of them.
        var paper: Claim.Origin??
        func finish() -> Bool {
            guard let h = header else { return true }
            defer { tokens.removeAll(keepingCapacity: true) }
            switch h.keyword {
            case "claim":
                guard case .some(.some(let p)) = paper,
                      let c = builder.claim(self, h, tokens, origin: p) else { return false }
                output.append(c, id: c.id)
            case "paper":
                let r = record(h, tokens)
                parser.checkFields(r)
                paper = .some(parser.buildPaper(r).map { Claim.Origin(paper: $0.id, madeAt: $0.published, file: path) })
            case "review":
                let r = record(h, tokens)
                parser.checkFields(r)
                parser.buildReview(r)
            default:
                break
            }
            return parser.diagnostics.isEmpty
        }
        let end = bytes.count
        var start = 0, n = 0
        while start < end {
            let found = memchr(base + start, Int32(UInt8(ascii: "\n")), end - start)
            let stop = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
            n += 1
            var indent = start
            while indent < stop, base[indent] == Byte.space || base[indent] == Byte.tab { indent += 1 }
            if indent < stop, base[indent] != Byte.hash {
                if indent == start {
                    guard finish(), let h = self.header(start, stop, line: n) else { return false }
                    header = h
                } else {
                    guard header != nil, let t = field(start, indent, stop, line: n) else { return false }
                    for other in tokens where other.keyEnd - other.keyStart == t.keyEnd - t.keyStart
                        && memcmp(base + other.keyStart, base + t.keyStart, t.keyEnd - t.keyStart) == 0 {
                        return false
                    }
                    tokens.append(t)
                }
            }
            start = stop + 1
        }
        return finish()
    }

    typealias Byte = FastRecordReader.Byte

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + from, count: to - from), as: UTF8.self)
    }

    /// A field's value as the parser sees it: quotes removed, escapes resolved.
    func value(_ t: Token) -> String {
        guard t.escaped else { return string(t.valueStart, t.valueEnd) }
        return String(decoding: unescaped(t), as: UTF8.self)
    }

    /// A field's value as bytes, as `value` gives it: the file's own bytes unless escaped.
    func withValue<R>(_ t: Token, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard t.escaped else { return body(bytes(t)) }
        return unescaped(t).withUnsafeBufferPointer(body)
    }

    /// An escaped value's bytes with each backslash escape resolved.
    private func unescaped(_ t: Token) -> [UInt8] {
        var out: [UInt8] = []
        var k = t.valueStart
        while k < t.valueEnd {
            if base[k] == Byte.backslash { k += 1 }
            out.append(base[k])
            k += 1
        }
        return out
    }

    func bytes(_ t: Token) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + t.valueStart, count: t.valueEnd - t.valueStart) }

    func location(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }

    /// A paper or review as a syntax record, for the parser's builders (which read no comments).
    private func record(_ h: Header, _ tokens: [Token]) -> SyntaxRecord {
        var r = SyntaxRecord(keyword: h.keyword, id: string(h.idStart, h.idEnd), location: location(h.line, 1),
                             idLocation: location(h.line, h.idColumn))
        r.fields = tokens.map { t in
            SyntaxField(key: string(t.keyStart, t.keyEnd), keyLocation: location(t.line, t.keyColumn), value: value(t),
                        valueLocation: location(t.line, t.valueColumn), quoted: t.quoted)
        }
        return r
    }

    /// A column-1 line: a record header, as `RecordReader.header` reads it; nil on any problem
    /// (including a field that lost its indent).
    private func header(_ start: Int, _ stop: Int, line n: Int) -> Header? {
        var i = start
        while i < stop, base[i] != Byte.colon, base[i] != Byte.space, base[i] != Byte.tab, base[i] != Byte.hash { i += 1 }
        var j = i
        while j < stop, base[j] == Byte.space || base[j] == Byte.tab { j += 1 }
        if i > start, j < stop, base[j] == Byte.colon { return nil }
        i = start
        while i < stop, base[i] != Byte.space, base[i] != Byte.tab, base[i] != Byte.hash { i += 1 }
        let line = FastRecordReader.Line(base: base + start, count: stop - start)
        guard let keyword = FastRecordReader.keyword(line, i - start) else { return nil }
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        let idStart = i
        while i < stop, base[i] != Byte.space, base[i] != Byte.tab, base[i] != Byte.hash { i += 1 }
        guard i > idStart else { return nil }
        let idEnd = i
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        guard i == stop || base[i] == Byte.hash else { return nil }
        return Header(keyword: keyword, idStart: idStart, idEnd: idEnd, line: n, idColumn: idStart - start + 1)
    }

    /// An indented `key: value` line, as `RecordReader.field` reads it; nil on any problem.
    private func field(_ start: Int, _ keyStart: Int, _ stop: Int, line n: Int) -> Token? {
        var t = Token()
        t.line = n
        t.keyStart = keyStart
        t.keyColumn = keyStart - start + 1
        var i = keyStart
        while i < stop, base[i] != Byte.colon, base[i] != Byte.space, base[i] != Byte.tab {
            let b = base[i]
            guard (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") else { return nil }
            i += 1
        }
        guard i > keyStart else { return nil }
        t.keyEnd = i
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        guard i < stop, base[i] == Byte.colon else { return nil }
        i += 1
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        t.valueColumn = i - start + 1
        guard i < stop, base[i] != Byte.hash else { return nil }
        if base[i] == Byte.quote {
            t.quoted = true
            var k = i + 1
            // Most values hold no backslash before their closing quote: found with two memchrs.
            if let q = memchr(base + k, Int32(Byte.quote), stop - k), memchr(base + k, Int32(Byte.backslash), UnsafePointer(q.assumingMemoryBound(to: UInt8.self)) - base - k) == nil {
                k = UnsafePointer(q.assumingMemoryBound(to: UInt8.self)) - base
            }
            while k < stop, base[k] != Byte.quote {
                if base[k] == Byte.backslash {
                    guard k + 1 < stop, base[k + 1] == Byte.quote || base[k + 1] == Byte.backslash else { return nil }
                    t.escaped = true
                    k += 1
                }
                k += 1
            }
            guard k < stop else { return nil }
            (t.valueStart, t.valueEnd) = (i + 1, k)
            k += 1
            while k < stop, base[k] == Byte.space || base[k] == Byte.tab { k += 1 }
            guard k == stop || base[k] == Byte.hash else { return nil }
        } else {
            var k = i, end = stop
            // A comment starts at a `#` after a blank (never at `i`, which is not a `#`).
            while k < stop, let h = memchr(base + k, Int32(Byte.hash), stop - k) {
                k = UnsafePointer(h.assumingMemoryBound(to: UInt8.self)) - base
                if base[k - 1] == Byte.space || base[k - 1] == Byte.tab { end = k; break }
                k += 1
            }
            while end > i, base[end - 1] == Byte.space || base[end - 1] == Byte.tab { end -= 1 }
            (t.valueStart, t.valueEnd) = (i, end)
        }
        return t
    }
}
