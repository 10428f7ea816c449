import Foundation
import Testing
@testable import ClaimDiffKit

/// The review workflow end to end on a copy of the bundled annotations.
@Suite struct ReviewWorkflowTests {
    static func copyOfAnnotations() throws -> String {
        let dir = NSTemporaryDirectory() + "claimdiff-review-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: PackagePaths.annotations, toPath: dir)
        return dir
    }

    static func run(_ args: [String]) -> (ExitCode, OutputCapture) {
        let c = OutputCapture()
        return (ClaimDiffTool.run(args, console: c.console), c)
    }

    static func firstOpenFlag(_ dir: String) throws -> String {
        let (code, c) = run(["review", "--annotations", dir])
        #expect(code == .success)
        return try #require(c.out.split(separator: "\n").first.map { String($0.split(separator: " ")[0]) })
    }

    @Test func recordedReviewShowsInAnalyzeAndSurvivesUnrelatedEdit() throws {
        let dir = try Self.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let flag = try Self.firstOpenFlag(dir)
        let (code, c) = Self.run(["review", flag, "--accept", "--note", "real disagreement | keep", "--by", "analyst", "--date", "2026-11-22", "--annotations", dir])
        #expect(code == .success, "\(c.err)")
        let out = dir + "-reports"
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(Self.run(["analyze", "--annotations", dir, "--out", out]).0 == .success)
        let queue = try String(contentsOfFile: out + "/contradictions.md", encoding: .utf8)
        #expect(queue.contains("**Disposition**: accepted, reviewer analyst, 2026-11-22: real disagreement \\| keep"))
        // An unrelated edit: append a claim to another paper's file.
        let inss = dir + "/papers/inss-2021-08.claims"
        let extra = "\nclaim inss-extra-unrelated\n  about: relationship.mutual-distrust\n  value: present\n  quote: \"deep suspicion toward Russia among the Iranian leadership\"\n"
        try (String(contentsOfFile: inss, encoding: .utf8) + extra).write(toFile: inss, atomically: true, encoding: .utf8)
        #expect(Self.run(["analyze", "--annotations", dir, "--out", out]).0 == .success)
        let again = try String(contentsOfFile: out + "/contradictions.md", encoding: .utf8)
        #expect(again.contains("### \(flag)"))
        #expect(again.contains("**Disposition**: accepted, reviewer analyst"))
    }

    @Test func sameDispositionTwiceChangesNothing() throws {
        let dir = try Self.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let flag = try Self.firstOpenFlag(dir)
        let args = ["review", flag, "--dismiss", "--note", "same event, different wording", "--annotations", dir]
        #expect(Self.run(args).0 == .success)
        let first = try String(contentsOfFile: dir + "/reviews.claims", encoding: .utf8)
        let (code, c) = Self.run(args)
        #expect(code == .success)
        #expect(c.out.contains("unchanged"))
        #expect(try String(contentsOfFile: dir + "/reviews.claims", encoding: .utf8) == first)
        #expect(Self.run(["check", dir]).0 == .success)
    }

    @Test func staleDispositionIsListedNotDropped() throws {
        let dir = try Self.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let reviews = dir + "/reviews.claims"
        try (String(contentsOfFile: reviews, encoding: .utf8) + "\nreview f-0000000000\n  disposition: dismissed\n  note: the claims were re-annotated\n")
            .write(toFile: reviews, atomically: true, encoding: .utf8)
        let out = dir + "-reports"
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(Self.run(["analyze", "--annotations", dir, "--out", out]).0 == .success)
        let queue = try String(contentsOfFile: out + "/contradictions.md", encoding: .utf8)
        #expect(queue.contains("## Stale dispositions (1)"))
        #expect(queue.contains("f-0000000000"))
    }

    @Test func concurrentReviewsLoseNeither() async throws {
        let dir = try Self.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, c) = Self.run(["review", "--annotations", dir])
        let ids = c.out.split(separator: "\n").filter { $0.hasPrefix("f-") }.prefix(4).map { String($0.split(separator: " ")[0]) }
        #expect(ids.count == 4)
        await withTaskGroup(of: ExitCode.self) { group in
            for id in ids {
                group.addTask { Self.run(["review", id, "--accept", "--note", "checked \(id)", "--annotations", dir]).0 }
            }
            for await code in group { #expect(code == .success) }
        }
        let text = try String(contentsOfFile: dir + "/reviews.claims", encoding: .utf8)
        for id in ids { #expect(text.contains("review \(id)")) }
    }

    @Test func reviewErrors() throws {
        let dir = try Self.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(Self.run(["review", "f-nonexistent", "--accept", "--note", "x", "--annotations", dir]).0 == .noInput)
        #expect(Self.run(["review", "f-x", "--accept", "--dismiss", "--note", "x", "--annotations", dir]).0 == .usage)
        #expect(Self.run(["review", "f-x", "--accept", "--annotations", dir]).0 == .usage)
        let flag = try Self.firstOpenFlag(dir)
        #expect(Self.run(["review", flag, "--resolve", "no-such-claim", "--note", "x", "--annotations", dir]).0 == .noInput)
    }
}
