import Foundation
import Testing
@testable import ClaimDiffKit

/// Issue 16, items 2, 3 and 6: a single file checked in its corpus, repeated --sources,
/// `new paper`, and progress only where it belongs.
@Suite("One file in its corpus")
struct CorpusFileTests {
    static let vocabulary = """
    ladder l
      steps: none < promised < delivered

    proposition x.transfer
      kind: ladder
      title: How far the transfer got
      ladder: l

    """

    static func paper(_ id: String, claim: String, value: String = "promised", quote: String = "Russia promised the jets.") -> String {
        """
        paper \(id)
          title: T
          publisher: P
          published: 2024
          source: \(id).txt

        claim \(claim)
          about: x.transfer
          value: \(value)
          quote: "\(quote)"

        """
    }

    /// corpus/vocabulary.claims, corpus/papers/{p,q,broken}.claims; broken.claims has an error.
    static func corpus(_ dir: TemporaryDirectory) throws -> String {
        try dir.write(vocabulary, to: "corpus/vocabulary.claims")
        try dir.write(paper("p", claim: "c1"), to: "corpus/papers/p.claims")
        try dir.write(paper("q", claim: "c2", value: "delivered", quote: "The jets were delivered."), to: "corpus/papers/q.claims")
        try dir.write(paper("b", claim: "c3", value: "delivred"), to: "corpus/papers/broken.claims")
        return dir.path + "/corpus"
    }

    @Test("check FILE finds the vocabulary in the nearest folder above and reports on that file only")
    func checkFileFindsVocabulary() throws {
        try withTemporaryDirectory { dir in
            let corpus = try Self.corpus(dir)
            let run = ClaimDiffTool.capture(["check", corpus + "/papers/p.claims"])
            #expect(run.err == "")
            #expect(run.code == .success)
            #expect(run.outLines == ["1 paper, 1 claim, 1 propositions"])
            // The broken file is reported when it is the one named.
            let broken = ClaimDiffTool.capture(["check", corpus + "/papers/broken.claims"])
            #expect(broken.code == .dataError)
            #expect(broken.err.hasPrefix(corpus + "/papers/broken.claims:9:10: error: unknown ladder step 'delivred'"))
        }
    }

    @Test("check FILE with --annotations DIR takes that folder's vocabulary")
    func checkFileWithAnnotations() throws {
        try withTemporaryDirectory { dir in
            _ = try Self.corpus(dir)
            let loose = try dir.write(Self.paper("r", claim: "c9"), to: "elsewhere/r.claims")
            let without = ClaimDiffTool.capture(["check", loose])
            #expect(without.code == .dataError)
            #expect(without.err.contains("unknown proposition 'x.transfer'"))
            let with = ClaimDiffTool.capture(["check", "--annotations", dir.path + "/corpus", loose])
            #expect(with.code == .success)
            #expect(with.outLines == ["1 paper, 1 claim, 1 propositions"])
        }
    }

    @Test("check FILE reports a claim id the file shares with another paper of its corpus")
    func checkFileSeesDuplicates() throws {
        try withTemporaryDirectory { dir in
            let corpus = try Self.corpus(dir)
            let path = try dir.write(Self.paper("s", claim: "c2"), to: "corpus/papers/s.claims")
            let run = ClaimDiffTool.capture(["check", path])
            #expect(run.code == .dataError)
            // Whichever file is read first, the named file's line is in the report.
            #expect(run.err.contains("error: duplicate claim id 'c2'") && run.err.contains(path + ":7:7:"), "\(run.err)")
            #expect(run.err.contains(corpus + "/papers/q.claims:7:7:") || run.err.contains("/papers/q.claims:7:7:"))
        }
    }

