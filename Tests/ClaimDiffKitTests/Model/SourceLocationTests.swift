import Testing
@testable import ClaimDiffKit

/// Columns in diagnostics count Unicode scalar values from 1; a tab is one column.
@Suite("Source locations")
struct SourceLocationTests {
    /// `  title: "TEXT" x`: the error is at the `x`, 13 columns plus one per scalar of TEXT.
    @Test("columns count Unicode scalars, not bytes, UTF-16 units or characters; a tab is one column",
          arguments: [
            (id: "ascii", text: "abc", column: 16),
            (id: "precomposed-e-acute-is-one-scalar", text: "\u{E9}", column: 14),
            (id: "decomposed-e-acute-is-two-scalars-in-one-character", text: "e\u{301}", column: 15),
            (id: "emoji-is-one-scalar-in-four-bytes", text: "😀", column: 14),
            (id: "flag-is-two-scalars-in-one-character", text: "🇫🇷", column: 15),
            (id: "cyrillic", text: "Привет", column: 19),
            (id: "arabic", text: "مرحبا", column: 18),
            (id: "tab-inside-the-value", text: "a\tb", column: 16),
          ])
    func columnsCountScalars(_ row: (id: String, text: String, column: Int)) {
        let input = "paper p\n  title: \"\(row.text)\" x\n  publisher: P\n  published: 2024\n  source: p.txt\n"
        let message = #"unexpected text after the closing quote of field 'title'; to begin a value with a quotation, quote the whole value and write inner quotes as \""#
        #expect(Snippet.report(input) == ["t.claims:2:\(row.column): error: \(message)"], "row '\(row.id)'")
    }

    @Test("a tab of indentation is one column")
    func tabIndentIsOneColumn() {
        let input = "paper p\n\ttitle T\n\tpublisher: P\n\tpublished: 2024\n\tsource: p.txt\n"
        #expect(Snippet.report(input) == ["t.claims:2:7: error: expected ':' after field name 'title'"])
    }

    @Test("a decoding error after non-ASCII text is located in scalars too")
    func decodeErrorColumn() {
        let bytes = Array("paper p\n  title: Привет😀".utf8) + [0xFE]
        guard case .failure(let d) = SourceText.decode(bytes, path: "t.claims") else {
            Issue.record("0xFE decoded as text")
            return
        }
        #expect(d.location == SourceLocation(file: "t.claims", line: 2, column: 17))
    }

    @Test("locations order by file, then line, then column, with numeric lines")
    func ordering() {
        let a9 = SourceLocation(file: "a.claims", line: 9, column: 5)
        let a10 = SourceLocation(file: "a.claims", line: 10, column: 1)
        let a10c2 = SourceLocation(file: "a.claims", line: 10, column: 2)
        let b1 = SourceLocation(file: "b.claims", line: 1, column: 1)
        #expect([b1, a10c2, a10, a9].sorted() == [a9, a10, a10c2, b1])
        #expect(a10.description == "a.claims:10:1")
    }
}
