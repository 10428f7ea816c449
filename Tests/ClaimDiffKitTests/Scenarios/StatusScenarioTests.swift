import Testing
@testable import ClaimDiffKit

/// Scenarios S1-S4, S8, S9, S12, S27 and S30 of `shared/scenarios.md`: statuses on a ladder
/// as positions over time.
@Suite struct StatusScenarioTests {
    typealias F = Scenario.Finding
    static let ladder = "ladder_progress"

    /// P's claims that S1, S2 and S30 share: signed in September 2023, not yet received in November 2024.
    static let p = Scenario.paper("p", "2024-11") + """
    claim p1
      about: jets.transfer
      value: contracted
      event: 2023-09
      quote: "The contract for the jets was signed in September 2023"

    claim p2
      about: jets.transfer
      value: < delivered
      quote: "Arvania has not yet received the jets"

    """

    @Test func S1() {
        // One paper: its two claims combine into 'contracted' and raise nothing between them.
        _ = Scenario.expect(Self.p, [F(.singleSource, "single_source", "p1", "p2")])
        // Its position is exactly 'contracted' from the signing, never 'contracted or later'.
        let (set, _) = Snippet.parse(Scenario.vocabulary + Self.p, path: "scenario.claims")
        let lines = PositionSummary.lines(proposition: "jets.transfer", papers: ["p"], in: RuleContext(set: set))
        #expect(lines == ["  p: 'contracted' for 2023-09; 'before delivered' for 2024-11 — combined: 'contracted' from 2023-09-30"])
    }

    @Test func S2() {
        let papers = Scenario.paper("q", "2022-11") + """
        claim q1
          about: jets.transfer
          value: requested
          quote: "Arvania has requested the jets"

        """ + Scenario.paper("r", "2023-06") + """
        claim r1
          about: jets.transfer
          value: promised
          quote: "Belmark has promised the jets"

        """ + Self.p
        _ = Scenario.expect(papers, [F(.update, Self.ladder, "q1", "r1"), F(.update, Self.ladder, "r1", "p1")])
    }

    @Test func S3() throws {
        let papers = Scenario.paper("a", "2023-06-02") + """
        claim a1
          about: jets.transfer
          value: < contracted
          as-of: 2023-05-30
          quote: "no deal has been signed"

        """ + Scenario.paper("b", "2023-06") + """
        claim b1
          about: jets.transfer
          value: delivered
          event: 2023-05-20
          quote: "the jets arrived on 20 May"

        """
        let flags = Scenario.expect(papers, [F(.contradiction, Self.ladder, "a1", "b1")])
        let f = try #require(flags.first)
        #expect(f.severity == .high)
        #expect(f.why.contains("2023-05-20") && f.why.contains("2023-05-30"), "\(f.why)")
        // Had the jets arrived in June, after the 'not yet' of 30 May, it would be an update.
        _ = Scenario.expect(papers.replacingOccurrences(of: "event: 2023-05-20", with: "event: 2023-06-01"),
                            [F(.update, Self.ladder, "a1", "b1")])
    }

    @Test func S4() {
        let papers = Scenario.paper("a", "2023-01") + """
        claim a1
          about: jets.transfer
          value: >= discussed
          event: 2022-11
          quote: "the missile transfer was discussed at the November meeting"

        """ + Scenario.paper("b", "2024-02") + """
        claim b1
          about: jets.transfer
          value: contracted
          event: 2022-09
          quote: "an agreement to deliver the missiles was signed in September 2022"

        """
        _ = Scenario.expect(papers, [])
        // Coded as exactly 'discussed' (the annotation error the scenario guards against), A contradicts B.
        let wrong = Scenario.findings(papers.replacingOccurrences(of: "value: >= discussed", with: "value: discussed")).0
        #expect(wrong == [F(.contradiction, Self.ladder, "b1", "a1")])
    }

    /// S8's forecast and the signing it misses.
    static let s8 = Scenario.paper("a", "2024-11") + """
    claim a1
      about: treaty.status
      value: signed
      by: 2024-12
      likelihood: likely
      quote: "the treaty is expected to be signed by the end of the year"

    """ + Scenario.paper("b", "2025-01-20") + """
    claim b1
      about: treaty.status
      value: signed
      event: 2025-01-17
      quote: "the treaty was signed on 17 January 2025"

    """

    @Test func S8() {
        _ = Scenario.expect(Self.s8, [F(.forecastMissed, "forecast_resolution", "a1", "b1")])
    }

    @Test func S9() {
        let papers = Scenario.paper("b", "2025-01-20") + """
        claim b1
          about: treaty.status
          value: signed
          event: 2025-01-17
          quote: "the treaty was signed on 17 January 2025"

        """ + Scenario.paper("c", "2025-04") + """
        claim c1
          about: treaty.status
          value: signed
          event: 2025-01
          quote: "signed in January"

        """ + Scenario.paper("d", "2025-01-12") + """
        claim d1
          about: treaty.status
          value: < signed
          as-of: 2025-01-10
          quote: "the signing has been held off"

        """
        _ = Scenario.expect(papers, [F(.consensus, Self.ladder, "b1", "c1"), F(.update, Self.ladder, "d1", "b1")])
    }

    @Test func S12() throws {
        let papers = Scenario.paper("a", "2024-02") + """
        claim a1
          about: jets.transfer
          value: contracted
          event: 2023-03
          quote: "the jet deal was finalised in March 2023"

        """ + Scenario.paper("b", "2024-04") + """
        claim b1
          about: jets.transfer
          value: contracted
          event: 2023-11
          quote: "the jets were purchased in November 2023"

        """
        let flags = Scenario.expect(papers, [F(.dating, Self.ladder, "a1", "b1")])
        let f = try #require(flags.first)
        #expect(f.severity == .low)
        #expect(f.why.contains("2023-03") && f.why.contains("2023-11"), "\(f.why)")
    }

    @Test func S27() {
        let papers = Scenario.paper("a", "2023-06") + """
        claim a1
          about: jets.transfer
          value: < contracted
          quote: "no deal has been signed"

        claim a2
          about: jets.transfer
          value: contracted
          event: 2023-05
          quote: "the deal was signed last month"

        """
        _ = Scenario.expect(papers, [F(.contradiction, "internal_contradiction", "a2", "a1"),
                                     F(.singleSource, "single_source", "a1", "a2")])
    }

    @Test func S30() {
        let papers = Self.p + Scenario.paper("f", "2025-03") + """
        claim f1
          about: jets.transfer
          value: <= requested
          event: 2025-01
          reversal: yes
          quote: "the contract was cancelled in January 2025"

        """ + Scenario.paper("g", "2025-06") + """
        claim g1
          about: jets.transfer
          value: < contracted
          quote: "there is no contract"

        """
        _ = Scenario.expect(papers, [F(.reversal, Self.ladder, "p1", "f1")])
    }
}