    @Test("check, fmt and verify-quotes take --annotations DIR as their folder")
    func annotationsOption() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.vocabulary, to: "c/vocabulary.claims")
            try dir.write(Self.paper("p", claim: "c1"), to: "c/papers/p.claims")
            try dir.write("Russia promised the jets.\n", to: "texts/p.txt")
            let c = dir.path + "/c"
            #expect(ClaimDiffTool.capture(["check", "--annotations", c]).outLines == ["1 paper, 1 claim, 1 propositions"])
            #expect(ClaimDiffTool.capture(["fmt", "--check", "--annotations", c]).code == .success)
            #expect(ClaimDiffTool.capture(["verify-quotes", "--sources", dir.path + "/texts", "--annotations", c]).outLines
                    == ["1 quote verified in 1 paper"])
        }
    }

    @Test("verify-quotes reads each source from the first --sources folder that holds it")
    func repeatedSources() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.vocabulary, to: "c/vocabulary.claims")
            try dir.write(Self.paper("p", claim: "c1"), to: "c/papers/p.claims")
            try dir.write(Self.paper("q", claim: "c2", value: "delivered", quote: "The jets were delivered."), to: "c/papers/q.claims")
            try dir.write("Russia promised the jets.\n", to: "one/p.txt")
            try dir.write("The jets were delivered.\n", to: "two/q.txt")
            let both = ClaimDiffTool.capture(["verify-quotes", "--sources", dir.path + "/one", "--sources=" + dir.path + "/two", dir.path + "/c"])
            #expect(both.code == .success, "\(both.err)")
            #expect(both.outLines == ["2 quotes verified in 2 papers"])
            let one = ClaimDiffTool.capture(["verify-quotes", "--sources", dir.path + "/one", dir.path + "/c"])
            #expect(one.code == .dataError)
            #expect(one.err.contains("source file 'q.txt' of paper 'q' not found in '\(dir.path)/one'"))
            let file = ClaimDiffTool.capture(["verify-quotes", "--sources", dir.path + "/two", dir.path + "/c/papers/q.claims"])
            #expect(file.outLines == ["1 quote verified in 1 paper"])
        }
    }

    @Test("new paper writes a record and a template that check lists as left to fill in, and never overwrites")
    func newPaper() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.vocabulary, to: "c/vocabulary.claims")
            try dir.write("A Title From The Text\n\nRussia promised the jets.\n", to: "texts/n-2025.txt")
            let args = ["new", "paper", "n-2025", "--source", dir.path + "/texts/n-2025.txt", "--annotations", dir.path + "/c"]
            let run = ClaimDiffTool.capture(args)
            #expect(run.code == .success, "\(run.err)")
            let path = dir.path + "/c/papers/n-2025.claims"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("paper n-2025\n  title: A Title From The Text\n") && text.contains("  source: n-2025.txt\n"))
            #expect(text.contains("claim n-2025-1\n"))
            let check = ClaimDiffTool.capture(["check", path])
            #expect(check.code == .dataError)
            #expect(check.err.contains("malformed date 'FILL-IN' in field 'published'") && check.err.contains("unknown proposition 'FILL-IN'"))
            // A second run refuses, and the file (edited meanwhile) is left alone.
            try "edited\n".write(toFile: path, atomically: true, encoding: .utf8)
            let again = ClaimDiffTool.capture(args)
            #expect(again.code == .cantCreate)
            #expect(again.err == "claimdiff: error: cannot write '\(path)': it exists; refusing to overwrite it\n")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited\n")
        }
    }

    @Test("new usage errors exit 64", arguments: [
        (id: "not-paper", args: ["new", "claim", "x", "--source", "s.txt"], message: "invalid value 'claim' for 'new'"),
        (id: "no-id", args: ["new", "paper", "--source", "s.txt"], message: "'new paper' needs 'ID'"),
        (id: "bad-id", args: ["new", "paper", "../x", "--source", "s.txt"], message: "invalid value '../x' for 'ID'"),
        (id: "no-source", args: ["new", "paper", "x"], message: "'new paper' needs '--source FILE'"),
    ])
    func newUsage(row: (id: String, args: [String], message: String)) {
        let run = ClaimDiffTool.capture(row.args)
        #expect(run.code == .usage)
        #expect(run.err.hasPrefix("claimdiff: error: " + row.message), "\(run.err)")
    }

    @Test("progress is written only to a console that has a terminal, never with --quiet, and only after a second")
    func progress() {
        let lines = OutputCaptureLines()
        let terminal = Console(out: { _ in }, err: { _ in }, progress: { lines.append($0) })
        let plain = Console(out: { _ in }, err: { _ in })
        #expect(!Progress(console: plain, quiet: false).enabled)
        #expect(!Progress(console: terminal, quiet: true).enabled)
        let p = Progress(console: terminal, quiet: false)
        #expect(p.enabled)
        p.step("fast")
        #expect(lines.all.isEmpty, "a step under a second says nothing")
        p.begin("generating 5 claims")
        #expect(lines.all == ["claimdiff: generating 5 claims...\n"])
        // Analyze on a console without a terminal adds nothing to standard error.
        let run = ClaimDiffTool.capture(["flags", "--annotations", PackagePaths.annotations])
        #expect(run.err.isEmpty)
    }

    /// Runs the tool in process with `input` as its standard input.
    static func run(_ args: [String], input: String) -> (code: ExitCode, out: String, err: String) {
        let out = OutputCaptureLines(), err = OutputCaptureLines()
        let console = Console(out: { out.append($0) }, err: { err.append($0) }, input: { Array(input.utf8) })
        let code = ClaimDiffTool.run(args, console: console)
        return (code, out.all.joined(), err.all.joined())
    }

    @Test("check - reads one file from standard input and checks it with the --annotations corpus")
    func checkStandardInput() throws {
        try withTemporaryDirectory { dir in
            let corpus = try Self.corpus(dir)
            let ok = Self.run(["check", "--annotations", corpus, "-"], input: Self.paper("z", claim: "z1"))
            #expect(ok.code == .success && ok.out == "1 paper, 1 claim, 1 propositions\n", "\(ok.err)")
            let bad = Self.run(["check", "--annotations", corpus, "-"], input: Self.paper("z", claim: "c1"))
            #expect(bad.code == .dataError)
            #expect(bad.err.contains("<stdin>:7:7:") && bad.err.contains("duplicate claim id 'c1'"), "\(bad.err)")
        }
    }

    @Test("fmt - prints standard input in canonical form; a syntax error is reported and nothing printed")
    func formatStandardInput() {
        let ok = Self.run(["fmt", "-"], input: CLITests.unformatted)
        #expect(ok.code == .success && ok.out == CLITests.formatted)
        let bad = Self.run(["fmt", "-"], input: "paper p\n  title \"T\n")
        #expect(bad.code == .dataError && bad.out.isEmpty && bad.err.hasPrefix("<stdin>:2:"), "\(bad.err)")
        #expect(Self.run(["fmt", "--check", "-"], input: "").code == .usage)
    }
}

/// Lines collected from several threads.
final class OutputCaptureLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ s: String) { lock.withLock { lines.append(s) } }
    var all: [String] { lock.withLock { lines } }
}
