/// The one place where text is made safe for SVG (XML 1.0), used by `SVGDocument` for every
/// attribute value and every piece of text content.
extension String {
    /// The string as XML character data or an attribute value, on one line.
    ///
    /// `&` `<` `>` `"` `'` become entities; tabs and line breaks become spaces (chart labels
    /// are single lines); controls, zero-width and bidirectional characters are spelled
    /// `<U+XXXX>` (`VisibleText`), U+FFFE and U+FFFF become U+FFFD, so the document always parses.
    var xmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += " "
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            case _ where VisibleText.isInvisible(c): out += VisibleText.spelled(c).xmlEscaped
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
