import Foundation
import Testing
@testable import ClaimDiffKit

/// Rows about the file system: missing and unreadable inputs, outputs that cannot be written.
extension HostileInputTests {
    static let fileRows: [Row] = [
        // MARK: missing or unreadable input
        Row(id: "missing-directory", args: ["check", "$D/nowhere"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D/nowhere': no such file or directory"]),
        Row(id: "missing-annotations-for-analyze", args: ["analyze", "--annotations", "$D/nowhere", "--out", "$D/out"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D/nowhere': no such file or directory"]),
        Row(id: "directory-without-claims-files", files: ["notes.txt": text("hello\n")], args: ["check", "$D"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D': no .claims files in directory"]),
        Row(id: "path-through-a-file", files: ["a.claims": text(paper)], args: ["check", "$D/a.claims/b"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D/a.claims/b': no such file or directory"]),
        Row(id: "claims-name-on-a-directory", files: corpus(),
            setup: { try FileManager.default.createDirectory(atPath: $0 + "/papers/dir.claims", withIntermediateDirectories: true) },
            args: ["check", "$D"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D/papers/dir.claims': file is not readable"]),
        Row(id: "claims-name-on-a-fifo", files: corpus(),
            setup: { #expect(mkfifo($0 + "/papers/pipe.claims", 0o644) == 0) },
            args: ["check", "$D"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D/papers/pipe.claims': file is not readable"]),
        Row(id: "dangling-symbolic-link", files: corpus(),
            setup: { try FileManager.default.createSymbolicLink(atPath: $0 + "/papers/gone.claims", withDestinationPath: "/nonexistent/x") },
            args: ["check", "$D"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D/papers/gone.claims': file is not readable"]),
        Row(id: "symbolic-link-loop", files: corpus(),
            setup: { try FileManager.default.createSymbolicLink(atPath: $0 + "/papers/loop.claims", withDestinationPath: "loop.claims") },
            args: ["check", "$D"], code: .noInput,
            expected: ["claimdiff: error: cannot read '$D/papers/loop.claims': file is not readable"]),

        // MARK: one file under two names
        Row(id: "same-file-as-directory-and-operand", files: corpus(), args: ["check", "$D", "$D/papers/p.claims"], code: .success,
            expected: [ok]),
        Row(id: "same-file-through-a-symbolic-link", files: corpus(),
            setup: { try FileManager.default.createSymbolicLink(atPath: $0 + "/papers/again.claims", withDestinationPath: "p.claims") },
            args: ["check", "$D"], code: .success, expected: [ok]),
        Row(id: "same-file-through-a-hard-link", files: corpus(),
            setup: { try FileManager.default.linkItem(atPath: $0 + "/papers/p.claims", toPath: $0 + "/papers/q.claims") },
            args: ["check", "$D"], code: .success, expected: [ok]),
        Row(id: "same-broken-file-twice-shows-each-error-once", files: corpus("value: promised", "value: promisd"),
            args: ["check", "$D/papers/p.claims", "$D", "$D/papers/p.claims"], code: .dataError,
            expected: ["$D/papers/p.claims:9:10: error: unknown ladder step 'promisd' for 'x.transfer'; did you mean 'promised'?; steps: none < promised < delivered"]),

        // MARK: output that cannot be written
        Row(id: "analyze-out-is-a-file", files: corpus(extra: ["out": "not a directory\n"]),
            args: ["analyze", "--annotations", "$D", "--out", "$D/out"], code: .cantCreate,
            expected: ["claimdiff: error: cannot write '$D/out': it is a file, not a folder"]),
        Row(id: "analyze-report-name-taken-by-a-directory", files: corpus(),
            setup: { try FileManager.default.createDirectory(atPath: $0 + "/out/README.md", withIntermediateDirectories: true) },
            args: ["analyze", "--annotations", "$D", "--out", "$D/out"], code: .cantCreate,
            expected: ["claimdiff: error: cannot write '$D/out/README.md': it is a folder, not a regular file; refusing to replace it"]),
        Row(id: "export-out-is-a-directory", files: corpus(),
            setup: { try FileManager.default.createDirectory(atPath: $0 + "/out.csv", withIntermediateDirectories: true) },
            args: ["export", "--format", "csv", "--annotations", "$D", "--out", "$D/out.csv"], code: .cantCreate,
            expected: ["claimdiff: error: cannot write '$D/out.csv': it is a folder, not a regular file; refusing to replace it"]),
        Row(id: "fmt-leaves-a-broken-file-alone", files: corpus("value: promised", "value: promisd"),
            args: ["fmt", "$D"], code: .dataError,
            expected: ["$D/papers/p.claims:9:10: error: unknown ladder step 'promisd' for 'x.transfer'; did you mean 'promised'?; steps: none < promised < delivered"]),
        Row(id: "empty-out-directory", files: corpus(),
            args: ["analyze", "--annotations", "$D", "--out", ""], code: .usage,
            expected: ["claimdiff: error: option '--out' needs a value"]),
        Row(id: "empty-annotations-directory", files: corpus(),
            args: ["flags", "--annotations="], code: .usage,
            expected: ["claimdiff: error: option '--annotations' needs a value"]),
        Row(id: "impossible-as-of-date", files: corpus(),
            args: ["analyze", "--annotations", "$D", "--as-of", "2024-13-40"], code: .usage,
            expected: ["claimdiff: error: invalid value '2024-13-40' for '--as-of'; expected a date such as 2021, 2022-06 or 2022-06-30"]),
    ]

    @Test("analyze into a folder of other Markdown removes only the stale reports and charts its manifest lists")
    func outputFolderKeepsOtherFiles() throws {
        try withTemporaryDirectory { dir in
            for (path, bytes) in Self.corpus() { try dir.write(Data(bytes), to: "a/" + path) }
            try dir.write("mine\n", to: "out/NOTES.md")
            // What an earlier run wrote; NOTES.md and notes.txt are not in it.
            try dir.write(ReportSet.manifestHeader + "\ndiff-1999-2000.md\ncharts/gone.topic.svg\n", to: "out/" + ReportSet.manifestName)
            try dir.write("old\n", to: "out/diff-1999-2000.md")
            try dir.write("<svg/>\n", to: "out/charts/gone.topic.svg")
            try dir.write("mine\n", to: "out/charts/notes.txt")
            let run = ClaimDiffTool.capture(["analyze", "--annotations", dir.path + "/a", "--out", dir.path + "/out"])
            #expect(run.code == .success, "\(run.err)")
            let fm = FileManager.default
            #expect(try dir.read("out/NOTES.md") == "mine\n")
            #expect(try dir.read("out/charts/notes.txt") == "mine\n")
            #expect(!fm.fileExists(atPath: dir.path + "/out/diff-1999-2000.md"))
            #expect(!fm.fileExists(atPath: dir.path + "/out/charts/gone.topic.svg"))
        }
    }

    /// As root (CI containers) permissions do not stop reads, so this runs only for other users.
    @Test("an unreadable directory and an unreadable file exit 66", .enabled(if: getuid() != 0, "running as root: permissions do not stop reads"))
    func unreadable() throws {
        try withTemporaryDirectory { dir in
            for (path, bytes) in Self.corpus() { try dir.write(Data(bytes), to: path) }
            let papers = dir.path + "/papers"
            #expect(chmod(papers, 0) == 0)
            defer { chmod(papers, 0o755) }
            let run = ClaimDiffTool.capture(["check", dir.path])
            #expect(run.code == .noInput)
            #expect(Self.significant(run).first?.hasPrefix("claimdiff: error: cannot read '\(papers)") == true, "\(run.err)")
            chmod(papers, 0o755)
            #expect(chmod(papers + "/p.claims", 0) == 0)
            let file = ClaimDiffTool.capture(["check", dir.path])
            #expect(file.code == .noInput)
            #expect(Self.significant(file) == ["claimdiff: error: cannot read '\(papers)/p.claims': file is not readable"])
        }
    }
}
