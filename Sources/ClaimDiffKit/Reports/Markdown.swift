/// Inline Markdown for reports: each helper takes plain text and returns inline Markdown
/// that renders as that text, so callers never escape by hand.
///
/// Compose the results with plain string concatenation and pass them to `MarkdownWriter`.
/// The escaping rules themselves are all in `Markdown+Escaping.swift`.
public enum Markdown {
    /// `text` in bold: `**text**`, trimmed so the delimiters hug it; empty for blank text.
    ///
    /// Put it after a space or punctuation, not glued to a word, or GFM will not embolden it.
    public static func bold(_ text: String) -> String {
        let inner = escape(blockLine(text))
        return inner.isEmpty ? "" : "**\(inner)**"
    }

    /// A link, `[text](url)`, with `text` escaped as running text and `url` as a destination.
    public static func link(text: String, url: String) -> String {
        "[\(escape(text))](\(destination(url)))"
    }

    /// An image, `![alt](url)`, for a chart: GitHub shows repository-relative SVG files.
    public static func image(alt: String, url: String) -> String {
        "![\(escape(alt))](\(destination(url)))"
    }
}
