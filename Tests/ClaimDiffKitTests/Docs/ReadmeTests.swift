import Foundation
import Testing
@testable import ClaimDiffKit

/// Issue 16, items 1 and 7: the README stays true. Its transcripts are run and compared line
/// by line, its command table is the one rendered from the declarations, its links resolve.
@Suite("README")
struct ReadmeTests {
    static let path = PackagePaths.root + "/README.md"
    static func readme() throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// Every `console` block, run in order with bash in a scratch copy of the package's
    /// annotations (`swift run claimdiff` is the built binary): the walkthrough and the tour,
    /// every figure they quote compared with real output.
    @Test("the README's walkthrough and tour print exactly what they show")
    func transcripts() throws {
        let binary = try #require(ChildProcess.executable, "claimdiff is not built")
        let transcript = ReadmeTranscript(markdown: try Self.readme())
        #expect(transcript.steps.count >= 10)
        #expect(transcript.steps.contains { $0.command.contains("new paper") })
        try withTemporaryDirectory { dir in
            try FileManager.default.copyItem(atPath: PackagePaths.annotations, toPath: dir.path + "/Annotations")
            let bin = dir.path + "/bin"
            try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: bin + "/claimdiff", withDestinationPath: binary)
            for step in transcript.steps {
                let command = step.command.replacingOccurrences(of: "swift run claimdiff", with: "claimdiff")
                let run = try ChildProcess.run("/bin/bash", ["-c", "(" + command + "\n) 2>&1"], in: dir.path,
                                               environment: ["PATH": bin + ":/usr/bin:/bin", "LC_ALL": "C.UTF-8"])
                var got = run.stdout.components(separatedBy: "\n")
                if got.last == "" { got.removeLast() }
                let matches = step.isPrefix ? Array(got.prefix(step.expected.count)) == step.expected : got == step.expected
                #expect(matches, "README.md:\(step.line): '\(step.command.prefix(80))' printed:\n\(got.joined(separator: "\n"))")
            }
            // What the walkthrough says the brief then shows.
            let brief = try String(contentsOfFile: dir.path + "/my-reports/brief.md", encoding: .utf8)
            #expect(brief.contains("**Current position**: **contracted, not delivered**: example-2025 (2025-01)"))
            #expect(try Self.readme().contains("the current position of the Su-35 transfer is now\n*contracted, not delivered* as of 2025-01"))
        }
    }

    /// The command table between the markers is `Usage.readmeTable`; set CLAIMDIFF_RECORD_README=1
    /// to write it.
    @Test("the README's command table is rendered from the declarations, every option in it")
    func commandTable() throws {
        var text = try Self.readme()
        let open = "<!-- commands: rendered from the commands' declarations; a test checks it -->\n", close = "<!-- /commands -->"
        let start = try #require(text.range(of: open)), end = try #require(text.range(of: close))
        let current = String(text[start.upperBound..<end.lowerBound])
        if current != Usage.readmeTable, ProcessInfo.processInfo.environment["CLAIMDIFF_RECORD_README"] == "1" {
            text.replaceSubrange(start.upperBound..<end.lowerBound, with: Usage.readmeTable)
            try text.write(toFile: Self.path, atomically: true, encoding: .utf8)
        }
        #expect(current == Usage.readmeTable, "README.md's command table is stale; run with CLAIMDIFF_RECORD_README=1")
        let rows = current.split(separator: "\n")
        for spec in Usage.commands {
            let row = try #require(rows.first { $0.hasPrefix("| `claimdiff \(spec.name)") }, "no row for \(spec.name)")
            for option in spec.options { #expect(row.contains(option.name), "\(spec.name) \(option.name) not in the README") }
        }
    }

    @Test("every link and picture in the README resolves, and the picture is a chart analyze writes")
    func links() throws {
        let text = try Self.readme()
        let targets = text.matches(of: /\]\(([^)#]+)\)/).map { String($0.1) }.filter { !$0.hasPrefix("http") }
        #expect(targets.contains { $0.hasPrefix("Reports/charts/") && $0.hasSuffix(".svg") })
        for t in targets { #expect(FileManager.default.fileExists(atPath: PackagePaths.root + "/" + t), "\(t)") }
    }

    @Test("the README keeps a three-line performance summary; the tables are in Docs/performance.md")
    func performance() throws {
        let section = try Self.readme().components(separatedBy: "## Performance\n")[1]
        #expect(section.split(separator: "\n").filter { !$0.isEmpty }.count == 3)
        #expect(!section.contains("| ---"))
        let doc = try String(contentsOfFile: PackagePaths.root + "/Docs/performance.md", encoding: .utf8)
        #expect(doc.contains("| 1M even |") && doc.contains("## Where the time goes"))
    }

    @Test("the README's install builds for release")
    func install() throws {
        let install = try Self.readme().components(separatedBy: "## Install\n")[1].components(separatedBy: "\n## ")[0]
        #expect(install.contains("swift build -c release") && install.contains(".build/release/claimdiff"))
    }
}
