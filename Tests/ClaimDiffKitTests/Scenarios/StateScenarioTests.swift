import Testing
@testable import ClaimDiffKit

/// Scenarios S5, S10, S25, S29 and S31 of `shared/scenarios.md`: category and likelihood
/// states over time, their persistence windows and their consensus.
@Suite struct StateScenarioTests {
    typealias F = Scenario.Finding
    static let category = "category_consistency", likelihood = "likelihood_bands"

    @Test func S5() throws {
        let papers = Scenario.paper("a", "2021-08") + """
        claim a1
          about: relationship.nature
          value: tactical
          quote: "tactical, not strategic"

        """ + Scenario.paper("b", "2023-01") + """
        claim b1
          about: relationship.nature
          value: pragmatic
          quote: "remains pragmatic"

        """ + Scenario.paper("c", "2024-11") + """
        claim c1
          about: relationship.nature
          value: transactional
          quote: "transactional; it falls short of a true alliance"

        """
        let flags = Scenario.expect(papers, [F(.consensus, Self.category, "a1", "b1", "c1")])
        let f = try #require(flags.first)
        #expect(f.why.hasPrefix("3 sources (a, b, c)") && f.why.contains("from 2021-08 to 2024-11"), "\(f.why)")
    }

    @Test func S10() {
        // The treaty's text is a fact fixed at its signing: twenty months apart, the two still contradict.
        let papers = Scenario.paper("w", "2025-01-20") + """
        claim w1
          about: treaty.mutual-defence
          value: yes
          quote: "the treaty formalises an alliance with a mutual defence commitment"

        """ + Scenario.paper("x", "2026-09") + """
        claim x1
          about: treaty.mutual-defence
          value: no
          quote: "the treaty stops short of a mutual defence clause"

        """
        _ = Scenario.expect(papers, [F(.contradiction, Self.category, "w1", "x1")])
    }

    @Test func S25() throws {
        let words = [("a", "2021", "likely"), ("b", "2022", "could"), ("c", "2023", "anticipated"), ("d", "2024", "will")]
        let papers = words.map { id, year, word in
            Scenario.paper(id, year) + """
            claim \(id)1
              about: cooperation.deepens
              value: \(word)
              quote: "cooperation \(word) deepen"

            """
        }.joined()
        let flags = Scenario.expect(papers, [F(.consensus, Self.likelihood, "a1", "b1", "c1", "d1")])
        let f = try #require(flags.first)
        #expect(f.why.contains("3 judge it more likely than not and 1 holds it possible"), "\(f.why)")
        // 'likely' then 'unlikely' beyond the 12-month window is a shift: an update.
        let shift = Scenario.paper("a", "2021") + """
        claim a1
          about: cooperation.deepens
          value: likely
          quote: "cooperation is likely to deepen"

        """ + Scenario.paper("d", "2024") + """
        claim d1
          about: cooperation.deepens
          value: unlikely
          quote: "cooperation is unlikely to deepen"

        """
        _ = Scenario.expect(shift, [F(.update, Self.likelihood, "a1", "d1")])
    }

    @Test func S29() throws {
        let papers = Scenario.paper("a", "2022-03") + """
        claim a1
          about: relations.third-country
          value: good
          quote: "relations are good"

        """ + Scenario.paper("b", "2022-07") + """
        claim b1
          about: relations.third-country
          value: strained
          quote: "relations are strained"

        """
        let flags = Scenario.expect(papers, [F(.unexplainedChange, Self.category, "a1", "b1")])
        let f = try #require(flags.first)
        #expect(f.severity == .low)
        #expect(f.why.contains("12-month window") && f.why.contains("declares"), "\(f.why)")
    }

    @Test func S31() throws {
        let papers = Scenario.paper("a", "2024-11") + """
        claim a1
          about: rel.becomes-strategic
          value: likely
          quote: "likely to become strategic"

        """ + Scenario.paper("b", "2024-11") + """
        claim b1
          about: rel.becomes-strategic
          value: unlikely
          quote: "unlikely to become strategic"

        """
        let flags = Scenario.expect(papers, [F(.dissent, Self.likelihood, "a1", "b1")])
        #expect(try #require(flags.first).kind.needsReview)
    }
}
