import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import ClaimDiffKit

/// Issue 15, bugs 1 and 11: `analyze --out DIR` deletes only what it wrote itself (its
/// manifest), never follows a link out of DIR, and a failure part-way leaves the old set.
@Suite("Analyze output folder", .serialized)
struct AnalyzeOutputTests {
    static func analyze(_ annotations: String, _ out: String) -> ToolRun {
        ClaimDiffTool.capture(["analyze", "--annotations", annotations, "--out", out])
    }

    /// Every file under `dir` (following no link), by relative path, hidden ones included.
    static func tree(_ dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: dir)
        while let rel = walker?.nextObject() as? String {
            var st = stat()
            if lstat(dir + "/" + rel, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { out[rel] = FileManager.default.contents(atPath: dir + "/" + rel) }
        }
        return out
    }

    @Test("bug 1: a user's own charts/*.svg and a folder named like a report survive analyze")
    func userFilesSurvive() throws {
        try withTemporaryDirectory { dir in
            let out = dir.path + "/out"
            #expect(Self.analyze(PackagePaths.annotations, out).code == .success)
            try dir.write("<svg>mine</svg>\n", to: "out/charts/mine.svg")
            try dir.write("keep\n", to: "out/diff-2000-2001.md/inside.txt")
            try dir.write("notes\n", to: "out/diff-1999-2000.md")
            for _ in 0..<2 {
                let run = Self.analyze(PackagePaths.annotations, out)
                #expect(run.code == .success, "\(run.err)")
            }
            #expect(try dir.read("out/charts/mine.svg") == "<svg>mine</svg>\n")
            #expect(try dir.read("out/diff-2000-2001.md/inside.txt") == "keep\n")
            #expect(try dir.read("out/diff-1999-2000.md") == "notes\n")
            #expect(FileManager.default.fileExists(atPath: out + "/brief.md"))
            #expect(!Self.tree(out).keys.contains { $0.contains(ReportSet.stagingPrefix) }, "the staging folder is gone")
        }
    }

    @Test("bug 1: a charts link out of --out is refused, and nothing outside is touched")
    func chartsLinkRefused() throws {
        try withTemporaryDirectory { dir in
            try dir.write("<svg>theirs</svg>\n", to: "elsewhere/theirs.svg")
            try dir.write("x\n", to: "elsewhere/instc.status.svg")
            try FileManager.default.createDirectory(atPath: dir.path + "/out", withIntermediateDirectories: true)
            #expect(symlink(dir.path + "/elsewhere", dir.path + "/out/charts") == 0)
            let before = Self.tree(dir.path + "/elsewhere")
            let run = Self.analyze(PackagePaths.annotations, dir.path + "/out")
            #expect(run.code == .cantCreate)
            #expect(run.err == "claimdiff: error: cannot write '\(dir.path)/out/charts': it is a symbolic link, not a folder; refusing to write into it\n")
            #expect(Self.tree(dir.path + "/elsewhere") == before)
            #expect(!FileManager.default.fileExists(atPath: dir.path + "/out/brief.md"), "nothing is moved into place when a check fails")
        }
    }

    @Test("bug 1: analyze removes a report it wrote and no longer writes, and nothing else")
    func staleReportsByManifest() throws {
        try withTemporaryDirectory { dir in
            let annotations = dir.path + "/Annotations"
            try FileManager.default.copyItem(atPath: PackagePaths.annotations, toPath: annotations)
            let out = dir.path + "/out"
            #expect(Self.analyze(annotations, out).code == .success)
            #expect(FileManager.default.fileExists(atPath: out + "/diff-2021-2022.md"))
            try dir.write("mine\n", to: "out/diff-2019-2020.md")
            // Without the 2021 paper, the 2021 diffs are no longer written.
            try FileManager.default.removeItem(atPath: annotations + "/papers/inss-2021-08.claims")
            let run = Self.analyze(annotations, out)
            #expect(run.code == .success, "\(run.err)")
            #expect(!FileManager.default.fileExists(atPath: out + "/diff-2021-2022.md"))
            #expect(try dir.read("out/diff-2019-2020.md") == "mine\n")
            let manifest = try dir.read("out/" + ReportSet.manifestName)
            #expect(!manifest.contains("diff-2021-2022.md") && manifest.contains("diff-2022-2024.md"))
        }
    }

