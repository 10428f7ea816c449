/// Finds a claim's quote in its paper's source text.
///
/// Only whitespace, typographic quotes and dashes, and backslash escapes left over from
/// conversion (`\$`) are normalised; nothing fuzzy passes as a match.
public struct QuoteMatcher: Sendable {
    public let normalizedSource: String
    private let words: [(text: Substring, start: String.Index)]

    public init(source: String) {
        normalizedSource = Self.normalize(source)
        var ws: [(Substring, String.Index)] = []
        var i = normalizedSource.startIndex
        while i < normalizedSource.endIndex {
            guard normalizedSource[i] != " " else { i = normalizedSource.index(after: i); continue }
            var j = i
            while j < normalizedSource.endIndex, normalizedSource[j] != " " { j = normalizedSource.index(after: j) }
            ws.append((normalizedSource[i..<j], i))
            i = j
        }
        words = ws
    }

    public func contains(_ quote: String) -> Bool {
        let q = Self.normalize(quote)
        return !q.isEmpty && normalizedSource.contains(q)
    }

    /// The passage of the quote's length with the most words in common with it.
    public func closestPassage(to quote: String) -> String {
        let qWords = Self.normalize(quote).split(separator: " ")
        guard !qWords.isEmpty, !words.isEmpty else { return "" }
        let wanted = Set(qWords.map { $0.lowercased() })
        let w = min(qWords.count, words.count)
        let hits = words.map { wanted.contains($0.text.lowercased()) ? 1 : 0 }
        var score = hits[0..<w].reduce(0, +)
        var best = (score: score, at: 0)
        for s in 1..<(words.count - w + 1) where words.count > w {
            score += hits[s + w - 1] - hits[s - 1]
            if score > best.score { best = (score, s) }
        }
        let last = words[best.at + w - 1]
        return String(normalizedSource[words[best.at].start..<last.text.endIndex])
    }

    /// The normal form both sides are compared in.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var scalars = Array(text.unicodeScalars)
        scalars.append(" ")
        var i = 0
        while i < scalars.count - 1 {
            var s = scalars[i]
            let next: Unicode.Scalar = scalars[i + 1]
            if s == "\\", next.isASCII, "$*_#[]()<>|`~+-.!&%'\"".unicodeScalars.contains(next) {
                i += 1
                s = scalars[i]
            }
            i += 1
            if s.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            let mapped: String
            switch s {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`": mapped = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": mapped = "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": mapped = "-"
            case "\u{2026}": mapped = "..."
            default: mapped = String(s)
            }
            // A run of dashes ("--", "—") reads as one dash.
            if mapped == "-", !pendingSpace, out.last == "-" { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(contentsOf: mapped.unicodeScalars)
        }
        return String(out)
    }
}
