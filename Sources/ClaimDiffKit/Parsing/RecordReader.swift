/// Reads the lines of a file into records and fields, keeping comments for `fmt`.
///
/// It knows the syntax, not the meaning: record keywords, `key: value` fields, quoting and
/// comments. Every problem becomes a diagnostic and reading goes on with the next line.
struct RecordReader {
    static let keywords = ["paper", "claim", "proposition", "ladder", "scale", "review"]

    let source: SourceText
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText) { self.source = source }

    mutating func read() -> SyntaxFile {
        var file = SyntaxFile(path: source.path)
        var current: SyntaxRecord?
        var pendingTop: [String] = []
        var pendingField: [String] = []
        var skipping = false

        func finish() {
            if var r = current {
                r.trailingComments += pendingField
                file.items.append(.record(r))
            }
            pendingField = []
            current = nil
        }

        for (index, line) in source.lines.enumerated() {
            let n = index + 1
            let scalars = Array(line.unicodeScalars)
            var indent = 0
            while indent < scalars.count, scalars[indent] == " " || scalars[indent] == "\t" { indent += 1 }
            if indent == scalars.count {
                if current == nil, !pendingTop.isEmpty {
                    file.items.append(.comments(pendingTop))
                    pendingTop = []
                }
                continue
            }
            let rest = String(String.UnicodeScalarView(scalars[indent...]))
            if scalars[indent] == "#" {
                if indent > 0, current != nil {
                    pendingField.append(rest)
                } else {
                    finish()
                    skipping = false
                    pendingTop.append(rest)
                }
                continue
            }
            if indent == 0 {
                finish()
                skipping = false
                guard var record = header(scalars, line: n) else {
                    skipping = true
                    pendingTop = []
                    continue
                }
                record.leadingComments = pendingTop
                pendingTop = []
                current = record
                continue
            }
            if skipping { continue }
            guard current != nil else {
                error(n, indent + 1, "indented field outside a record; a record starts at column 1 with a keyword such as 'claim'")
                continue
            }
            guard var f = field(scalars, from: indent, line: n) else { continue }
            if let dup = current!.field(f.key) {
                diagnostics.append(Diagnostic(at: f.keyLocation, "duplicate field '\(f.key)' in \(current!.keyword) '\(current!.id)'",
                                              notes: [.init(location: dup.keyLocation, message: "'\(f.key)' first given here")]))
                continue
            }
            f.leadingComments = pendingField
            pendingField = []
            current!.fields.append(f)
        }
        finish()
        if !pendingTop.isEmpty { file.items.append(.comments(pendingTop)) }
        return file
    }

    private mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(at: loc(line, column), message))
    }

    private func loc(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: source.path, line: line, column: column)
    }

    private mutating func header(_ s: [Unicode.Scalar], line n: Int) -> SyntaxRecord? {
        var i = 0
        while i < s.count, s[i] != " ", s[i] != "\t", s[i] != "#" { i += 1 }
        let keyword = String(String.UnicodeScalarView(s[0..<i]))
        guard Self.keywords.contains(keyword) else {
            if s.count > i, s[i] == ":" || keyword.hasSuffix(":") {
                error(n, 1, "field '\(keyword.trimmingCharacters(":"))' must be indented under a record")
            } else {
                error(n, 1, "unknown record '\(keyword)'\(Suggestion.hint(keyword, Self.keywords)); expected one of \(Self.keywords.joined(separator: ", "))")
            }
            return nil
        }
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        let idStart = i
        while i < s.count, s[i] != " ", s[i] != "\t", s[i] != "#" { i += 1 }
        let id = String(String.UnicodeScalarView(s[idStart..<i]))
        guard !id.isEmpty else {
            error(n, idStart + 1, "missing identifier after '\(keyword)'")
            return nil
        }
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        var comment: String?
        if i < s.count {
            if s[i] == "#" {
                comment = String(String.UnicodeScalarView(s[i...]))
            } else {
                error(n, i + 1, "unexpected text after \(keyword) identifier '\(id)'; an identifier is one word")
                return nil
            }
        }
        return SyntaxRecord(keyword: keyword, id: id, location: loc(n, 1), idLocation: loc(n, idStart + 1), comment: comment)
    }

    private mutating func field(_ s: [Unicode.Scalar], from start: Int, line n: Int) -> SyntaxField? {
        var i = start
        while i < s.count, s[i] != ":", s[i] != " ", s[i] != "\t" { i += 1 }
        let key = String(String.UnicodeScalarView(s[start..<i]))
        var j = i
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        guard j < s.count, s[j] == ":" else {
            error(n, i + 1, "expected ':' after field name '\(key)'")
            return nil
        }
        guard key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }), !key.isEmpty else {
            error(n, start + 1, "invalid field name '\(key)'; field names are lower-case words joined by '-'")
            return nil
        }
        j += 1
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        let valueColumn = j + 1
        guard j < s.count, s[j] != "#" else {
            error(n, valueColumn, "missing value for field '\(key)'")
            return nil
        }
        var value = ""
        var quoted = false
        var comment: String?
        if s[j] == "\"" {
            quoted = true
            var k = j + 1
            var closed = false
            var text = String.UnicodeScalarView()
            while k < s.count {
                let c = s[k]
                if c == "\\" {
                    guard k + 1 < s.count, s[k + 1] == "\"" || s[k + 1] == "\\" else {
                        let shown = k + 1 < s.count ? "\\" + String(s[k + 1]) : "\\"
                        error(n, k + 1, "unknown escape '\(shown)' in quoted value; only \\\" and \\\\ are escapes")
                        return nil
                    }
                    text.append(s[k + 1])
                    k += 2
                    continue
                }
                if c == "\"" { closed = true; k += 1; break }
                text.append(c)
                k += 1
            }
            guard closed else {
                error(n, valueColumn, "unterminated quoted value for field '\(key)'")
                return nil
            }
            value = String(text)
            while k < s.count, s[k] == " " || s[k] == "\t" { k += 1 }
            if k < s.count {
                guard s[k] == "#" else {
                    error(n, k + 1, "unexpected text after the closing quote of field '\(key)'; to begin a value with a quotation, quote the whole value and write inner quotes as \\\"")
                    return nil
                }
                comment = String(String.UnicodeScalarView(s[k...]))
            }
        } else {
            var k = j
            var end = s.count
            while k < s.count {
                if s[k] == "#", s[k - 1] == " " || s[k - 1] == "\t" { end = k; comment = String(String.UnicodeScalarView(s[k...])); break }
                k += 1
            }
            value = String(String.UnicodeScalarView(s[j..<end])).trimmingSpaces
        }
        return SyntaxField(key: key, keyLocation: loc(n, start + 1), value: value, valueLocation: loc(n, valueColumn),
                           quoted: quoted, comment: comment)
    }
}

extension String {
    func trimmingCharacters(_ c: Character) -> String {
        var s = Substring(self)
        while s.last == c { s.removeLast() }
        return String(s)
    }
}
