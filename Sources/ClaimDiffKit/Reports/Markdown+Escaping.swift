/// Every rule that turns text into safe GitHub-flavoured Markdown, in one place.
///
/// Claim text comes from analysts and can hold anything: `|`, backticks, `<script>`,
/// `<!-- -->`, `*`, `_`, `[a](b)`, `#`, `$`, line breaks, list markers. The rules below make
/// any such text render as itself in cmark-gfm (GitHub's engine), in running text, list
/// items, headings, quotes and table cells alike:
///
/// - `\` `` ` `` `*` `_` `[` `]` `|` `~` `#` `$` get a backslash, wherever they are
///   (`$` because GitHub renders `$…$` as math).
/// - `&` `<` `>` become `&amp;` `&lt;` `&gt;`, so no entity, HTML tag, comment, autolink in
///   angle brackets or block quote can start.
/// - At the start of the text, a `-` or `+` gets a backslash, and so does the `.` or `)`
///   after leading digits when a space or the end follows, so no list or rule can start.
/// - Each line break (`\r\n`, `\r` or `\n`) becomes one space: a paragraph, item or cell
///   is one line. No `<br>` is ever written.
///
/// - Control, zero-width and bidirectional characters are spelled `<U+XXXX>` first
///   (`VisibleText`), so none reaches a report raw.
/// - Bare links stay text where GitHub renders with the autolink extension: the `:` of `://`
///   and the `.` of `www.` get a backslash, and an `@` is followed by `&#8203;` (a zero-width
///   space: the extension links e-mail addresses after reading escapes and entities, so only
///   a character that cannot be in a domain stops it; the text looks unchanged).
///
/// Not suppressed, on purpose: GitHub may still turn `@name` and `:emoji:` into mentions and
/// pictures after rendering.
extension Markdown {
    /// `text` as inline Markdown that renders as exactly `text` (line breaks as spaces).
    public static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let flat = Array(VisibleText.render(flattened(text)).unicodeScalars)
        var atStart = true
        var i = 0
        while i < flat.count {
            let c = flat[i]
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "$":
                out += "\\"
                out.unicodeScalars.append(c)
            case "@":
                out += "@&#8203;"
            case ":" where i + 2 < flat.count && flat[i + 1] == "/" && flat[i + 2] == "/":
                out += "\\:"
            case "." where i >= 3 && flat[(i - 3)..<i].allSatisfy { $0 == "w" || $0 == "W" }:
                out += "\\."
            case "-" where atStart, "+" where atStart:
                out += "\\"
                out.unicodeScalars.append(c)
            case "0"..."9" where atStart:
                var j = i
                while j < flat.count, ("0"..."9").contains(flat[j]) { j += 1 }
                out.unicodeScalars.append(contentsOf: flat[i..<j])
                i = j
                if j < flat.count, flat[j] == "." || flat[j] == ")",
                   j + 1 == flat.count || flat[j + 1] == " " || flat[j + 1] == "\t" {
                    out += "\\"
                    out.unicodeScalars.append(flat[j])
                    i += 1
                }
                atStart = false
                continue
            default:
                out.unicodeScalars.append(c)
            }
            if c != " " && c != "\t" { atStart = false }
            i += 1
        }
        return out
    }

    /// True when `escape` leaves `text` as it is: no byte it escapes or flattens, no `-`,
    /// `+` or digit first after leading blanks, nothing invisible, no `@`, `://` or `www.`.
    /// Most text is, and is then not rebuilt.
    static func isPlain(_ text: String) -> Bool {
        if VisibleText.mayHoldInvisible(text) { return false }
        var blank = true
        var last3: UInt32 = 0
        for b in text.utf8 {
            defer { last3 = (last3 << 8 | UInt32(b)) & 0xFF_FFFF }
            if b == UInt8(ascii: "@") { return false }
            if b == UInt8(ascii: "/"), last3 & 0xFF == 0x3A { return false }
            if b == UInt8(ascii: "."), last3 | 0x20_2020 == 0x77_7777 { return false }
            switch b {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"),
                 UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"),
                 UInt8(ascii: "$"), 10, 13:
                return false
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if blank { return false }
            default:
                break
            }
            blank = false
        }
        return true
    }

    /// `text` as an inline code span, on one line; the empty string for empty text.
    ///
    /// The fence is one backtick longer than the longest run inside, and a space pads each
    /// end when the text starts or ends with a backtick or a space. Pipes are left alone:
    /// the table writer escapes them (see `tableCell`).
    public static func code(_ text: String) -> String {
        let flat = VisibleText.render(flattened(text))
        guard !flat.isEmpty else { return "" }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: flat) + 1)
        let allSpaces = flat.allSatisfy { $0 == " " }
        let edges: Set<Character> = ["`", " "]
        let pad = !allSpaces && (edges.contains(flat.first!) || edges.contains(flat.last!))
        return pad ? "\(fence) \(flat) \(fence)" : "\(fence)\(flat)\(fence)"
    }

    /// A link destination that cmark-gfm reads back as `url`.
    ///
    /// Spaces, controls, `<`, `>` and `` ` `` are percent-encoded; `\`, `(`, `)`, `[`, `]` and
    /// `&` get a backslash. Schemes are not checked: GitHub and cmark-gfm drop `javascript:`.
    static func destination(_ url: String) -> String {
        var out = ""
        for c in url.unicodeScalars {
            switch c {
            case "\\", "(", ")", "[", "]", "&":
                out += "\\"
                out.unicodeScalars.append(c)
            case " ", "<", ">", "`", "\u{7F}", "\u{00}"..."\u{1F}":
                for byte in String(c).utf8 { out += percent(byte) }
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Inline Markdown made safe as one table cell: one line, every `|` given a backslash.
    ///
    /// GFM removes one backslash before each `|` in a cell before reading it as inline
    /// Markdown, so this keeps `inline` rendering as it would outside a table (`\|` stays a
    /// literal pipe, and a code span keeps its `|`). A leading `-` or `:` gets a backslash so
    /// that no body row can look like a delimiter row to line-based checks.
    static func tableCell(_ inline: String) -> String {
        var out = ""
        for c in blockLine(inline).unicodeScalars {
            if c == "|" || (out.isEmpty && (c == "-" || c == ":")) { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Inline Markdown made safe as the content of a one-line block: line breaks become
    /// spaces and surrounding whitespace goes, so no indented code block can start.
    static func blockLine(_ inline: String) -> String {
        // Blanks trimmed scalar by scalar, as `trimmingCharacters(in: [" ", "\t"])` does, without Foundation.
        let flat = flattened(inline)
        let scalars = flat.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return first == scalars.startIndex && last == scalars.index(before: scalars.endIndex)
            ? flat : String(scalars[first...last])
    }

    /// The fence and body of a fenced code block: the fence is longer than any backtick run
    /// in `text`; the info string keeps its first word, without backticks; line breaks become
    /// `\n` and trailing ones go.
    static func fencedCode(_ text: String, language: String?) -> (fence: String, info: String, body: String) {
        var body = VisibleText.render(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"),
                                      keepingLineBreaks: true)
        while body.hasSuffix("\n") { body.removeLast() }
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: body) + 1))
        let word = flattened(language ?? "").split(separator: " ").first.map(String.init) ?? ""
        return (fence, word.filter { $0 != "`" && $0 != "\t" }, body)
    }

    /// `text` with `\r\n`, `\r` and `\n` each replaced by one space.
    static func flattened(_ text: String) -> String {
        // A line break scalar is always a character of its own ("\r\n" being one).
        guard text.utf8.contains(where: { $0 == 10 || $0 == 13 }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    static func longestRun(of mark: Character, in text: String) -> Int {
        var best = 0, run = 0
        for c in text {
            run = c == mark ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }

    static func percent(_ byte: UInt8) -> String {
        let hex = Array("0123456789ABCDEF")
        return "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
    }
}
