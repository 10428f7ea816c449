import Testing
@testable import ClaimDiffKit

/// Scenario S26 of `shared/scenarios.md` (issue "Reports an analyst can brief from"): a review
/// follows the evidence it judged.
@Suite struct ReviewScenarioTests {
    static func papers(bDate: String = "2024-11", bValue: String = "strategic-alliance", bID: String = "b1") -> String {
        Scenario.paper("a", "2021-08") + """
        claim a1
          about: relationship.nature
          value: tactical
          quote: "tactical, not strategic"

        """ + Scenario.paper("b", bDate) + """
        claim \(bID)
          about: relationship.nature
          value: \(bValue)
          quote: "now an alliance"

        """
    }

    static func analyse(_ papers: String) -> (AnnotationSet, [Flag]) {
        let (set, diagnostics) = Snippet.parse(Scenario.vocabulary + papers, path: "scenario.claims")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        return (set, RuleEngine().run(RuleContext(set: set)))
    }

    @Test func S26() throws {
        // The update between A and B is dismissed, with the kind and evidence it judged.
        let (set, flags) = Self.analyse(Self.papers())
        let update = try #require(flags.first { $0.kind == .update })
        let review = Review(flagID: update.id, disposition: .dismissed, resolvedBy: nil, note: "a change over time", by: "analyst",
                            date: nil, kind: update.kind.rawValue, fingerprint: update.fingerprint(in: set),
                            location: SourceLocation(file: "reviews.claims", line: 1, column: 1))
        let judged = ReviewQueue(flags: flags, reviews: [review], set: set)
        #expect(judged.otherReviewed.map(\.flag.id) == [update.id] && judged.outdated.isEmpty && judged.stale.isEmpty)

        // B is re-dated: the same two claims now disagree about the same time. The finding keeps
        // its id, is open again, and the old disposition is shown beside it.
        let (set2, flags2) = Self.analyse(Self.papers(bDate: "2021-08"))
        let now = try #require(flags2.first { $0.id == update.id })
        #expect(now.kind == .dissent)
        let queue = ReviewQueue(flags: flags2, reviews: [review], set: set2)
        let item = try #require(queue.open.first { $0.flag.id == update.id })
        #expect(item.review == nil && item.outdated == review)
        #expect(item.outdatedReason?.contains("it judged the finding as 'update', and it is now 'dissent'") == true, "\(item.outdatedReason ?? "")")
        #expect(queue.stale.isEmpty && queue.reviewed.isEmpty)

        // Only the evidence changes (another value, the same kind): the disposition no longer applies either.
        let (set3, flags3) = Self.analyse(Self.papers(bValue: "strategic-partnership"))
        let changed = try #require(flags3.first { $0.id == update.id })
        #expect(changed.kind == .update)
        let queue3 = ReviewQueue(flags: flags3, reviews: [review], set: set3)
        let kept = try #require(queue3.otherReviewed.first { $0.flag.id == update.id })
        #expect(kept.review == nil && kept.outdated == review && kept.outdatedReason?.contains("evidence it judged has changed") == true)

        // Only a time changes (B re-dated, still later: the same kind): it no longer applies either.
        let (set5, flags5) = Self.analyse(Self.papers(bDate: "2024-10"))
        let moved = try #require(flags5.first { $0.id == update.id })
        #expect(moved.kind == .update && moved.fingerprint(in: set5) != update.fingerprint(in: set))
        let queue5 = ReviewQueue(flags: flags5, reviews: [review], set: set5)
        let kept5 = try #require(queue5.otherReviewed.first { $0.flag.id == update.id })
        #expect(kept5.review == nil && kept5.outdated == review && queue5.outdated[update.id] != nil && queue5.stale.isEmpty)

        // The finding's id changes (another claim): the disposition is stale, listed, not dropped.
        let (set4, flags4) = Self.analyse(Self.papers(bID: "b2"))
        let queue4 = ReviewQueue(flags: flags4, reviews: [review], set: set4)
        #expect(queue4.stale == [review])

        // The finding is gone (B's claim removed): stale too, kept.
        let (set6, diagnostics) = Snippet.parse(Scenario.vocabulary + Scenario.paper("a", "2021-08") + """
        claim a1
          about: relationship.nature
          value: tactical
          quote: "tactical, not strategic"

        """, path: "scenario.claims")
        #expect(diagnostics.isEmpty)
        let flags6 = RuleEngine().run(RuleContext(set: set6))
        #expect(!flags6.contains { $0.id == update.id })
        let queue6 = ReviewQueue(flags: flags6, reviews: [review], set: set6)
        #expect(queue6.stale == [review] && queue6.outdated.isEmpty)
    }

    /// A reopened finding is open whatever it judged, with the dispositions before it as its
    /// history; the history survives a disposition that no longer applies.
    @Test func reopenedFindingIsOpenWithItsHistory() throws {
        let (set, flags) = Self.analyse(Self.papers(bDate: "2021-08"))
        let dissent = try #require(flags.first { $0.kind == .dissent })
        let loc = SourceLocation(file: "reviews.claims", line: 1, column: 1)
        let accepted = Review(flagID: dissent.id, disposition: .accepted, resolvedBy: nil, note: "they disagree", by: "ana",
                              date: nil, kind: "dissent", fingerprint: dissent.fingerprint(in: set), location: loc)
        let reopened = Review(flagID: dissent.id, disposition: .reopened, resolvedBy: nil, note: "look again", by: "bo",
                              date: nil, history: [accepted], location: loc)
        let queue = ReviewQueue(flags: flags, reviews: [reopened], set: set)
        let item = try #require(queue.open.first { $0.flag.id == dissent.id })
        #expect(item.isOpen && item.reopened == reopened && item.history == [accepted] && queue.stale.isEmpty)
        // Accepted again, over the reopening: reviewed, history kept.
        var again = accepted
        again.history = [accepted, Review(flagID: dissent.id, disposition: .reopened, resolvedBy: nil, note: "look again", by: "bo", date: nil, location: loc)]
        let queue2 = ReviewQueue(flags: flags, reviews: [again], set: set)
        let item2 = try #require(queue2.reviewed.first { $0.flag.id == dissent.id })
        #expect(item2.history.map(\.disposition) == [.accepted, .reopened])
        // The evidence changes under it: open again, the old disposition and its history shown.
        let (set3, flags3) = Self.analyse(Self.papers(bDate: "2021-08", bValue: "strategic-partnership"))
        let queue3 = ReviewQueue(flags: flags3, reviews: [again], set: set3)
        let item3 = try #require(queue3.open.first { $0.flag.id == dissent.id })
        #expect(item3.outdated == again && item3.history.count == 2)
    }
}
