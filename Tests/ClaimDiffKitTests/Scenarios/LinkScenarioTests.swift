import Testing
@testable import ClaimDiffKit

/// Scenarios S21 and S22 of `shared/scenarios.md` (issue "Linked propositions"): links the
/// vocabulary declares between propositions.
@Suite struct LinkScenarioTests {
    typealias F = Scenario.Finding

    @Test func S21() throws {
        let papers = Scenario.paper("a", "2023-01") + """
        claim a1
          about: rel.becomes-strategic
          value: could
          quote: "could potentially develop into a strategic collaboration"

        """ + Scenario.paper("c", "2024-11") + """
        claim c1
          about: rel.becomes-strategic
          value: unlikely
          quote: "unlikely to become strategic partners"

        """ + Scenario.paper("b", "2025-01") + """
        claim b1
          about: relationship.nature
          value: strategic-partnership
          quote: "the strategic partnership treaty is signed"

        """
        let flags = Scenario.expect(papers, [F(.forecastNoCall, "forecast_resolution", "a1", "b1"),
                                             F(.forecastMissed, "forecast_resolution", "c1", "b1"),
                                             F(.singleSource, "single_source", "b1")])
        let missed = try #require(flags.first { $0.kind == .forecastMissed })
        #expect(missed.why.contains("resolves on relationship.nature strategic-partnership, strategic-alliance"), "\(missed.why)")
        // Each is scored from its band: 'unlikely' (20-45%) against an outcome that came about.
        let (set, _) = Snippet.parse(Scenario.vocabulary + papers, path: "scenario.claims")
        let scored = ForecastResolution.all(in: RuleContext(set: set)).compactMap(\.brier)
        #expect(scored.count == 2)
        // The brief no longer shows 'unlikely' as the current view beside the partnership.
        let brief = BriefReport.render(ReportContext(set: set))
        let row = try #require(brief.split(separator: "\n").first { $0.hasPrefix("| ") && $0.contains("`rel.becomes-strategic`") })
        #expect(row.contains("| came about: relationship.nature strategic-partnership; the judgements are settled | b (2025-01) |"), "\(row)")
        #expect(row.contains("| a, c |"), "both judgements are earlier views: \(row)")
    }

    @Test func S22() throws {
        let papers = Scenario.paper("a", "2023-06") + """
        claim a1
          about: arms.deals
          value: < contracted
          quote: "no new arms deals have been signed this year"

        """ + Scenario.paper("b", "2024-11") + """
        claim b1
          about: jets.transfer
          value: contracted
          event: 2023-03
          quote: "the jet contract was signed in March 2023"

        """
        let flags = Scenario.expect(papers, [F(.contradiction, "linked_propositions", "b1", "a1"),
                                             F(.singleSource, "single_source", "a1"), F(.singleSource, "single_source", "b1")])
        let f = try #require(flags.first { $0.rule == "linked_propositions" })
        #expect(f.why.contains("jets.transfer >= contracted implies arms.deals >= contracted"), "\(f.why)")
    }
}
