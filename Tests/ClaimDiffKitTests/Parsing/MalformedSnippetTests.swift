import Testing
@testable import ClaimDiffKit

/// Malformed annotation snippets and the exact diagnostics each must produce.
///
/// Every row lists every diagnostic (and note) the parser must report, as
/// `file:line:col: error: message`; the lists are compared whole and sorted, so a missing
/// diagnostic and an extra one both fail. The rows live in `MalformedSnippetTests+*.swift`,
/// grouped by what they break.
@Suite("Malformed snippets")
struct MalformedSnippetTests {
    typealias Row = (id: String, input: String, expected: [String])
    typealias FilesRow = (id: String, files: [(path: String, text: String)], expected: [String])
    typealias BytesRow = (id: String, bytes: [UInt8], expected: [String])

    /// Every single-file row, parsed as `t.claims`.
    static let rows: [Row] = syntaxRows + vocabularyRows + paperRows + claimRows + positionRows + speakerRows + partyRows + amountRows + misplacedReviewRows

    @Test("one file gives exactly the expected diagnostics", arguments: rows)
    func oneFile(_ row: Row) {
        #expect(Snippet.report(row.input) == row.expected.sorted(), "row '\(row.id)'")
    }

    /// Review records belong in reviews.claims: these rows are parsed as that file.
    @Test("a reviews file gives exactly the expected diagnostics", arguments: reviewRows)
    func reviewsFile(_ row: Row) {
        #expect(Snippet.report(row.input, path: "reviews.claims") == row.expected.sorted(), "row '\(row.id)'")
    }

    @Test("several files give exactly the expected diagnostics, duplicates at both places", arguments: acrossFileRows)
    func acrossFiles(_ row: FilesRow) {
        #expect(Snippet.report(row.files) == row.expected.sorted(), "row '\(row.id)'")
    }

    @Test("undecodable bytes are reported by SourceText.decode with their location", arguments: byteRows)
    func undecodable(_ row: BytesRow) {
        let report = Snippet.parseBytes([("t.claims", row.bytes)]).1.flatMap(\.reportLines).sorted()
        #expect(report == row.expected.sorted(), "row '\(row.id)'")
    }
}
