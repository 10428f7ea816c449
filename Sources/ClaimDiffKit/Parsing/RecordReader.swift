/// Reads the lines of a file into records and fields, keeping comments for `fmt`.
///
/// It knows the syntax, not the meaning: record keywords, `key: value` fields, quoting and
/// comments. Every problem becomes a diagnostic and reading goes on with the next line.
struct RecordReader {
    static let keywords = ["paper", "claim", "proposition", "ladder", "scale", "speaker", "review"]

    let source: SourceText
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText) { self.source = source }

    mutating func read() -> SyntaxFile {
        var file = SyntaxFile(path: source.path)
        var current: SyntaxRecord?
        var pendingTop: [String] = []
        var pendingField: [String] = []
        var skipping = false
        // Comment lines (and blank lines among them) that follow a record but are not indented
        // under it: they belong to the record if one of its fields comes next, else to the top
        // level. nil stands for a blank line.
        var held: [String?] = []

        func finish() {
            if var r = current {
                r.trailingComments += pendingField
                file.items.append(.record(r))
            }
            pendingField = []
            current = nil
        }

        /// A comment line (or, for nil, a blank line) between records.
        func top(_ comment: String?) {
            if let comment {
                finish()
                skipping = false
                pendingTop.append(comment)
            } else if current == nil, !pendingTop.isEmpty {
                file.items.append(.comments(pendingTop))
                pendingTop = []
            }
        }

        /// A record header or the end of the file follows: held lines were between records.
        func release() {
            let lines = held
            held = []
            lines.forEach(top)
        }

        /// A field of the current record follows: held comments are written above it.
        func keep() {
            pendingField += held.compactMap { $0 }
            held = []
        }

        for (index, line) in source.lines.enumerated() {
            let n = index + 1
            let scalars = ScalarLine(line)
            var indent = 0
            while indent < scalars.count, scalars[indent] == " " || scalars[indent] == "\t" { indent += 1 }
            if indent == scalars.count {
                if held.isEmpty { top(nil) } else { held.append(nil) }
                continue
            }
            if scalars[indent] == "#" {
                let rest = scalars.text(indent..<scalars.count)
                if current == nil, !skipping {
                    top(rest)
                } else if indent > 0, current != nil, held.isEmpty {
                    pendingField.append(rest)
                } else {
                    held.append(rest)
                }
                continue
            }
            if indent == 0, let key = Self.fieldKey(scalars, from: 0) {
                // A field that lost its indent: reported, and the record above goes on.
                error(n, 1, "field '\(key)' must be indented under a record")
                if current != nil {
                    keep()
                    current!.unreadableFields.append(key)
                }
                continue
            }
            if indent == 0 {
                release()
                finish()
                skipping = false
                guard var record = header(scalars, line: n) else {
                    let word = scalars.text(0..<scalars.end(from: 0) { $0 == " " || $0 == "\t" || $0 == "#" })
                    if word == "paper" || Suggestion.closest(to: word, in: Self.keywords) == "paper" {
                        file.unreadablePaperHeaders.append(loc(n, 1))
                    }
                    skipping = true
                    pendingTop = []
                    continue
                }
                record.leadingComments = pendingTop
                pendingTop = []
                current = record
                continue
            }
            if skipping {
                held = []
                continue
            }
            guard current != nil else {
                error(n, indent + 1, "indented field outside a record; a record starts at column 1 with a keyword such as 'claim'")
                continue
            }
            keep()
            let (key, read) = field(scalars, from: indent, line: n)
            guard var f = read else {
                current!.unreadableFields.append(key)
                continue
            }
            if let dup = current!.field(f.key), RecordSchema.repeatable[current!.keyword]?.contains(f.key) != true {
                diagnostics.append(Diagnostic(at: f.keyLocation, "duplicate field '\(f.key)' in \(current!.keyword) '\(current!.id)'",
                                              notes: [.init(location: dup.keyLocation, message: "'\(f.key)' first given here")]))
                continue
            }
            f.leadingComments = pendingField
            pendingField = []
            current!.fields.append(f)
        }
        release()
        finish()
        if !pendingTop.isEmpty { file.items.append(.comments(pendingTop)) }
        return file
    }

    /// The key of a line that reads `key:` from `start`, if it does.
    static func fieldKey(_ s: ScalarLine, from start: Int) -> String? {
        var i = start
        while i < s.count, s[i] != ":", s[i] != " ", s[i] != "\t", s[i] != "#" { i += 1 }
        var j = i
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        guard i > start, j < s.count, s[j] == ":" else { return nil }
        return s.text(start..<i)
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(at: loc(line, column), message))
    }

    private func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: source.path, line: line, column: column)
    }

    private mutating func header(_ s: ScalarLine, line n: Int) -> SyntaxRecord? {
        var i = 0
        while i < s.count, s[i] != " ", s[i] != "\t", s[i] != "#" { i += 1 }
        let keyword = s.text(0..<i)
        guard Self.keywords.contains(keyword) else {
            error(n, 1, "unknown record '\(keyword)'\(Suggestion.hint(keyword, Self.keywords)); expected one of \(Self.keywords.joined(separator: ", "))")
            return nil
        }
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        let idStart = i
        while i < s.count, s[i] != " ", s[i] != "\t", s[i] != "#" { i += 1 }
        let id = s.text(idStart..<i)
        guard !id.isEmpty else {
            error(n, idStart + 1, "missing identifier after '\(keyword)'")
            return nil
        }
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        var comment: String?
        if i < s.count {
            if s[i] == "#" {
                comment = s.text(i..<s.count)
            } else {
                error(n, i + 1, "unexpected text after \(keyword) identifier '\(id)'; an identifier is one word")
                return nil
            }
        }
        return SyntaxRecord(keyword: keyword, id: id, location: loc(n, 1), idLocation: loc(n, idStart + 1), comment: comment)
    }

    private mutating func field(_ s: ScalarLine, from start: Int, line n: Int) -> (key: String, field: SyntaxField?) {
        var i = start
        while i < s.count, s[i] != ":", s[i] != " ", s[i] != "\t" { i += 1 }
        let key = s.text(start..<i)
        var j = i
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        guard j < s.count, s[j] == ":" else {
            error(n, i + 1, "expected ':' after field name '\(key)'")
            return (key, nil)
        }
        guard key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }), !key.isEmpty else {
            error(n, start + 1, "invalid field name '\(key)'; field names are lower-case words joined by '-'")
            return (key, nil)
        }
        j += 1
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        let valueColumn = j + 1
        guard j < s.count, s[j] != "#" else {
            error(n, valueColumn, "missing value for field '\(key)'")
            return (key, nil)
        }
        var value = ""
        var quoted = false
        var comment: String?
        if s[j] == "\"" {
            quoted = true
            var k = j + 1
            var closed = false
            // Runs between escapes are copied whole, and only once the closing quote is found:
            // an unterminated 50 MB value was copied scalar by scalar before being reported.
            var runs: [Range<Int>] = []
            var runStart = k
            while k < s.count {
                let c = s[k]
                if c == "\\" {
                    guard k + 1 < s.count, s[k + 1] == "\"" || s[k + 1] == "\\" else {
                        let shown = k + 1 < s.count ? "\\" + String(s[k + 1]) : "\\"
                        error(n, k + 1, "unknown escape '\(shown)' in quoted value; only \\\" and \\\\ are escapes")
                        return (key, nil)
                    }
                    runs.append(runStart..<k)
                    runStart = k + 1
                    k += 2
                    continue
                }
                if c == "\"" { closed = true; runs.append(runStart..<k); k += 1; break }
                k += 1
            }
            guard closed else {
                error(n, valueColumn, "unterminated quoted value for field '\(key)'")
                return (key, nil)
            }
            value = runs.map(s.text).joined()
            while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
            if k < s.count {
                guard s[k] == "#" else {
                    error(n, k + 1, "unexpected text after the closing quote of field '\(key)'; to begin a value with a quotation, quote the whole value and write inner quotes as \\\"")
                    return (key, nil)
                }
                comment = s.text(k..<s.count)
            }
        } else {
            var k = j
            var end = s.count
            while k < s.count {
                if s[k] == "#", s[k - 1] == " " || s[k - 1] == "\t" { end = k; comment = s.text(k..<s.count); break }
                k += 1
            }
            value = s.text(j..<end).trimmingSpaces
        }
        return (key, SyntaxField(key: key, keyLocation: loc(n, start + 1), value: value, valueLocation: loc(n, valueColumn),
                           quoted: quoted, comment: comment))
    }
}
