import Foundation
import Testing
@testable import ClaimDiffKit

/// Reports of a generated corpus large enough to pass every limit stay short and sum up what
/// they leave out: clusters of open flags by proposition, the top of each list with counts.
@Suite struct ReportsAtScaleTests {
    @Test func reportsStayReadable() throws {
        try withTemporaryDirectory { dir in
            _ = try CorpusGenerator.write(.init(claims: 12_000, seed: 5, skew: true), to: dir.path)
            let loaded = try AnnotationLoader.load(paths: [dir.path])
            let r = ReportContext(set: loaded.set)
            #expect(r.queue.open.count > ReportLimits.rows)
            let files = ReportSet.build(r)
            let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
            for f in files {
                #expect(f.contents.utf8.count < 1_500_000, "\(f.path) is \(f.contents.utf8.count) bytes")
                #expect(f.contents.hasSuffix("\n") && !f.contents.hasSuffix("\n\n"), "\(f.path) does not end in one newline")
            }
            let queue = try #require(byPath["contradictions.md"])
            #expect(queue.contains("| Proposition | Open flags | Highest severity | What the papers in them say |"))
            #expect(queue.contains(" papers say '") || queue.contains(" paper says '"))
            #expect(queue.contains("more open flags follow in the same order"))
            #expect(queue.components(separatedBy: "\n### f-").count - 1 == ReportLimits.rows)
            let brief = try #require(byPath["brief.md"])
            #expect(brief.contains("This brief covers the \(ReportLimits.sections) of"))
            #expect(brief.contains("more agree with the current position"), "no proposition summed up by what its papers say")
            #expect(try #require(byPath["sources.md"]).contains("more papers are left out here"))
            #expect(try #require(byPath["timeline.md"]).contains("are not charted"))
            #expect(files.filter { $0.path.hasPrefix("charts/") }.count <= 2 * TimelineReport.maxCharts)
        }
    }
}
