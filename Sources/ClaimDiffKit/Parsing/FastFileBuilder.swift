#if canImport(Glibc)
import Glibc
#endif

/// The fast path's second pass over one file: papers, claims and reviews straight from its
/// bytes, into a worker's parser.
///
/// Lines are split and tokenized by `FastLineReader`, the fast path's one tokenizer (which
/// `FastRecordReader` uses too), and fields stay byte ranges: a claim is built from them by
/// `FastClaimBuilder` without a `SyntaxRecord`, and papers and reviews (one per hundred claims)
/// become `SyntaxRecord`s for the parser's own builders. Comments and blank lines never change
/// the model, so they are skipped. Any problem gives false: the precise path takes over.
struct FastFileBuilder {
    typealias Token = FastLineReader.Token
    typealias Header = FastLineReader.Header

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
                    guard finish(), let h = FastLineReader.header(base, start, stop, line: n) else { return false }
                    header = h
                } else {
                    guard header != nil, let t = FastLineReader.field(base, start, indent, stop, line: n) else { return false }
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
}
