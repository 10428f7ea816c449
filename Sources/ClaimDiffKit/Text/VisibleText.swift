/// The one place that decides how control and bidirectional characters look in output.
///
/// Annotation text, reviewers' notes and command-line values can hold anything the decoder
/// lets through: escape sequences that clear the screen or set a window title (ESC, OSC
/// ended by BEL), DEL, vertical tab, C1 controls, right-to-left overrides that reorder a line,
/// zero-width characters that make two names look alike. Everything that reaches a terminal
/// (`Console`), a diagnostic (`Diagnostic.printable`), a Markdown report (`Markdown.escape`,
/// `code`, fenced code) or a chart (`xmlEscaped`) shows such a character as `<U+XXXX>`, so
/// it can be seen and never acts. Tabs stay; line breaks stay where the caller keeps them.
public enum VisibleText {
    /// C0 controls (but tab), DEL, C1 controls, byte-order marks, zero-width characters,
    /// line and paragraph separators, and bidirectional marks, embeddings, overrides and isolates.
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `text` with every invisible character spelled `<U+XXXX>`; `\n` kept when
    /// `keepingLineBreaks` (multi-line terminal output), spelled otherwise.
    public static func render(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard mayHoldInvisible(text) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isInvisible(s), !(keepingLineBreaks && s == "\n") {
                out.append(contentsOf: spelled(s).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// `<U+001B>`: how an invisible character is shown.
    public static func spelled(_ s: Unicode.Scalar) -> String {
        let digits = String(s.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
    }

    /// False only when no invisible character is in `text`, judged from its UTF-8 bytes
    /// (a control byte, or the two- and three-byte sequences of the others): the fast path,
    /// which typographic quotes and dashes (also 0xE2 0x80 …) stay on.
    static func mayHoldInvisible(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if (c < 0x20 && c != 0x09) || c == 0x7F { return true }
                    i += 1
                    continue
                }
                let c1 = i + 1 < n ? b[i + 1] : 0, c2 = i + 2 < n ? b[i + 2] : 0
                switch c {
                case 0xC2 where (0x80...0x9F).contains(c1): return true                  // C1 controls
                case 0xD8 where c1 == 0x9C: return true                                   // U+061C
                case 0xE2 where c1 == 0x80 && ((0x8B...0x8F).contains(c2) || (0xA8...0xAE).contains(c2)): return true
                case 0xE2 where c1 == 0x81 && ((0xA0...0xA4).contains(c2) || (0xA6...0xA9).contains(c2)): return true
                case 0xEF where c1 == 0xBB && c2 == 0xBF: return true                     // U+FEFF
                default: break
                }
                i += 1
            }
            return false
        }
    }

    /// JSON text with every invisible character inside its strings written `\uXXXX`: the same
    /// strings when read back, and nothing raw on a terminal. (The encoder escapes C0 controls
    /// itself; DEL, C1, zero-width and bidirectional characters it leaves as they are. Every
    /// invisible character is in the Basic Multilingual Plane, so one escape each.)
    public static func jsonEscaped(_ json: String) -> String {
        guard mayHoldInvisible(json) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if isInvisible(s), s != "\n" {
                let digits = String(s.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
