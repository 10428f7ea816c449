import Foundation
import Testing
@testable import ClaimDiffKit

/// Hostile inputs end to end: files laid out in a fresh directory, one command run in process,
/// its exit code and the exact lines it must print.
///
/// `expected` is compared whole, in order, with what the command printed that matters: every
/// `file:line:col: error:` or `note:` headline and `claimdiff: error:` line on standard error,
/// then every line of standard output. Source lines and carets are checked by the renderer's
/// own tests; here they only must not hide a crash. `$D` stands for the row's directory.
/// Rows live in `HostileInputTests+*.swift`, grouped by what they break.
@Suite("Hostile inputs")
struct HostileInputTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var id: String
        /// Files to create, by path relative to the directory.
        var files: [String: [UInt8]] = [:]
        /// More setup in the directory (FIFOs, links, folders), after the files are written.
        var setup: (@Sendable (String) throws -> Void)?
        var args: [String]
        var code: ExitCode
        var expected: [String]
        var testDescription: String { id }
    }

    static let rows: [Row] = syntaxRows + byteRows + valueRows + referenceRows + fileRows + roundTwoRows

    @Test("every hostile row gives its exit code and exactly its diagnostics, without a crash", arguments: rows)
    func row(_ row: Row) throws {
        try withTemporaryDirectory { dir in
            for (path, bytes) in row.files { try dir.write(Data(bytes), to: path) }
            try row.setup?(dir.path)
            let run = ClaimDiffTool.capture(row.args.map { $0.replacingOccurrences(of: "$D", with: dir.path) })
            let expected = row.expected.map { $0.replacingOccurrences(of: "$D", with: dir.path) }
            #expect(run.code == row.code, "row '\(row.id)': \(run.err)")
            #expect(Self.significant(run) == expected, "row '\(row.id)'")
            Self.expectNoCrashText(run, row.id)
        }
    }

    @Test("the table has at least 40 rows, with unique ids")
    func tableSize() {
        #expect(Self.rows.count >= 40)
        #expect(Set(Self.rows.map(\.id)).count == Self.rows.count)
    }

    /// Headlines and `claimdiff: error:` lines on standard error, then standard output's lines.
    static func significant(_ run: ToolRun) -> [String] {
        let err = run.err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            line.hasPrefix("claimdiff: error: ") || line.range(of: #"^\S.*:\d+:\d+: (error|warning|note): "#, options: .regularExpression) != nil
        }
        return err + run.outLines
    }

    /// Nothing a crash or the Swift runtime would print.
    static func expectNoCrashText(_ run: ToolRun, _ id: String) {
        for marker in ["Fatal error", "Stack dump", "Backtracing", "Program crashed", "Thread 0", "Illegal instruction"] {
            #expect(!run.err.contains(marker) && !run.out.contains(marker), "row '\(id)' printed '\(marker)'")
        }
    }
}

/// Building blocks for rows: a small valid vocabulary and paper that rows break one way each.
extension HostileInputTests {
    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    static let vocabulary = """
        ladder l
          steps: none < promised < delivered

        proposition x.transfer
          kind: ladder
          title: How far the transfer got
          ladder: l

        proposition x.trade
          kind: amount
          title: Trade in a year
          unit: USD

        proposition x.nature
          kind: category
          title: What the relationship is
          terms: ally, partner, rival

        """

    /// A paper with one claim; the claim's fields start at line 8.
    static let paper = """
        paper p
          title: T
          publisher: P
          published: 2024
          source: p.txt

        claim c1
          about: x.transfer
          value: promised
          quote: "Russia promised the jets."

        """

    /// `vocabulary.claims` and `papers/p.claims` holding `paper` with `old` replaced by `new`.
    static func corpus(_ old: String = "", _ new: String = "", extra: [String: String] = [:]) -> [String: [UInt8]] {
        var files = ["vocabulary.claims": text(vocabulary),
                     "papers/p.claims": text(old.isEmpty ? paper : paper.replacingOccurrences(of: old, with: new))]
        for (k, v) in extra { files[k] = text(v) }
        return files
    }

    static let ok = "1 paper, 1 claim, 3 propositions"
}
