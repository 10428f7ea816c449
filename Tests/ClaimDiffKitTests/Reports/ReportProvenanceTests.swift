import Foundation
import Testing
@testable import ClaimDiffKit

/// Every report names the annotations folder it came from relative to the current directory,
/// the files its reviews came from, and its date, in one line.
@Suite struct ReportProvenanceTests {
    @Test(arguments: [
        (name: "default", path: "Annotations", cwd: "/w/repo", expected: "Annotations/"),
        (name: "tidied", path: "./Annotations//", cwd: "/w/repo", expected: "Annotations/"),
        (name: "relative up", path: "../x/ann", cwd: "/w/repo", expected: "../x/ann/"),
        (name: "a name then up", path: "a/../b", cwd: "/w/repo", expected: "b/"),
        (name: "here", path: ".", cwd: "/w/repo", expected: "./"),
        (name: "absolute below", path: "/w/repo/Annotations", cwd: "/w/repo", expected: "Annotations/"),
        (name: "absolute beside", path: "/w/x/ann/", cwd: "/w/repo", expected: "../x/ann/"),
        (name: "absolute is the current directory", path: "/w/repo", cwd: "/w/repo", expected: "./"),
        (name: "absolute above", path: "/w", cwd: "/w/repo/deep", expected: "../../"),
    ])
    func folderIsShownRelative(name: String, path: String, cwd: String, expected: String) {
        #expect(ReportProvenance.relative(path, from: cwd) == expected, "\(name)")
    }

    @Test func theLineNamesFolderReviewsAndDate() {
        let text = Scenario.paper("a", "2023-06") + """
        claim a1
          about: treaty.status
          value: signed
          quote: "the treaty was signed"

        """
        let review = "review f-0000000000\n  disposition: dismissed\n  note: checked\n"
        let (set, diagnostics) = Snippet.parse([("/abs/ann/vocabulary.claims", Scenario.vocabulary), ("/abs/ann/papers/a.claims", text),
                                                ("/abs/ann/reviews.claims", review)])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        let provenance = ReportProvenance(folder: "../ann/", given: "/abs/ann")
        let r = ReportContext(set: set, provenance: provenance)
        #expect(r.corpusLine == "Built from ../ann/ (1 paper, 1 claim on 11 propositions) with the reviews in ../ann/reviews.claims (1 disposition); it reflects what they say as of 2023-06-30, the latest paper's date.")
        let later = ReportContext(set: set, asOf: try! Analysis.parseDate("2024", option: "--as-of"))
        #expect(later.corpusLine.hasSuffix("with the reviews in /abs/ann/reviews.claims (1 disposition); it reflects what they say as of 2024-12-31, the date asked for."))
        // Every report carries the line once.
        for f in ReportSet.build(r) where f.path.hasSuffix(".md") {
            #expect(f.contents.components(separatedBy: "Built from ../ann/ (").count == 2, "\(f.path)")
        }
    }

    /// `analyze --annotations` with an absolute and a relative path: the reports name the folder
    /// as it is from the current directory, never the absolute path.
    @Test(.enabled(if: ChildProcess.executable != nil, "needs the claimdiff executable beside the test bundle"))
    func analyzeNamesTheFolderItWasGiven() throws {
        try withTemporaryDirectory { dir in
            let ann = dir.path + "/x/ann", run = dir.path + "/y"
            for f in PackagePaths.annotationFiles() {
                let to = ann + "/" + f.dropFirst(PackagePaths.annotations.count + 1)
                try FileManager.default.createDirectory(atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: f, toPath: to)
            }
            try FileManager.default.createDirectory(atPath: run, withIntermediateDirectories: true)
            for (given, out) in [(ann, "abs"), ("../x/ann", "rel")] {
                let result = try ChildProcess.claimdiff(["analyze", "--annotations", given, "--out", out], in: run)
                #expect(result.status == 0, "\(result.stderr)")
                for name in ["README.md", "brief.md", "contradictions.md", "diff-2021-2024.md", "timeline.md", "sources.md", "rules.md"] {
                    let text = String(decoding: FileManager.default.contents(atPath: run + "/" + out + "/" + name) ?? Data(), as: UTF8.self)
                    #expect(text.contains("Built from ../x/ann/ (5 papers,"), "\(out)/\(name)")
                    #expect(text.contains("with the reviews in ../x/ann/reviews.claims ("), "\(out)/\(name)")
                    #expect(!text.contains(dir.path), "\(out)/\(name) names the absolute path")
                }
            }
            let diff = try ChildProcess.claimdiff(["diff", "--annotations", ann, "--from", "2021", "--to", "2023"], in: run)
            #expect(diff.stdout.contains("Built from ../x/ann/ (5 papers,") && diff.stdout.contains("as of 2023-12-31, the date asked for."))
        }
    }
}
