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
            if Self.startsField(s) { return false }
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

    /// True when a column-1 line reads `key:` (a field that lost its indent).
    private static func startsField(_ s: Line) -> Bool {
        var i = 0
        while i < s.count, s[i] != Byte.colon, s[i] != Byte.space, s[i] != Byte.tab, s[i] != Byte.hash { i += 1 }
        var j = i
        while j < s.count, s[j] == Byte.space || s[j] == Byte.tab { j += 1 }
        return i > 0 && j < s.count && s[j] == Byte.colon
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    private func header(_ s: Line, line n: Int) -> SyntaxRecord? {
        var i = 0
        while i < s.count, s[i] != Byte.space, s[i] != Byte.tab, s[i] != Byte.hash { i += 1 }
        guard let keyword = Self.keyword(s, i) else { return nil }
        while i < s.count, s[i] == Byte.space || s[i] == Byte.tab { i += 1 }
        let idStart = i
        while i < s.count, s[i] != Byte.space, s[i] != Byte.tab, s[i] != Byte.hash { i += 1 }
        guard i > idStart else { return nil }
        let id = s.string(idStart, i)
        while i < s.count, s[i] == Byte.space || s[i] == Byte.tab { i += 1 }
        var comment: String?
        if i < s.count {
            guard s[i] == Byte.hash else { return nil }
            comment = s.string(i, s.count)
        }
        return SyntaxRecord(keyword: keyword, id: id, location: location(n, 1), idLocation: location(n, idStart + 1), comment: comment)
    }

    private func field(_ s: Line, from start: Int, line n: Int) -> SyntaxField? {
        var i = start
        while i < s.count, s[i] != Byte.colon, s[i] != Byte.space, s[i] != Byte.tab { i += 1 }
        guard i > start else { return nil }
        for k in start..<i where !Self.isKeyByte(s[k]) { return nil }
        var j = i
        while j < s.count, s[j] == Byte.space || s[j] == Byte.tab { j += 1 }
        guard j < s.count, s[j] == Byte.colon else { return nil }
        let key = Self.knownKey(s, start, i) ?? s.string(start, i)
        j += 1
        while j < s.count, s[j] == Byte.space || s[j] == Byte.tab { j += 1 }
        let valueColumn = j + 1
        guard j < s.count, s[j] != Byte.hash else { return nil }
        var value: String
        var comment: String?
        var quoted = false
        if s[j] == Byte.quote {
            quoted = true
            var k = j + 1
            var escaped = false
            while k < s.count, s[k] != Byte.quote {
                if s[k] == Byte.backslash {
                    guard k + 1 < s.count, s[k + 1] == Byte.quote || s[k + 1] == Byte.backslash else { return nil }
                    escaped = true
                    k += 1
                }
                k += 1
            }
            guard k < s.count else { return nil }
            value = escaped ? s.unescaped(j + 1, k) : s.string(j + 1, k)
            k += 1
            while k < s.count, s[k] == Byte.space || s[k] == Byte.tab { k += 1 }
            if k < s.count {
                guard s[k] == Byte.hash else { return nil }
                comment = s.string(k, s.count)
            }
        } else {
            var k = j, stop = s.count
            while k < s.count {
                if s[k] == Byte.hash, s[k - 1] == Byte.space || s[k - 1] == Byte.tab {
                    stop = k
                    comment = s.string(k, s.count)
                    break
                }
                k += 1
            }
            while stop > j, s[stop - 1] == Byte.space || s[stop - 1] == Byte.tab { stop -= 1 }
            value = s.string(j, stop)
        }
        return SyntaxField(key: key, keyLocation: location(n, start + 1), value: value, valueLocation: location(n, valueColumn),
                           quoted: quoted, comment: comment)
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-")
    }
}
