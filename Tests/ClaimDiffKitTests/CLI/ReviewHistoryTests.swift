import Foundation
import Testing
@testable import ClaimDiffKit

/// `claimdiff review` keeps a flag's history (`--reopen`, `history:` lines) and fills in who and
/// when by default; a reviews file it cannot read is reported at its place and left untouched.
@Suite struct ReviewHistoryTests {
    /// `review ARGS` with this environment, in process.
    static func review(_ args: [String], _ env: [String: String] = [:]) -> (ExitCode, OutputCapture) {
        let c = OutputCapture()
        do throws(UsageError) {
            return (try ReviewCommand.run(args, console: c.console, environment: env), c)
        } catch {
            c.console.error(error.message)
            return (.usage, c)
        }
    }

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static func queue(_ dir: String) throws -> String {
        let out = dir + "-reports"
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(ReviewWorkflowTests.run(["analyze", "--annotations", dir, "--out", out]).0 == .success)
        return try text(out + "/contradictions.md")
    }

    static func entry(_ id: String, in queue: String) throws -> String {
        try #require(queue.components(separatedBy: "\n### ").first { $0.hasPrefix(id) })
    }

    @Test func reopenKeepsTheHistoryAndItReadsBack() throws {
        let dir = try ReviewWorkflowTests.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let flag = try ReviewWorkflowTests.firstOpenFlag(dir)
        let a = ["--annotations", dir]
        #expect(Self.review([flag, "--accept", "--note", "both sources checked; it stands", "--by", "ana", "--date", "2026-11-20"] + a).0 == .success)
        let (code, c) = Self.review([flag, "--reopen", "--note", "a new paper disputes it", "--by", "bo", "--date", "2026-11-25"] + a)
        #expect(code == .success, "\(c.err)")
        #expect(c.out.contains("the earlier one is kept as its history"))

        // Reopened: open in the queue, the acceptance shown as its history.
        let reopened = try Self.entry(flag, in: Self.queue(dir))
        #expect(reopened.contains("**Disposition**: open, reopened, reviewer bo, 2026-11-25: a new paper disputes it"), "\(reopened)")
        #expect(reopened.contains("**History** (oldest first):\n\n- accepted, reviewer ana, 2026-11-20: both sources checked; it stands (judged as '"), "\(reopened)")

        #expect(Self.review([flag, "--dismiss", "--note", "the new paper misdates it"] + a, ["CLAIMDIFF_REVIEWER": "cy", "CLAIMDIFF_REVIEW_DATE": "2026-11-30"]).0 == .success)
        let file = try Self.text(dir + "/reviews.claims")
        let record = try #require(file.components(separatedBy: "\n\n").first { $0.hasPrefix("review \(flag)") })
        let lines = record.split(separator: "\n").map(String.init)
        #expect(lines.contains("  disposition: dismissed") && lines.contains("  by: cy") && lines.contains("  date: 2026-11-30"), "\(record)")
        let history = lines.filter { $0.hasPrefix("  history: ") }
        #expect(history.count == 2, "\(record)")
        #expect(history.first?.hasPrefix("  history: accepted; kind: ") == true && history.first?.hasSuffix("; by: ana; date: 2026-11-20; note: both sources checked; it stands") == true, "\(history)")
        #expect(history.last?.hasPrefix("  history: reopened; kind: ") == true && history.last?.hasSuffix("; by: bo; date: 2026-11-25; note: a new paper disputes it") == true, "\(history)")

        // It reads back: the current disposition and both earlier ones, oldest first.
        let loaded = try AnnotationLoader.load(paths: [dir])
        let rv = try #require(loaded.set.reviews.first { $0.flagID == flag })
        #expect(rv.disposition == .dismissed && rv.by == "cy" && rv.date?.text == "2026-11-30")
        #expect(rv.history.map(\.disposition) == [.accepted, .reopened])
        #expect(rv.history.map(\.note) == ["both sources checked; it stands", "a new paper disputes it"])
        #expect(rv.history.map(\.by) == ["ana", "bo"] && rv.history.map { $0.date?.text } == ["2026-11-20", "2026-11-25"])
        #expect(rv.history.allSatisfy { $0.kind != nil && $0.fingerprint != nil })

        // Reviewed again, the queue shows the whole history; the file stays canonical and valid.
        let reviewed = try Self.entry(flag, in: Self.queue(dir))
        #expect(reviewed.contains("**Disposition**: dismissed, reviewer cy, 2026-11-30: the new paper misdates it"), "\(reviewed)")
        #expect(reviewed.contains("- accepted, reviewer ana, 2026-11-20") && reviewed.contains("- reopened, reviewer bo, 2026-11-25"), "\(reviewed)")
        #expect(ReviewWorkflowTests.run(["check", dir]).0 == .success)
        #expect(ReviewWorkflowTests.run(["fmt", "--check", dir + "/reviews.claims"]).0 == .success)
        // The same disposition again changes nothing, history included.
        let (again, c2) = Self.review([flag, "--dismiss", "--note", "the new paper misdates it", "--by", "cy", "--date", "2026-11-30"] + a)
        #expect(again == .success && c2.out.contains("unchanged"))
        #expect(try Self.text(dir + "/reviews.claims") == file)
    }