    @Test("bug 1: --out . writes the set beside the user's own files and keeps them",
          .enabled(if: ChildProcess.executable != nil, "needs the claimdiff executable"))
    func outDot() throws {
        try withTemporaryDirectory { dir in
            try dir.write("# my notes\n", to: "NOTES.md")
            try dir.write("<svg/>\n", to: "charts/mine.svg")
            for _ in 0..<2 {
                let run = try ChildProcess.claimdiff(["analyze", "--annotations", PackagePaths.annotations, "--out", "."], in: dir.path)
                #expect(run.status == 0, "\(run.stderr)")
            }
            #expect(try dir.read("NOTES.md") == "# my notes\n")
            #expect(try dir.read("charts/mine.svg") == "<svg/>\n")
            #expect(try dir.read("brief.md").hasPrefix("# Analyst brief"))
        }
    }

    @Test("bug 11: a disk that fills during analyze leaves the whole old set, not a mix",
          .enabled(if: ChildProcess.executable != nil, "needs the claimdiff executable"))
    func diskFillsPartWay() throws {
        try withTemporaryDirectory { dir in
            let annotations = dir.path + "/Annotations"
            try FileManager.default.copyItem(atPath: PackagePaths.annotations, toPath: annotations)
            let out = dir.path + "/out"
            #expect(Self.analyze(annotations, out).code == .success)
            let before = Self.tree(out)
            // A new disposition changes README.md (2 KB, written first) and contradictions.md.
            let flag = try #require(ClaimDiffTool.capture(["review", "--annotations", annotations]).outLines.first?.split(separator: " ").first.map(String.init))
            #expect(ClaimDiffTool.capture(["review", flag, "--dismiss", "--note", "disk test", "--annotations", annotations]).code == .success)
            // Files up to 16 KB can be written, larger ones fail: the disk fills part-way.
            let run = try ChildProcess.claimdiffWithFileLimit(blocks: 32, ["analyze", "--annotations", annotations, "--out", out])
            #expect(run.status == 73, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("claimdiff: error: cannot write '\(out)/"), "\(run.stderr)")
            #expect(Self.tree(out) == before, "some reports changed although the run failed")
            // With space again, the next run writes the new set.
            #expect(Self.analyze(annotations, out).code == .success)
            #expect(Self.tree(out) != before)
        }
    }
}

/// Issue 15, bug 6: `fmt` beside `review` writers loses no disposition.
@Suite("fmt beside review", .serialized,
       .enabled(if: ChildProcess.executable != nil, "needs the claimdiff executable beside the test bundle; run 'swift build' first"))
struct FormatBesideReviewTests {
    @Test("bug 6: fmt running beside 8 review writers loses none of their dispositions")
    func fmtBesideReviewers() throws {
        try withTemporaryDirectory { dir in
            let annotations = dir.path + "/Annotations"
            try FileManager.default.copyItem(atPath: PackagePaths.annotations, toPath: annotations)
            // Every flag, reviewed or not: 81 dispositions, about 10 a writer.
            let ids = ClaimDiffTool.capture(["flags", "--annotations", annotations]).outLines
                .filter { $0.hasPrefix("f-") }.map { String($0.split(separator: " ")[0]) }
            #expect(ids.count >= 64)
            let writers = 8, each = ids.count / writers
            // Each writer records its flags one after the other; fmt runs over and over meanwhile.
            let scripts = (0..<writers).map { w in
                ids[(w * each)..<((w + 1) * each)].map { "\"$CLAIMDIFF\" review \($0) --dismiss --note 'by writer \(w)' --annotations '\(annotations)' >/dev/null" }
                    .joined(separator: " && ")
            }
            let done = DispatchGroup()
            let failures = ChildProcess.Box()
            for s in scripts {
                done.enter()
                Thread {
                    if let r = try? ChildProcess.shell(s), r.status != 0 { failures.data.append(Data(r.stderr.utf8)) }
                    done.leave()
                }.start()
            }
            var formats = 0
            while done.wait(timeout: .now()) == .timedOut {
                _ = try ChildProcess.claimdiff(["fmt", annotations])
                formats += 1
            }
            #expect(failures.data.isEmpty, "\(String(decoding: failures.data, as: UTF8.self))")
            #expect(formats > 0)
            let loaded = try AnnotationLoader.load(paths: [annotations])
            #expect(loaded.diagnostics.isEmpty)
            let recorded = Set(loaded.set.reviews.filter { $0.note.hasPrefix("by writer ") }.map(\.flagID))
            let lost = ids.prefix(writers * each).filter { !recorded.contains($0) }
            #expect(lost.isEmpty, "fmt lost \(lost.count) of \(writers * each) dispositions")
        }
    }
}
