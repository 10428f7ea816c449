/// Builds a GitHub-flavoured Markdown document one block at a time, in one canonical form.
///
/// Blocks are separated by exactly one blank line and `text` ends with exactly one newline
/// (it is empty when nothing was written). Headings are ATX (`## Title`), bullets use `-`,
/// ordered lists count up from their start, tables are unpadded with `| --- |` delimiter
/// rows, and code blocks are backtick fences.
///
/// Block methods take *inline Markdown*: build it with `Markdown.escape`, `Markdown.code`,
/// `Markdown.bold` and `Markdown.link` from plain text. Whatever they are given, the writer
/// keeps the block structure intact: line breaks become spaces, surrounding whitespace is
/// trimmed, and table cells have their pipes escaped, so a cell can never break its table.
public struct MarkdownWriter: Sendable, Hashable {
    /// Column alignment in a table's delimiter row.
    public enum Alignment: Sendable, Hashable {
        /// `---`: the renderer's default.
        case `default`
        /// `:---`
        case left
        /// `:---:`
        case center
        /// `---:`
        case right
    }

    private enum Block: Sendable, Hashable { case bullets, numbered, other }

    private var blocks: [String] = []
    private var last: Block = .other

    public init() {}

    /// The document: blocks joined by one blank line, ending in one newline.
    public var text: String {
        blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    /// An ATX heading, `## text`; `level` must be 1 through 6.
    public mutating func heading(_ level: Int, _ text: String) {
        precondition((1...6).contains(level), "heading level \(level) is not 1 through 6")
        let content = Markdown.blockLine(text)
        append(String(repeating: "#", count: level) + (content.isEmpty ? "" : " " + content))
    }

    /// A paragraph on one line; nothing at all when `text` is blank.
    public mutating func paragraph(_ text: String) {
        let content = Markdown.blockLine(text)
        if !content.isEmpty { append(content) }
    }

    /// A `-` list, one line per item; nothing at all for no items.
    public mutating func bullets(_ items: [String]) {
        guard !items.isEmpty else { return }
        list(.bullets, items.map { item("-", $0) })
    }

    /// An ordered list `1.`, `2.`, … counting up from `start`; nothing at all for no items.
    public mutating func numbered(_ items: [String], start: Int = 1) {
        guard !items.isEmpty else { return }
        precondition(start >= 0, "list start \(start) is negative")
        list(.numbered, items.enumerated().map { item("\(start + $0.offset).", $0.element) })
    }

    /// A table. Every row must have one cell per header, and `align`, when given, one
    /// alignment per header.
    public mutating func table(headers: [String], rows: [[String]], align: [Alignment]? = nil) {
        precondition(!headers.isEmpty, "a table needs at least one column")
        let alignments = align ?? Array(repeating: .default, count: headers.count)
        precondition(alignments.count == headers.count, "\(alignments.count) alignments for \(headers.count) columns")
        for (n, row) in rows.enumerated() {
            precondition(row.count == headers.count, "row \(n + 1) has \(row.count) cells for \(headers.count) columns")
        }
        var lines = [tableRow(headers)]
        lines.append("| " + alignments.map(\.delimiter).joined(separator: " | ") + " |")
        lines += rows.map(tableRow)
        append(lines.joined(separator: "\n"))
    }

    /// A one-paragraph block quote, `> text`.
    public mutating func quote(_ text: String) {
        let content = Markdown.blockLine(text)
        append(content.isEmpty ? ">" : "> " + content)
    }

    /// A fenced code block; `text` is shown verbatim and `language` is the info string.
    public mutating func code(_ text: String, language: String? = nil) {
        let (fence, info, body) = Markdown.fencedCode(text, language: language)
        append(body.isEmpty ? "\(fence)\(info)\n\(fence)" : "\(fence)\(info)\n\(body)\n\(fence)")
    }

    /// A thematic break, `---`.
    public mutating func rule() {
        append("---")
    }

    /// Markdown written as given (line breaks normalised, trailing ones dropped): an escape
    /// hatch for trusted constructs the writer does not model. Nothing for blank text.
    public mutating func raw(_ markdown: String) {
        var body = markdown
        if body.utf8.contains(13) {
            body = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        while body.hasSuffix("\n") { body.removeLast() }
        // Any ASCII letter, digit or mark makes it non-blank; only other text needs Foundation's answer.
        let visibleASCII = body.utf8.contains { $0 < 0x80 && $0 != 32 && !(9...13).contains($0) }
        if visibleASCII || !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { append(body) }
    }

    /// The same as `Markdown.link(text:url:)`.
    public func link(_ text: String, _ url: String) -> String {
        Markdown.link(text: text, url: url)
    }

    private func item(_ marker: String, _ text: String) -> String {
        let content = Markdown.blockLine(text)
        return content.isEmpty ? marker : marker + " " + content
    }

    /// Two lists of one kind in a row would merge into one; an HTML comment keeps them apart,
    /// as the CommonMark spec suggests. It renders as nothing.
    private mutating func list(_ kind: Block, _ lines: [String]) {
        if last == kind { append("<!-- -->") }
        append(lines.joined(separator: "\n"))
        last = kind
    }

    private func tableRow(_ cells: [String]) -> String {
        "|" + cells.map { cell in
            let content = Markdown.tableCell(cell)
            return content.isEmpty ? " " : " \(content) "
        }.joined(separator: "|") + "|"
    }

    private mutating func append(_ block: String) {
        blocks.append(block)
        last = .other
    }
}

extension MarkdownWriter.Alignment {
    var delimiter: String {
        switch self {
        case .default: return "---"
        case .left: return ":---"
        case .center: return ":---:"
        case .right: return "---:"
        }
    }
}
