import Foundation
import Testing
@testable import ClaimDiffKit

/// The built `claimdiff` killed mid-write, starved of disk space, and run several at once:
/// every report and the reviews file is always the old text or the new one, never a part.
@Suite("Process hardening", .serialized,
       .enabled(if: ChildProcess.executable != nil, "needs the claimdiff executable beside the test bundle; run 'swift build' first"))
struct ProcessHardeningTests {
    /// A copy of the bundled annotations in a fresh directory.
    static func copyOfAnnotations(in dir: TemporaryDirectory) throws -> String {
        let path = dir.path + "/Annotations"
        try FileManager.default.copyItem(atPath: PackagePaths.annotations, toPath: path)
        return path
    }

    /// Every regular, visible file under `dir` (reports and charts), by relative path.
    static func contents(of dir: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: dir)
        while let rel = walker?.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            var isDir: ObjCBool = false
            // A hidden folder (a killed run's staging folder) holds no report.
            if name.hasPrefix("."), FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), isDir.boolValue {
                walker?.skipDescendants()
                continue
            }
            guard !name.hasPrefix("."), FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), !isDir.boolValue else { continue }
            out[rel] = FileManager.default.contents(atPath: dir + "/" + rel)
        }
        return out
    }

    /// Inode, size and modification time of a file: changes when it is renamed over or written.
    static func stamp(_ path: String) -> [Int] {
        var st = stat()
        guard stat(path, &st) == 0 else { return [] }
        return [Int(st.st_ino), Int(st.st_size), st.st_mtim.tv_sec, st.st_mtim.tv_nsec]
    }

    /// Starts `claimdiff`, waits until it starts replacing `watched` (or 5 s), then kills it
    /// within `window` microseconds: the kill lands while it writes, not while it parses.
    /// True when the child was still running when killed.
    static func killWhileWriting(_ arguments: [String], watched: String, window: UInt32) throws -> Bool {
        let before = stamp(watched)
        let child = try ChildProcess.start(arguments)
        let deadline = ContinuousClock.now + .seconds(5)
        while child.isRunning, stamp(watched) == before, ContinuousClock.now < deadline { usleep(20) }
        usleep(UInt32.random(in: 0...window))
        let running = child.isRunning
        ChildProcess.kill(child)
        return running
    }

    /// Temporary files a killed writer left behind (`.NAME.tmp-PID-…`).
    static func leftovers(in dir: String) -> [String] {
        let walker = FileManager.default.enumerator(atPath: dir)
        var out: [String] = []
        while let rel = walker?.nextObject() as? String {
            if (rel as NSString).lastPathComponent.contains(".tmp-") { out.append(rel) }
        }
        return out
    }

    @Test("analyze killed at random moments leaves every report old or new, never partial")
    func killAnalyze() throws {
        try withTemporaryDirectory { dir in
            let annotations = try Self.copyOfAnnotations(in: dir)
            let reviews = annotations + "/reviews.claims"
            let original = try String(contentsOfFile: reviews, encoding: .utf8)
            let flag = try #require(ClaimDiffTool.capture(["review", "--annotations", annotations]).outLines.first?.split(separator: " ").first.map(String.init))
            // A 200 KB note makes contradictions.md long enough to be caught while it is written.
            let longNote = "killed-analyze test" + String(repeating: " long note", count: 20_000)
            let variantB = original + "\nreview \(flag)\n  disposition: dismissed\n  note: \(longNote)\n"
            // The two versions of every report, written in process.
            var versions: [String: Set<Data>] = [:]
            for (i, text) in [original, variantB].enumerated() {
                try text.write(toFile: reviews, atomically: true, encoding: .utf8)
                let out = dir.path + "/expected-\(i)"
                #expect(ClaimDiffTool.capture(["analyze", "--annotations", annotations, "--out", out]).code == .success)
                for (path, data) in Self.contents(of: out) { versions[path, default: []].insert(data) }
            }
            #expect(versions.values.contains { $0.count == 2 }, "the two versions should differ in some report")
            let reports = dir.path + "/Reports"
            try original.write(toFile: reviews, atomically: true, encoding: .utf8)
            #expect(try ChildProcess.claimdiff(["analyze", "--annotations", annotations, "--out", reports]).status == 0)
            var killed = 0
            for round in 0..<10 {
                try (round % 2 == 0 ? variantB : original).write(toFile: reviews, atomically: true, encoding: .utf8)
                if try Self.killWhileWriting(["analyze", "--annotations", annotations, "--out", reports],
                                             watched: reports + "/README.md", window: 3_000) { killed += 1 }
                let found = Self.contents(of: reports)
                #expect(Set(found.keys) == Set(versions.keys), "round \(round)")
                for (path, data) in found {
                    #expect(versions[path]?.contains(data) == true, "round \(round): Reports/\(path) is neither the old nor the new report (\(data.count) bytes)")
                }
            }
            #expect(killed > 0, "no child was killed mid-run")
            // The next run that finishes removes what the killed ones left.
            #expect(try ChildProcess.claimdiff(["analyze", "--annotations", annotations, "--out", reports]).status == 0)
            #expect(Self.leftovers(in: reports).isEmpty)
        }
    }

    @Test("review killed at random moments leaves the reviews file old or new, never partial")
    func killReview() throws {
        try withTemporaryDirectory { dir in
            let annotations = try Self.copyOfAnnotations(in: dir)
            let reviews = annotations + "/reviews.claims"
            // 200 KB of comments, which fmt keeps: writing the file takes long enough to be caught at it.
            let padding = (0..<4000).map { "# padding line \($0) of a long comment block, kept by fmt\n" }.joined()
            try (padding + "\n" + String(contentsOfFile: reviews, encoding: .utf8)).write(toFile: reviews, atomically: true, encoding: .utf8)
            let flag = try #require(ClaimDiffTool.capture(["review", "--annotations", annotations]).outLines.first?.split(separator: " ").first.map(String.init))
            // Each new note keeps the one it replaces as a history line, so the file grows by one.
            var texts: [String] = [try String(contentsOfFile: reviews, encoding: .utf8)]
            let notes = ["first note", "second note"]
            for note in notes + notes {
                #expect(ClaimDiffTool.capture(["review", flag, "--dismiss", "--note", note, "--annotations", annotations]).code == .success)
                texts.append(try String(contentsOfFile: reviews, encoding: .utf8))
            }
            #expect(Set(texts).count == 5)
            // Counted from the bundled file's own history lines.
            let before = texts[0].components(separatedBy: "\n  history: ").count - 1
            #expect(texts.map { $0.components(separatedBy: "\n  history: ").count - 1 - before } == [0, 0, 1, 2, 3])
            var killed = 0
            for round in 0..<10 {
                // The text as it is, and the text this review writes (run to the end on a twin).
                let before = try String(contentsOfFile: reviews, encoding: .utf8)
                let twin = dir.path + "/twin-\(round)"
                try FileManager.default.copyItem(atPath: annotations, toPath: twin)
                let args = [flag, "--dismiss", "--note", notes[round % 2], "--annotations"]
                #expect(ClaimDiffTool.capture(["review"] + args + [twin]).code == .success)
                let after = try String(contentsOfFile: twin + "/reviews.claims", encoding: .utf8)
                if try Self.killWhileWriting(["review"] + args + [annotations], watched: reviews, window: 400) { killed += 1 }
                let text = try String(contentsOfFile: reviews, encoding: .utf8)
                #expect(text == before || text == after, "round \(round): reviews.claims is neither old nor new:\n\(text)")
            }
            #expect(killed > 0, "no child was killed mid-run")
            // A later review still works: the killed holders' locks died with them.
            #expect(try ChildProcess.claimdiff(["review", flag, "--accept", "--note", "after the kills", "--annotations", annotations]).status == 0)
            #expect(ClaimDiffTool.capture(["check", annotations]).code == .success)
            #expect(Self.leftovers(in: annotations).isEmpty)
        }
    }

    @Test("with no disk space, analyze and review exit 73 and leave the old files whole, with no temporary file")
    func noSpace() throws {
        try withTemporaryDirectory { dir in
            let annotations = try Self.copyOfAnnotations(in: dir)
            let reports = dir.path + "/Reports"
            #expect(ClaimDiffTool.capture(["analyze", "--annotations", annotations, "--out", reports]).code == .success)
            let before = Self.contents(of: reports)
            let reviewsBefore = try String(contentsOfFile: annotations + "/reviews.claims", encoding: .utf8)
            let flag = try #require(ClaimDiffTool.capture(["review", "--annotations", annotations]).outLines.first?.split(separator: " ").first.map(String.init))

            let review = try ChildProcess.claimdiffWithoutSpace(["review", flag, "--accept", "--note", "no space", "--annotations", annotations])
            #expect(review.status == 73, "\(review.stderr)")
            #expect(review.stderr == "claimdiff: error: cannot write '\(annotations)/reviews.claims': File too large\n")
            #expect(try String(contentsOfFile: annotations + "/reviews.claims", encoding: .utf8) == reviewsBefore)

            // A disposition changes contradictions.md, so analyze has something new to write.
            #expect(ClaimDiffTool.capture(["review", flag, "--accept", "--note", "with space", "--annotations", annotations]).code == .success)
            let analyze = try ChildProcess.claimdiffWithoutSpace(["analyze", "--annotations", annotations, "--out", reports])
            #expect(analyze.status == 73, "\(analyze.stderr)")
            #expect(analyze.stderr == "claimdiff: error: cannot write '\(reports)/README.md': File too large\n")
            #expect(Self.contents(of: reports) == before)
            #expect(Self.leftovers(in: reports).isEmpty && Self.leftovers(in: annotations).isEmpty)
        }
    }

    @Test("six review processes at once lose no disposition")
    func concurrentReviewProcesses() throws {
        try withTemporaryDirectory { dir in
            let annotations = try Self.copyOfAnnotations(in: dir)
            let ids = ClaimDiffTool.capture(["review", "--annotations", annotations]).outLines
                .filter { $0.hasPrefix("f-") }.prefix(6).map { String($0.split(separator: " ")[0]) }
            #expect(ids.count == 6)
            let children = try ids.enumerated().map { i, id in
                try ChildProcess.start(["review", id, i % 2 == 0 ? "--accept" : "--dismiss", "--note", "process \(i)", "--annotations", annotations])
            }
            for c in children { c.waitUntilExit() }
            #expect(children.allSatisfy { $0.terminationStatus == 0 })
            let text = try String(contentsOfFile: annotations + "/reviews.claims", encoding: .utf8)
            for (i, id) in ids.enumerated() {
                #expect(text.contains("review \(id)\n"), "lost \(id)")
                #expect(text.contains("note: process \(i)\n"), "lost the note of \(id)")
            }
            let loaded = try AnnotationLoader.load(paths: [annotations])
            #expect(loaded.diagnostics.isEmpty)
            #expect(Set(loaded.set.reviews.map(\.flagID)).isSuperset(of: ids))
        }
    }

    @Test("--out with a one-character relative path writes the file (it crashed in NSString.deletingLastPathComponent)")
    func oneCharacterOutput() throws {
        try withTemporaryDirectory { dir in
            let brief = try ChildProcess.claimdiff(["brief", "--annotations", PackagePaths.annotations, "--out", "x"], in: dir.path)
            #expect(brief.status == 0, "\(brief.stderr)")
            #expect(try dir.read("x").hasPrefix("# Analyst brief"))
            let export = try ChildProcess.claimdiff(["export", "--format", "csv", "--annotations", PackagePaths.annotations, "--out", "y"], in: dir.path)
            #expect(export.status == 0, "\(export.stderr)")
            #expect(try dir.read("y").hasPrefix("id,paper,"))
        }
    }
}
