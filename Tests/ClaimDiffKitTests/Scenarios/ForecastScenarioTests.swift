import Testing
@testable import ClaimDiffKit

/// Scenarios S20, S28, S32 and S33 of `shared/scenarios.md` (issue "Linked propositions"):
/// forecasts settled on the timeline by other papers, and denials against the evidence.
@Suite struct ForecastScenarioTests {
    typealias F = Scenario.Finding
    static let forecast = "forecast_resolution"

    @Test func S20() throws {
        let papers = Scenario.paper("a", "2023-06") + """
        claim a1
          about: cooperation.level
          value: deepening
          by: 2023-06..2025-06
          likelihood: will
          quote: "cooperation will deepen over the next two years"

        claim a2
          about: cooperation.level
          value: cautious
          quote: "cooperation is currently cautious"

        """
        let flags = Scenario.expect(papers, asOf: "2025-12-31", [F(.forecastUnresolved, Self.forecast, "a1"),
                                                                 F(.singleSource, "single_source", "a1", "a2")])
        let f = try #require(flags.first { $0.kind == .forecastUnresolved })
        #expect(f.why.contains("no paper other than a speaks to cooperation.level"), "\(f.why)")
    }

    @Test func S28() throws {
        let e = Scenario.paper("e", "2025-02") + """
        claim e1
          about: treaty.status
          value: signed
          event: 2024-12
          quote: "the treaty was signed in December 2024"

        """
        let flags = Scenario.expect(StatusScenarioTests.s8 + e, [F(.forecastDisputed, Self.forecast, "a1", "b1", "e1"),
                                                               F(.dating, "ladder_progress", "e1", "b1")])
        let f = try #require(flags.first { $0.kind == .forecastDisputed })
        #expect(f.kind.needsReview && f.why.contains("both sides of the horizon"), "\(f.why)")
    }

    @Test func S32() throws {
        let papers = Scenario.paper("g", "2022-10") + """
        claim g1
          about: jets.transfer
          value: delivered
          denied-by: Belmark
          quote: "Belmark denies delivering the jets"

        """ + Scenario.paper("h", "2023-02") + """
        claim h1
          about: jets.transfer
          value: delivered
          event: 2022-09
          quote: "the jets were delivered in September 2022"

        """
        let flags = Scenario.expect(papers, [F(.contradiction, "denial_contradicted", "g1", "h1")])
        let f = try #require(flags.first)
        #expect(f.severity == .medium && f.why.contains("h1"), "\(f.why)")
    }

    @Test func S33() throws {
        let papers = Scenario.paper("a", "2023-01") + """
        claim a1
          about: jets.transfer
          value: delivered
          by: 2023-12
          quote: "the jets will arrive by the end of the year"

        """ + Scenario.paper("b", "2023-07") + """
        claim b1
          about: jets.transfer
          value: contracted
          as-of: 2023-06
          quote: "the jets are contracted"

        """
        let flags = Scenario.expect(papers, asOf: "2024-06-30", [F(.forecastUnresolved, Self.forecast, "a1")])
        let f = try #require(flags.first)
        #expect(f.why.contains("no other paper's claim says whether 'delivered' held at the horizon 2023-12-31"), "\(f.why)")
    }
}
