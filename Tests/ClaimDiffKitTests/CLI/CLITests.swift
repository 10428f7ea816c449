import Foundation
import Testing
@testable import ClaimDiffKit

/// The command line, run in process with its output captured.
@Suite("Command line")
struct CLITests {
    // MARK: - check

    @Test("check on the real annotations prints the counts of the parsed set and exits 0")
    func checkRealAnnotations() throws {
        let loaded = try AnnotationLoader.load(paths: [PackagePaths.annotations])
        let s = loaded.set
        #expect(s.papers.count >= 5)
        #expect(s.claims.count >= 100)
        let run = ClaimDiffTool.capture(["check", PackagePaths.annotations])
        #expect(run.code == .success)
        #expect(run.err == "")
        #expect(run.outLines.last == "\(s.papers.count) papers, \(s.claims.count) claims, \(s.propositions.count) propositions")
    }

    @Test("check on a broken file exits 65 and prints file:line:col: error: with the line and a caret")
    func checkBrokenFile() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write("paper p\n  title: T\n  publisher: P\n  published: 2024-13\n  source: p.txt\n", to: "bad.claims")
            let run = ClaimDiffTool.capture(["check", dir.path])
            #expect(run.code == .dataError)
            #expect(run.out == "")
            #expect(run.err == """
                \(path):4:14: error: impossible date '2024-13' in field 'published'
                    published: 2024-13
                               ^
                1 error in annotations

                """)
        }
    }

    @Test("check on a missing directory exits 66")
    func checkMissingDirectory() throws {
        try withTemporaryDirectory { dir in
            let missing = dir.path + "/nowhere"
            let run = ClaimDiffTool.capture(["check", missing])
            #expect(run.code == .noInput)
            #expect(run.err == "claimdiff: error: cannot read '\(missing)': no such file or directory\n")
        }
    }

    // MARK: - usage

    @Test("usage errors exit 64 with a did-you-mean and the command's usage line", arguments: [
        (id: "unknown-option", args: ["fmt", "--chek"],
         first: "claimdiff: error: unknown option '--chek' for 'fmt'; did you mean '--check'?", usage: "usage: claimdiff fmt [--annotations DIR] [--check] [PATH...]"),
        (id: "unknown-option-with-value", args: ["verify-quotes", "--source=x"],
         first: "claimdiff: error: unknown option '--source' for 'verify-quotes'; did you mean '--sources'?",
         usage: "usage: claimdiff verify-quotes --sources DIR... [--annotations DIR] [PATH...]"),
        (id: "unknown-command", args: ["chek"],
         first: "claimdiff: error: unknown command 'chek'; did you mean 'check'?", usage: "usage: claimdiff <command> [options]"),
        (id: "help-for-an-unknown-command", args: ["help", "chek"],
         first: "claimdiff: error: unknown command 'chek'; did you mean 'check'?", usage: "usage: claimdiff <command> [options]"),
        (id: "flag-given-a-value", args: ["fmt", "--check=yes"],
         first: "claimdiff: error: option '--check' takes no value", usage: "usage: claimdiff fmt [--annotations DIR] [--check] [PATH...]"),
        (id: "option-without-its-value", args: ["verify-quotes", "--sources"],
         first: "claimdiff: error: option '--sources' needs a value", usage: "usage: claimdiff verify-quotes --sources DIR... [--annotations DIR] [PATH...]"),
        (id: "missing-required-option", args: ["verify-quotes"],
         first: "claimdiff: error: 'verify-quotes' needs '--sources DIR'", usage: "usage: claimdiff verify-quotes --sources DIR... [--annotations DIR] [PATH...]"),
    ])
    func usageErrors(_ row: (id: String, args: [String], first: String, usage: String)) {
        let run = ClaimDiffTool.capture(row.args)
        #expect(run.code == .usage, "row '\(row.id)'")
        #expect(run.out == "", "row '\(row.id)'")
        let lines = run.err.split(separator: "\n").map(String.init)
        #expect(lines.first == row.first, "row '\(row.id)'")
        #expect(lines.dropFirst().first == row.usage, "row '\(row.id)'")
    }

    @Test("help exits 0 and prints the overview or the command's page", arguments: [
        (id: "help-flag", args: ["--help"], firstLine: "claimdiff: compare the claims papers make; flag agreements, contradictions and updates over time"),
        (id: "short-help", args: ["-h"], firstLine: "claimdiff: compare the claims papers make; flag agreements, contradictions and updates over time"),
        (id: "help-command", args: ["help", "fmt"], firstLine: "USAGE: claimdiff fmt [--annotations DIR] [--check] [PATH...]"),
        (id: "help-after-the-command", args: ["check", "--help"], firstLine: "USAGE: claimdiff check [--annotations DIR] [--quiet] [PATH...]"),
        (id: "help-among-other-options", args: ["verify-quotes", "--sources", "x", "--help"],
         firstLine: "USAGE: claimdiff verify-quotes --sources DIR... [--annotations DIR] [PATH...]"),
    ])
    func help(_ row: (id: String, args: [String], firstLine: String)) {
        let run = ClaimDiffTool.capture(row.args)
        #expect(run.code == .success, "row '\(row.id)'")
        #expect(run.err == "", "row '\(row.id)'")
        #expect(run.outLines.first == row.firstLine, "row '\(row.id)'")
    }

    @Test("no arguments at all is a usage error")
    func noArguments() {
        let run = ClaimDiffTool.capture([])
        #expect(run.code == .usage)
        #expect(run.err.hasPrefix("claimdiff: compare the claims"))
    }
}
