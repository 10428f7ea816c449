import Foundation
import Testing
@testable import ClaimDiffKit

/// Rows about bytes: NUL, invalid UTF-8, line ends, byte-order marks, empty files, a 10 MB line.
extension HostileInputTests {
    static let byteRows: [Row] = [
        // MARK: NUL bytes
        Row(id: "nul-inside-a-value", files: ["a.claims": text("paper p\n  title: T") + [0] + text("x\n")],
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/a.claims:2:11: error: NUL byte in annotation file"]),
        Row(id: "nul-as-the-first-byte", files: ["a.claims": [0] + text(paper)],
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/a.claims:1:1: error: NUL byte in annotation file"]),

        // MARK: invalid UTF-8
        Row(id: "latin-1-byte", files: ["a.claims": text("paper p\n  title: Z") + [0xFC] + text("rich\n")],
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/a.claims:2:11: error: invalid UTF-8 in annotation file"]),
        Row(id: "overlong-encoding-of-slash", files: ["a.claims": text("paper p\n  source: ") + [0xC0, 0xAF] + text("etc\n")],
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/a.claims:2:11: error: invalid UTF-8 in annotation file"]),
        Row(id: "encoded-surrogate", files: ["a.claims": text("paper p\n  title: ") + [0xED, 0xA0, 0x80] + text("\n")],
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/a.claims:2:10: error: invalid UTF-8 in annotation file"]),
        Row(id: "utf16-file", files: ["a.claims": [0xFF, 0xFE] + Array(paper.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })],
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/a.claims:1:1: error: invalid UTF-8 in annotation file"]),

        // MARK: line ends and byte-order marks
        Row(id: "crlf-file-is-valid",
            files: corpus(extra: ["papers/p.claims": paper.replacingOccurrences(of: "\n", with: "\r\n")]),
            args: ["check", "$D"], code: .success, expected: [ok]),
        Row(id: "crlf-file-error-columns-ignore-cr",
            files: corpus(extra: ["papers/p.claims": paper.replacingOccurrences(of: "\n", with: "\r\n")
                    .replacingOccurrences(of: "value: promised", with: "value: promisd")]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/papers/p.claims:9:10: error: unknown ladder step 'promisd' for 'x.transfer'; did you mean 'promised'?; steps: none < promised < delivered"]),
        Row(id: "cr-only-file-is-valid",
            files: corpus(extra: ["papers/p.claims": paper.replacingOccurrences(of: "\n", with: "\r")]),
            args: ["check", "$D"], code: .success, expected: [ok]),
        Row(id: "bom-file-is-valid",
            files: corpus().merging(["papers/p.claims": [0xEF, 0xBB, 0xBF] + text(paper)]) { $1 },
            args: ["check", "$D"], code: .success, expected: [ok]),
        Row(id: "bom-inside-the-file-is-shown",
            files: corpus().merging(["papers/p.claims": text(paper.replacingOccurrences(of: "claim c1", with: "\u{FEFF}claim c1"))]) { $1 },
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/papers/p.claims:7:1: error: unknown record '<U+FEFF>claim'; did you mean 'claim'?; expected one of paper, claim, proposition, ladder, scale, speaker, review"]),
        Row(id: "escape-sequence-in-an-id-is-shown",
            files: corpus("claim c1", "claim c1\u{1B}[2J"),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/papers/p.claims:7:7: error: invalid claim id 'c1<U+001B>[2J'; use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'"]),

        // MARK: empty files
        Row(id: "empty-file", files: ["a.claims": []],
            args: ["check", "$D"], code: .success, expected: ["0 papers, 0 claims, 0 propositions"]),
        Row(id: "blank-and-comment-lines-only", files: ["a.claims": text("\n   \n\t\n# nothing here\n  # indented\n")],
            args: ["check", "$D"], code: .success, expected: ["0 papers, 0 claims, 0 propositions"]),
        Row(id: "empty-file-beside-a-valid-corpus", files: corpus(extra: ["papers/empty.claims": ""]),
            args: ["check", "$D"], code: .success, expected: [ok]),
    ]

    // MARK: a 10 MB line

    static let tenMB = 10_000_000

    @Test("a 10 MB unknown record line is reported in a bounded message, quickly")
    func tenMegabyteKeyword() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write(String(repeating: "x", count: Self.tenMB) + "\n", to: "a.claims")
            let clock = ContinuousClock()
            var run: ToolRun?
            let took = clock.measure { run = ClaimDiffTool.capture(["check", dir.path]) }
            let r = try #require(run)
            // About 4 s in a debug build; it took over a minute before did-you-mean learnt to skip.
            #expect(took < .seconds(30))
            #expect(r.code == .dataError)
            let head = "\(path):1:1: error: unknown record '"
            let tail = "'; expected one of paper, claim, proposition, ladder, scale, speaker, review"
            let full = head + String(repeating: "x", count: Self.tenMB) + tail
            let kept = Array(full.unicodeScalars)
            let expected = String(String.UnicodeScalarView(kept[..<666])) + " … " + String(String.UnicodeScalarView(kept[(kept.count - 333)...]))
            #expect(Self.significant(r) == [expected])
            #expect(r.err.utf8.count < 2_000)
            Self.expectNoCrashText(r, "10-MB-keyword")
        }
    }

    @Test("a 10 MB quote parses, quickly")
    func tenMegabyteQuote() throws {
        try withTemporaryDirectory { dir in
            for (path, bytes) in Self.corpus("Russia promised the jets.", String(repeating: "R", count: Self.tenMB)) {
                try dir.write(Data(bytes), to: path)
            }
            let clock = ContinuousClock()
            var run: ToolRun?
            let took = clock.measure { run = ClaimDiffTool.capture(["check", dir.path]) }
            let r = try #require(run)
            #expect(took < .seconds(30))
            #expect(r.code == .success)
            #expect(Self.significant(r) == [Self.ok])
        }
    }
}
