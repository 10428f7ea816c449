import Testing
@testable import ClaimDiffKit

/// Near-identical speaker names are a warning: printed as `file:line:col: warning:`, and the
/// load still succeeds, so `check` exits 0 and `analyze` runs.
@Suite struct SpeakerWarningTests {
    static let corpus = MalformedSnippetTests.speakerVocabulary
        + MalformedSnippetTests.speakerPaper("p", "  attributed-to: Ali Shahriar\n")
        + MalformedSnippetTests.speakerPaper("q", "  attributed-to: Ali Shahriyar to Tasnim\n")

    @Test func checkPrintsTheWarningAndExitsZero() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write(Self.corpus, to: "t.claims")
            let run = ClaimDiffTool.capture(["check", path])
            #expect(run.code == .success)
            #expect(run.err.contains("t.claims:39:18: warning: 'Ali Shahriyar to Tasnim' (claim 'q1') and 'Ali Shahriar' (claim 'p1') look like one speaker"), "\(run.err)")
            #expect(run.err.contains("t.claims:27:18: note: 'Ali Shahriar' (claim 'p1') written here"), "\(run.err)")
            #expect(!run.err.contains("error"), "\(run.err)")
            #expect(run.out.hasPrefix("2 papers, 2 claims"), "\(run.out)")
        }
    }

    @Test(arguments: [
        (a: "Shahriar", b: "Shahriyar", near: true),
        (a: "Ali Shahriar", b: "Ali Shahriar to Tasnim", near: true),
        (a: "Nematollah Izadi, Iran's ambassador", b: "Nematollah Izadi", near: true),
        (a: "U.S. National Security Advisor Jake Sullivan", b: "U.S. National Security Adviser Jake Sullivan", near: true),
        (a: "Jérôme Dorn", b: "jerome dorn", near: true),
        (a: "a senior official", b: "a government spokesperson", near: false),
        (a: "the foreign ministry", b: "the defence minister", near: false),
        (a: "Putin", b: "Peskov", near: false),
        (a: "Lee", b: "Li", near: false),
    ])
    func nearNames(_ row: (a: String, b: String, near: Bool)) {
        #expect(SpeakerNames.near(row.a, row.b) == row.near, "\(row.a) / \(row.b)")
    }
}
