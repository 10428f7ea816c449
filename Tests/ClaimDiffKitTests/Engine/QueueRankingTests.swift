import Testing
@testable import ClaimDiffKit

/// The review queue's order (`Docs/findings.md`, "The review queue"): severity, then the
/// grades of each side's best paper, then independent sources on each side (a relay counted
/// once with what it relays), on a corpus of four contradictions of one severity.
@Suite struct QueueRankingTests {
    static let vocabulary = """
    ladder transfer
      steps: none < promised < contracted < delivered

    """ + ["p1", "p2", "p3", "p4", "p5"].map { """
    proposition \($0).transfer
      kind: ladder
      title: Transfer \($0)
      ladder: transfer

    """ }.joined()

    /// A paper graded `grade` with one claim.
    static func paper(_ id: String, _ grade: String?, claim: String, about: String, value: String, time: String, relays: String? = nil) -> String {
        Scenario.paper(id, "2024-01", reliability: grade) + """

        claim \(claim)
          about: \(about).transfer
          value: \(value)
          \(time)
          quote: "\(id) on \(about)"
        """ + (relays.map { "\n  relays: \($0)" } ?? "") + "\n\n"
    }

    /// p1: A against A. p2: D against A. p3: B, with a second B paper and a relay of the first
    /// on its side, against B. p4: B against B. p5: B and three papers relaying it, against B:
    /// two sources, not five.
    static let corpus = vocabulary
        + paper("a1", "A", claim: "a1-p1", about: "p1", value: "delivered", time: "event: 2023-05")
        + paper("a2", "A", claim: "a2-p1", about: "p1", value: "< delivered", time: "as-of: 2023-06")
        + paper("d1", "D", claim: "d1-p2", about: "p2", value: "delivered", time: "event: 2023-05")
        + paper("a3", "A", claim: "a3-p2", about: "p2", value: "< delivered", time: "as-of: 2023-06")
        + paper("b1", "B", claim: "b1-p3", about: "p3", value: "delivered", time: "event: 2023-05")
        + paper("b2", "B", claim: "b2-p3", about: "p3", value: "delivered", time: "event: 2023-05")
        + paper("b3", "B", claim: "b3-p3", about: "p3", value: "delivered", time: "event: 2023-05", relays: "b1-p3")
        + paper("b4", "B", claim: "b4-p3", about: "p3", value: "< delivered", time: "as-of: 2023-06")
        + paper("b5", "B", claim: "b5-p4", about: "p4", value: "delivered", time: "event: 2023-05")
        + paper("b6", "B", claim: "b6-p4", about: "p4", value: "< delivered", time: "as-of: 2023-06")
        + paper("c1", "B", claim: "c1-p5", about: "p5", value: "delivered", time: "event: 2023-05")
        + ["c2", "c3", "c4"].map { paper($0, "B", claim: "\($0)-p5", about: "p5", value: "delivered", time: "event: 2023-05", relays: "c1-p5") }.joined()
        + paper("c5", "B", claim: "c5-p5", about: "p5", value: "< delivered", time: "as-of: 2023-06")

    static func context() -> ReportContext {
        let (set, diagnostics) = Snippet.parse(corpus, path: "ranking.claims")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        return ReportContext(set: set)
    }

    @Test func gradesThenSourcesOrderOneSeverity() throws {
        let r = Self.context()
        let open = r.queue.open.map(\.flag)
        #expect(Set(open.map(\.severity)) == [.medium], "\(open.map { "\($0.kind) \($0.severity)" })")
        // p1 (A, A) before p3 (B, B: three sources) before p4 and p5 (B, B: two each, p5's relays
        // counted with what they relay; then flag order, by proposition) before p2 (its weaker
        // side graded D).
        let order = open.map(\.proposition).uniquedInOrder
        #expect(order == ["p1.transfer", "p3.transfer", "p4.transfer", "p5.transfer", "p2.transfer"], "\(open.map { "\($0.proposition) \($0.claims)" })")
        // Ranking is the only difference: without the annotations the queue keeps flag order.
        let plain = ReviewQueue(flags: r.flags, reviews: []).open.map(\.flag.id)
        #expect(plain == r.flags.filter(\.kind.needsReview).map(\.id))
    }

    @Test func aRelayIsOneSourceWithWhatItRelays() throws {
        let r = Self.context()
        let f = try #require(r.queue.open.first { $0.flag.proposition == "p3.transfer" }?.flag)
        let sides = FindingSides(f, set: r.set, sources: r.rules.index.sources, group: r.claims(about: f.proposition))
        #expect(sides.sides.count == 2)
        let delivered = try #require(sides.sides.first { $0.claims.contains { $0.id == "b3-p3" } })
        // b1, b2 and b3 say 'delivered' for the same time; b3 relays b1, so two sources.
        #expect(Set(delivered.claims.map(\.id)) == ["b1-p3", "b2-p3", "b3-p3"])
        #expect(delivered.sources == [.paper("b1"), .paper("b2")] || delivered.sources == [.paper("b2"), .paper("b1")])
        #expect(sides.rank.thinnerSources == 1 && sides.rank.totalSources == 3)
    }

    @Test func theQueueListsEveryClaimOfEachSide() throws {
        let r = Self.context()
        let text = ContradictionsReport.render(r)
        let id = try #require(r.queue.open.first { $0.flag.proposition == "p3.transfer" }?.flag.id)
        let entry = try #require(text.components(separatedBy: "### ").first { $0.hasPrefix(id) })
        for claim in ["b1-p3", "b2-p3", "b3-p3", "b4-p3"] { #expect(entry.contains("`\(claim)`"), "\(claim) missing from\n\(entry)") }
        #expect(entry.contains("**Sides**: 2 sources against 1") || entry.contains("**Sides**: 1 source against 2"), "\(entry)")
        #expect(entry.contains("| B | `b4-p3` | b4 | B |") || entry.contains("| A | `b4-p3` | b4 | B |"), "\(entry)")
        #expect(entry.contains(", joins | `b1-p3`") && entry.contains(", joins | `b2-p3`"), "\(entry)")
        #expect(text.contains("**Order**: highest severity first"))
    }

    @Test("grades rank A to F, an ungraded paper as C", arguments: [
        (grade: "A", rank: 0), (grade: "C", rank: 2), (grade: "F", rank: 5), (grade: nil, rank: 2),
    ] as [(grade: String?, rank: Int)])
    func gradeRank(row: (grade: String?, rank: Int)) {
        let p = Paper(id: "p", title: "T", authors: [], publisher: "P", published: TimeSpan(start: 0, end: 0, precision: .day, text: "1970-01-01"),
                      printed: nil, source: "p.txt", reliability: row.grade, note: nil,
                      location: SourceLocation(file: "t", line: 1, column: 1), sourceLocation: SourceLocation(file: "t", line: 1, column: 1))
        #expect(FindingSides.grade(p) == row.rank)
    }
}
