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
          fixed-at: 2025-01-17
          quote: "the treaty formalises an alliance with a mutual defence commitment"

        """ + Scenario.paper("x", "2026-09") + """
        claim x1
          about: treaty.mutual-defence
          value: no
          fixed-at: 2025-01-17
          quote: "the treaty stops short of a mutual defence clause"

        """
        _ = Scenario.expect(papers, [F(.contradiction, Self.category, "w1", "x1")])
        // Read as states, twenty months apart, the two would be an update, not a contradiction.
        _ = Scenario.expect(papers.replacingOccurrences(of: "  fixed-at: 2025-01-17\n", with: ""), [F(.update, Self.category, "w1", "x1")])
    }

    /// S6's two papers: strained in July 2022, then "maintains good relations" that winter.
    static let s6 = Scenario.paper("a", "2022-08") + """
    claim a1
      about: relations.third-country
      value: strained
      as-of: 2022-07
      quote: "relations have already sunk"

    """ + Scenario.paper("b", "~2022-11..2023-03") + """
    claim b1
      about: relations.third-country
      value: good
      continues: yes
      quote: "Belmark maintains good relations with the third country"

    """

    @Test func S6() throws {
        let flags = Scenario.expect(Self.s6, [F(.contradiction, Self.category, "a1", "b1")])
        let f = try #require(flags.first)
        #expect(f.severity == .medium)
        #expect(f.why.contains("12-month window") && f.why.contains("declares") && f.why.contains("asserts continuity"), "\(f.why)")
    }

    @Test func S7() {
        let c = Scenario.paper("c", "2024-02") + """
        claim c1
          about: relations.third-country
          value: hostile
          since: ~2023-01..2023-03
          quote: "since early 2023, Belmark's stance has been markedly hostile"

        """
        _ = Scenario.expect(Self.s6 + c, [F(.contradiction, Self.category, "a1", "b1"), F(.update, Self.category, "b1", "c1")])
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

    /// A category claim names several terms when the text does ("Washington and London were to
    /// blame"): a claim naming one of them is compatible with it, one naming neither dissents,
    /// and a denial by Washington is contradicted only by claims that name Washington.
    @Test func severalTermsInOneClaim() {
        let vocabulary = """
        proposition sabotage.blame
          kind: category
          title: Who was to blame for the sabotage
          terms: washington, london, moscow, kyiv

        """
        func paper(_ id: String, _ value: String, _ quote: String, denied: Bool = false) -> String {
            Scenario.paper(id, "2023-02") + """
            claim \(id)1
              about: sabotage.blame
              value: \(value)
            """ + (denied ? "\n  denied-by: the U.S. government" : "") + """

              quote: "\(quote)"

            """
        }
        let papers = paper("a", "washington, london", "Washington and London were to blame")
            + paper("b", "london", "London was to blame")
            + paper("c", "moscow", "Moscow was to blame")
            + paper("d", "washington", "Washington denies any role", denied: true)
        _ = Scenario.expect(vocabulary + papers, [F(.dissent, Self.category, "a1", "c1"), F(.dissent, Self.category, "b1", "c1"),
                                                  F(.contradiction, "denial_contradicted", "d1", "a1")])
    }
}
