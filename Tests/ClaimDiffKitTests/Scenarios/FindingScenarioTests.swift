import Testing
@testable import ClaimDiffKit

/// Scenario S24 of `shared/scenarios.md`: one anomaly of a paper is one finding.
@Suite struct FindingScenarioTests {
    typealias F = Scenario.Finding

    @Test func S24() throws {
        // A paper that prints "March 2022" and whose seven claims describe July 2022.
        var papers = RuleExample.paper("p", "~2022-07..2022-08", printed: "2022-03")
        for n in 1...7 {
            papers += """
            claim p\(n)
              about: relationship.nature
              value: tactical
              event: 2022-07-\(CivilDate.pad(n + 10, 2))
              quote: "on \(n + 10) July the ties stayed tactical"

            """
        }
        let flags = Scenario.expect(papers, [F(.anachronism, "anachronism", "p1", "p2", "p3", "p4", "p5", "p6", "p7"),
                                             F(.singleSource, "single_source", "p1", "p2", "p3", "p4", "p5", "p6", "p7")])
        let queue = ReviewQueue(flags: flags, reviews: [])
        #expect(queue.open.count == 1, "one anomaly, one item in the review queue: \(queue.open.map(\.flag.id))")
    }
}