    @Test("who decided, when --by is not given", arguments: [
        (id: "reviewer variable first", env: ["CLAIMDIFF_REVIEWER": "ana", "USER": "root", "LOGNAME": "lg"], by: "ana"),
        (id: "then USER", env: ["USER": "root", "LOGNAME": "lg"], by: "root"),
        (id: "then LOGNAME", env: ["LOGNAME": "lg"], by: "lg"),
        (id: "an empty value is not set", env: ["CLAIMDIFF_REVIEWER": " ", "USER": "", "LOGNAME": "lg"], by: "lg"),
        (id: "else unknown", env: [:], by: "unknown"),
    ] as [(id: String, env: [String: String], by: String)])
    func defaultReviewer(row: (id: String, env: [String: String], by: String)) {
        #expect(ReviewCommand.defaultReviewer(row.env) == row.by, "\(row.id)")
    }

    @Test func todayIsTheDateInUTC() {
        #expect(ReviewCommand.today(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        // 2026-11-30 23:30 UTC is still the 30th, whatever the machine's time zone.
        #expect(ReviewCommand.today(Date(timeIntervalSince1970: 1_796_081_400)) == "2026-11-30")
    }

    @Test func byAndDateAreFilledInByDefault() throws {
        let dir = try ReviewWorkflowTests.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let flags = try #require(Optional(ReviewWorkflowTests.run(["review", "--annotations", dir]).1.out.split(separator: "\n").filter { $0.hasPrefix("f-") }.map { String($0.split(separator: " ")[0]) }))
        #expect(flags.count >= 2)
        #expect(Self.review([flags[0], "--accept", "--note", "checked", "--annotations", dir], ["CLAIMDIFF_REVIEWER": "ana", "CLAIMDIFF_REVIEW_DATE": "2026-11-30"]).0 == .success)
        #expect(Self.review([flags[1], "--accept", "--note", "checked", "--annotations", dir], [:]).0 == .success)
        let loaded = try AnnotationLoader.load(paths: [dir])
        let first = try #require(loaded.set.reviews.first { $0.flagID == flags[0] })
        #expect(first.by == "ana" && first.date?.text == "2026-11-30")
        let second = try #require(loaded.set.reviews.first { $0.flagID == flags[1] })
        #expect(second.by == "unknown" && second.date?.text == ReviewCommand.today())
        // --by and --date win over the environment; a bad date from it is a usage error, nothing written.
        let before = try Self.text(dir + "/reviews.claims")
        let (code, c) = Self.review([flags[0], "--dismiss", "--note", "x", "--annotations", dir], ["CLAIMDIFF_REVIEW_DATE": "2026-13-01"])
        #expect(code == .usage && c.err.contains("invalid value '2026-13-01' for 'CLAIMDIFF_REVIEW_DATE'"), "\(c.err)")
        #expect(try Self.text(dir + "/reviews.claims") == before)
    }

    @Test("a history line that cannot be read is an error at its place", arguments: [
        (id: "month for a day", line: "accepted; date: 2026-11; note: checked", error: "reviews.claims:LINE:28: error: review date must be a day, YYYY-MM-DD"),
        (id: "no note", line: "accepted; by: ana", error: "reviews.claims:LINE:29: error: history line needs '; note: TEXT' at its end"),
        (id: "unknown disposition", line: "acepted; note: checked", error: "reviews.claims:LINE:12: error: unknown disposition 'acepted'; did you mean 'accepted'?"),
        (id: "bad fingerprint", line: "dismissed; fingerprint: x; note: checked", error: "reviews.claims:LINE:36: error: fingerprint must be 'e-'"),
        (id: "given twice", line: "dismissed; by: a; by: b; note: checked", error: "reviews.claims:LINE:34: error: history line gives 'by' twice"),
    ] as [(id: String, line: String, error: String)])
    func badHistoryLine(row: (id: String, line: String, error: String)) throws {
        let dir = try ReviewWorkflowTests.copyOfAnnotations()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/reviews.claims"
        // The line goes after the first record's third field; its value starts at column 12.
        var lines = try Self.text(path).components(separatedBy: "\n")
        let record = try #require(lines.firstIndex { $0.hasPrefix("review ") })
        lines.insert("  history: " + row.line, at: record + 4)
        let bad = lines.joined(separator: "\n")
        let error = row.error.replacingOccurrences(of: "LINE", with: "\(record + 5)")
        try bad.write(toFile: path, atomically: true, encoding: .utf8)
        let (code, c) = ReviewWorkflowTests.run(["check", dir])
        #expect(code == .dataError, "\(row.id)")
        #expect(c.err.contains(dir + "/" + error), "\(row.id): \(c.err)")
        // review reads the file before it writes: it fails the same way and leaves it as it was.
        let (recode, rc) = Self.review(["f-yty08r59y6", "--accept", "--note", "x", "--annotations", dir], ["CLAIMDIFF_REVIEWER": "ana"])
        #expect(recode != .success && rc.err.contains(error), "\(row.id): \(rc.err)")
        #expect(try Self.text(path) == bad)
    }
}
