/// Writes a syntax tree in the one canonical form `claimdiff fmt` produces.
///
/// Records are separated by one blank line, fields are indented two spaces in schema order,
/// `quote` is always double-quoted and other values only when they must be, comments stay
/// attached to the record or field they were written above, and the file ends in one newline.
public enum Formatter {
    public static func format(_ file: SyntaxFile) -> String {
        var blocks: [String] = []
        for item in file.items {
            switch item {
            case .comments(let lines):
                blocks.append(lines.map(\.trimmingSpaces).joined(separator: "\n"))
            case .record(let r):
                blocks.append(record(r))
            }
        }
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    static func record(_ r: SyntaxRecord) -> String {
        var lines = r.leadingComments.map(\.trimmingSpaces)
        lines.append("\(r.keyword) \(r.id)" + trailing(r.comment))
        let order = RecordSchema.named(r.keyword)?.fields ?? []
        let sorted = r.fields.enumerated().sorted { x, y in
            let ix = order.firstIndex(of: x.element.key) ?? order.count
            let iy = order.firstIndex(of: y.element.key) ?? order.count
            return (ix, x.offset) < (iy, y.offset)
        }.map(\.element)
        for f in sorted {
            lines += f.leadingComments.map { "  " + $0.trimmingSpaces }
            lines.append("  \(f.key): \(value(f))" + trailing(f.comment))
        }
        lines += r.trailingComments.map { "  " + $0.trimmingSpaces }
        return lines.joined(separator: "\n")
    }

    static func trailing(_ comment: String?) -> String {
        comment.map { "  " + $0.trimmingSpaces } ?? ""
    }

    /// The value, quoted when the key requires it or a bare value would read differently.
    static func value(_ f: SyntaxField) -> String {
        let v = f.value
        let needsQuotes = RecordSchema.alwaysQuoted.contains(f.key) || v.isEmpty || v != v.trimmingSpaces
            || v.hasPrefix("\"") || v.hasPrefix("#") || v.contains(" #") || v.contains("\t#")
        guard needsQuotes else { return v }
        var out = "\""
        for ch in v.unicodeScalars {
            if ch == "\"" || ch == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(ch)
        }
        return out + "\""
    }
}
