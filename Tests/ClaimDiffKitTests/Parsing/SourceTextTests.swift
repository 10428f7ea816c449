import Testing
@testable import ClaimDiffKit

/// Line ends and a byte-order mark do not change what a file means.
@Suite("Source text decoding")
struct SourceTextTests {
    /// A valid paper and claim plus one mistake, so both the model and a diagnostic are compared.
    static let lines = [
        "ladder l",
        "  steps: none < promised < delivered",
        "",
        "proposition x.transfer",
        "  kind: ladder",
        "  title: How far the transfer got",
        "  ladder: l",
        "",
        "# a comment",
        "paper p",
        "  title: Пётр и 😀",
        "  publisher: P",
        "  published: 2024",
        "  source: p.txt",
        "",
        "claim c",
        "  about: x.transfer",
        "  value: promised",
        "  quote: \"Russia promised\"",
        "",
        "claim d",
        "  about: x.transfer",
        "  value: delivred",
        "  quote: \"Russia delivered\"",
    ]

    static let lf = Array((lines.joined(separator: "\n") + "\n").utf8)
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test("CRLF, CR-only, a BOM and no final newline give the lines, diagnostics and model of the LF file",
          arguments: [
            (id: "crlf", bytes: Array((lines.joined(separator: "\r\n") + "\r\n").utf8)),
            (id: "cr-only", bytes: Array((lines.joined(separator: "\r") + "\r").utf8)),
            (id: "bom-lf", bytes: bom + lf),
            (id: "bom-crlf", bytes: bom + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)),
            (id: "no-final-newline", bytes: Array(lines.joined(separator: "\n").utf8)),
          ])
    func sameAsLF(_ row: (id: String, bytes: [UInt8])) throws {
        let decoded = try SourceText.decode(row.bytes, path: "t.claims").get()
        #expect(decoded.lines == Self.lines, "row '\(row.id)'")

        let (expectedSet, expectedDiagnostics) = Snippet.parseBytes([("t.claims", Self.lf)])
        let (set, diagnostics) = Snippet.parseBytes([("t.claims", row.bytes)])
        #expect(diagnostics == expectedDiagnostics, "row '\(row.id)'")
        #expect(ModelDump.text(set) == ModelDump.text(expectedSet), "row '\(row.id)'")
    }

    @Test("the LF file itself parses to one paper, one claim and the misspelt step")
    func lfBaseline() {
        let (set, diagnostics) = Snippet.parseBytes([("t.claims", Self.lf)])
        #expect(set.papers.map(\.title) == ["Пётр и 😀"])
        #expect(set.claims.map(\.id) == ["c"])
        #expect(diagnostics.map(\.headline) == [
            "t.claims:23:10: error: unknown ladder step 'delivred' for 'x.transfer'; did you mean 'delivered'?; steps: none < promised < delivered",
        ])
    }

    @Test("a BOM is dropped only at the start; a CR before LF makes one line end")
    func bomAndLineEnds() throws {
        let text = try SourceText.decode(Self.bom + Array("a\r\n\r\nb\rc\n\n".utf8), path: "t").get()
        #expect(text.lines == ["a", "", "b", "c", ""])
        let inner = try SourceText.decode(Array("a".utf8) + Self.bom, path: "t").get()
        #expect(inner.lines == ["a\u{FEFF}"])
    }
}
