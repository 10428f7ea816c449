#if canImport(Glibc)
import Glibc
#endif

/// Reads a file's bytes straight into records, for files without a problem.
///
/// It gives the same `SyntaxFile` as `SourceText.decode` followed by `RecordReader` (records,
/// fields, locations, comments), but works on bytes: no lines of `Unicode.Scalar`s, one `String`
/// per value. It only handles files that read cleanly: valid UTF-8 with `\n` line ends, no
/// byte-order mark, no NUL, no syntax error. On anything else it returns nil, and the loader
/// reads the file the precise way, which words the problem.
///
/// Columns come out right because every column it reports lies after ASCII only (indent,
/// keyword or field name, `:` and blanks), where a byte is a scalar.
struct FastRecordReader {
    let path: String
    private var file: SyntaxFile
    private var current: SyntaxRecord?
    private var pendingTop: [String] = []
    private var pendingField: [String] = []
    /// Comment and blank lines after a record that are not indented under it; nil is a blank line.
    private var held: [String?] = []

    /// The syntax tree of a file, or nil when the file needs the precise reader.
    /// `firstLine` is the number of the first line of `bytes`, for a part of a file read on its own.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int = 1) -> SyntaxFile? {
        guard Self.isPlainUTF8(bytes) else { return nil }
        var reader = FastRecordReader(path: path)
        return reader.run(bytes, firstLine: firstLine) ? reader.file : nil
    }

    private init(path: String) {
        self.path = path
        file = SyntaxFile(path: path)
    }

    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let end = bytes.count
        var start = 0, n = firstLine - 1
        while start < end {
            let found = memchr(base + start, Int32(UInt8(ascii: "\n")), end - start)
            let stop = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
            n += 1
            guard line(Line(base: base + start, count: stop - start), number: n) else { return false }
            start = stop + 1
        }
        release()
        finish()
        if !pendingTop.isEmpty { file.items.append(.comments(pendingTop)) }
        return true
    }

    // MARK: - The reader's bookkeeping, as in RecordReader

    private mutating func finish() {
        // Moved out, not copied: a copy would retain every string of the record, and clearing
        // `current` release them again.
        if var r = current.take() {
            r.trailingComments += pendingField
            file.items.append(.record(r))
        }
        pendingField = []
        current = nil
    }

    private mutating func top(_ comment: String?) {
        if let comment {
            finish()
            pendingTop.append(comment)
        } else if current == nil, !pendingTop.isEmpty {
            file.items.append(.comments(pendingTop))
            pendingTop = []
        }
    }

    private mutating func release() {
        let lines = held
        held = []
        for l in lines { top(l) }
    }

    private mutating func keep() {
        for l in held { if let l { pendingField.append(l) } }
        held = []
    }

    /// One line; false when the precise reader must take over.
    private mutating func line(_ s: Line, number n: Int) -> Bool {
        var indent = 0
        while indent < s.count, s[indent] == Byte.space || s[indent] == Byte.tab { indent += 1 }
        if indent == s.count {
            if held.isEmpty { top(nil) } else { held.append(nil) }
            return true
        }
        if s[indent] == Byte.hash {
            let rest = s.string(indent, s.count)
            if current == nil {
                top(rest)
            } else if indent > 0, held.isEmpty {
                pendingField.append(rest)
            } else {
                held.append(rest)
            }
            return true
        }
        if indent == 0 {
            release()
            finish()
            guard var record = header(s, line: n) else { return false }
            record.leadingComments = pendingTop
            pendingTop = []
            current = record
            return true
        }
        guard current != nil else { return false }
        keep()
        guard var f = field(s, from: indent, line: n), current!.field(f.key) == nil else { return false }
        f.leadingComments = pendingField
        pendingField = []
        if current!.fields.isEmpty { current!.fields.reserveCapacity(6) }
        current!.fields.append(f)
        return true
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    /// A record header (nil for a field that lost its indent, or any problem).
    private func header(_ s: Line, line n: Int) -> SyntaxRecord? {
        guard let h = FastLineReader.header(s.base, 0, s.count, line: n) else { return nil }
        return SyntaxRecord(keyword: h.keyword, id: s.string(h.idStart, h.idEnd), location: location(n, 1), idLocation: location(n, h.idColumn),
                            comment: h.commentStart < 0 ? nil : s.string(h.commentStart, s.count))
    }

    private func field(_ s: Line, from start: Int, line n: Int) -> SyntaxField? {
        guard let t = FastLineReader.field(s.base, 0, start, s.count, line: n) else { return nil }
        let key = Self.knownKey(s, t.keyStart, t.keyEnd) ?? s.string(t.keyStart, t.keyEnd)
        let value = t.escaped ? s.unescaped(t.valueStart, t.valueEnd) : s.string(t.valueStart, t.valueEnd)
        return SyntaxField(key: key, keyLocation: location(n, t.keyColumn), value: value, valueLocation: location(n, t.valueColumn),
                           quoted: t.quoted, comment: t.commentStart < 0 ? nil : s.string(t.commentStart, s.count))
    }
}
