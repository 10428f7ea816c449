import Testing
@testable import ClaimDiffKit

/// Scenario S23 of `shared/scenarios.md`: parties on a ladder. The treaty is ratified when its
/// last party ratifies; "ratified" with no party, while the parties differ, is ambiguous.
@Suite struct PartyScenarioTests {
    typealias F = Scenario.Finding

    static let treaty = """
    proposition treaty.ratification
      kind: ladder
      title: The Arvania-Belmark treaty, party by party
      ladder: treaty
      parties: arvania, belmark
      parties-up-to: ratified

    """

    static func paper(_ id: String, _ published: String, _ value: String, _ time: String, party: String? = nil, _ quote: String) -> String {
        Scenario.paper(id, published) + """
        claim \(id)1
          about: treaty.ratification
          value: \(value)
          \(time)
        \(party.map { "  party: \($0)\n" } ?? "")  quote: "\(quote)"

        """
    }

    static let papers = treaty
        + paper("a", "2025-01-20", "signed", "event: 2025-01-17", "the treaty was signed on 17 January")
        + paper("b", "2025-04-20", "ratified", "event: 2025-04-16", party: "belmark", "Belmark ratified the treaty")
        + paper("c", "2025-05-25", "ratified", "event: 2025-05-21", party: "arvania", "Arvania ratified the treaty")
        + paper("d", "2025-10-05", "in-force", "event: 2025-10-02", "the treaty entered into force")

    /// S23: "ratified by Belmark" is Belmark's; the whole is ratified from 2025-05-21, when the
    /// last party ratified; in-force belongs to the whole; "ratified" in April with no party is
    /// ambiguous (a low finding) and does not move the whole.
    @Test func S23() throws {
        let flags = Scenario.expect(Self.papers, [F(.update, "ladder_parties", "b1", "c1"), F(.update, "ladder_progress", "a1", "d1")])
        let whole = try #require(flags.first { $0.rule == "ladder_parties" })
        #expect(whole.why.hasPrefix("treaty.ratification as a whole reached 'ratified' on 2025-05-21, when the last of its parties did: arvania on 2025-05-21 (c1), belmark on 2025-04-16 (b1)"), "\(whole.why)")
        let ambiguous = Self.papers + Self.paper("e", "2025-04-30", "ratified", "as-of: 2025-04", "the treaty has been ratified")
        let more = Scenario.expect(ambiguous, [F(.update, "ladder_parties", "b1", "c1"), F(.update, "ladder_progress", "a1", "d1"),
                                               F(.ambiguousParty, "ladder_parties", "e1", "b1")])
        let a = try #require(more.first { $0.kind == .ambiguousParty })
        #expect(a.severity == .low && a.why.contains("belmark had reached 'ratified' (b1) but arvania had not"), "\(a.why)")
        // Written after both parties ratified, "ratified" is the whole's and is not ambiguous.
        let late = Self.papers + Self.paper("e", "2025-06-10", "ratified", "as-of: 2025-06", "the treaty has been ratified")
        _ = Scenario.expect(late, [F(.update, "ladder_parties", "b1", "c1"), F(.update, "ladder_progress", "a1", "e1"),
                                   F(.update, "ladder_progress", "e1", "d1")])
    }
}
