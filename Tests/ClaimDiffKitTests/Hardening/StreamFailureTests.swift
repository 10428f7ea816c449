import Foundation
import Testing
@testable import ClaimDiffKit

/// Issue 15, bugs 3, 9 and 12, with the built executable under `sh`: failed writes to the
/// standard streams, running out of memory, and one 50 MB line with errors.
@Suite("Standard streams and limits", .serialized,
       .enabled(if: ChildProcess.executable != nil, "needs the claimdiff executable beside the test bundle; run 'swift build' first"))
struct StreamFailureTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var id: String
        /// A shell script; `$CLAIMDIFF` is the executable, `$A` the bundled annotations.
        var script: String
        var status: Int32
        var stderr: String
        var testDescription: String { id }
    }

    static let rows: [Row] = [
        Row(id: "bug-3-stdout-on-a-full-disk", script: #""$CLAIMDIFF" --version > /dev/full"#, status: 74,
            stderr: "claimdiff: error: cannot write to standard output: No space left on device\n"),
        Row(id: "bug-3-report-on-a-full-disk", script: #""$CLAIMDIFF" brief --annotations "$A" > /dev/full"#, status: 74,
            stderr: "claimdiff: error: cannot write to standard output: No space left on device\n"),
        Row(id: "bug-3-stdout-closed", script: #""$CLAIMDIFF" flags --annotations "$A" >&-"#, status: 74,
            stderr: "claimdiff: error: cannot write to standard output: it is closed\n"),
        Row(id: "bug-3-stderr-on-a-full-disk", script: #""$CLAIMDIFF" check /no/such/folder 2> /dev/full"#, status: 74, stderr: ""),
        Row(id: "bug-3-broken-pipe-with-sigpipe-ignored",
            script: #"trap '' PIPE; { "$CLAIMDIFF" brief --annotations "$A"; echo "status $?" >&2; } | true"#, status: 0,
            stderr: "claimdiff: error: cannot write to standard output: Broken pipe\nstatus 74\n"),
    ]

    @Test("a failed write to standard output or error exits 74 with one line, never a trap", arguments: rows)
    func row(_ row: Row) throws {
        let run = try ChildProcess.shell("A='\(PackagePaths.annotations)'; " + row.script)
        #expect(run.status == row.status, "row '\(row.id)': \(run.stderr)")
        #expect(run.stderr == row.stderr, "row '\(row.id)'")
    }

    /// A file of `megabytes` MB whose one long quote never ends: one error, at line 12.
    static func longLine(megabytes: Int, in dir: TemporaryDirectory) throws -> String {
        try FileManager.default.copyItem(atPath: PackagePaths.annotations + "/vocabulary.claims", toPath: dir.path + "/vocabulary.claims")
        let head = "paper p1\n  title: T\n  authors: A\n  publisher: P\n  published: 2024\n  source: s.txt\n  reliability: B\n\n"
            + "claim c1\n  about: trade.volume\n  value: 5 USD\n  quote: \""
        var data = Data(head.utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: megabytes * 1_000_000))
        data.append(Data("\n".utf8))
        try dir.write(data, to: "p.claims")
        return dir.path
    }

    @Test("bug 9: out of memory prints one line and exits 70, not SIGSEGV or SIGABRT")
    func outOfMemory() throws {
        try withTemporaryDirectory { dir in
            let annotations = try Self.longLine(megabytes: 50, in: dir)
            // 100 MB of address space: the program starts, the 50 MB file cannot be worked on.
            let run = try ChildProcess.shell("ulimit -v 100000; exec \"$CLAIMDIFF\" check '\(annotations)'")
            #expect(run.status == 70, "\(run.stderr)")
            #expect(run.stderr.hasSuffix("claimdiff: error: internal error (out of memory or a fatal fault); exiting with 70, files already written are whole\n"), "\(run.stderr)")
        }
    }

    @Test("bug 12: one 50 MB line with an error is reported within 400 MB of address space")
    func fiftyMegabyteLine() throws {
        try withTemporaryDirectory { dir in
            let annotations = try Self.longLine(megabytes: 50, in: dir)
            let run = try ChildProcess.shell("ulimit -v 400000; exec \"$CLAIMDIFF\" check '\(annotations)'")
            #expect(run.status == 65, "\(run.stderr.prefix(2000))")
            let lines = run.stderr.split(separator: "\n").map(String.init)
            #expect(lines.first == "\(annotations)/p.claims:12:10: error: unterminated quoted value for field 'quote'")
            #expect(lines.last == "1 error in annotations")
            #expect(run.stderr.utf8.count < 1000, "the long line is cut around the column")
        }
    }
}
