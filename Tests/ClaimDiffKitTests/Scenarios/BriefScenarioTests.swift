import Testing
@testable import ClaimDiffKit

/// Scenario S17 of `shared/scenarios.md` and the brief's headlines (issue "Reports an analyst
/// can brief from"): a current position keeps its hedges, a paper's key judgements outrank
/// its incidental wording, and an earlier step is an earlier view, not agreement.
@Suite struct BriefScenarioTests {
    typealias F = Scenario.Finding

    /// The brief of a scenario's papers.
    static func brief(_ papers: String, asOf: String? = nil) -> String {
        let (set, diagnostics) = Snippet.parse(Scenario.vocabulary + papers, path: "scenario.claims")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        let date = asOf.flatMap { try? Analysis.parseDate($0, option: "--as-of") }
        return BriefReport.render(ReportContext(set: set, asOf: date))
    }

    /// The summary row of a proposition in a brief.
    static func row(_ brief: String, _ key: String) -> [String] {
        guard let line = brief.split(separator: "\n").first(where: { $0.hasPrefix("| ") && $0.contains("`\(key)`") }) else { return [] }
        return line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// S17 (`missiles.transfer` in the scenario; the jets' ladder here, the same steps).
    static let s17 = Scenario.paper("a", "2024-02", reliability: "B") + """
    claim a1
      about: jets.transfer
      value: < delivered
      quote: "Belmark has so far refrained from supplying the missiles"

    """ + Scenario.paper("b", "2024-11") + """
    claim b1
      about: jets.transfer
      value: delivered
      hedge: allegedly
      quote: "allegedly even ballistic missiles"

    """

    @Test func S17() {
        // The move to delivered is an update that rests on a hedged claim; no contradiction.
        let flags = Scenario.expect(Self.s17, [F(.update, "ladder_progress", "a1", "b1")])
        #expect(flags.first?.why.contains("allegedly") == true, "\(flags.first?.why ?? "")")
        let brief = Self.brief(Self.s17)
        let row = Self.row(brief, "jets.transfer")
        // The headline keeps the hedge, says it is unconfirmed, and names A's last firm position.
        #expect(row.count == 8 && row[2] == "delivered (allegedly, unconfirmed; last firm: before delivered, a 2024-02)", "\(row)")
        #expect(row[6] == "a", "A held an earlier view, not agreement: \(row)")
        #expect(brief.contains("**Last firm position**: **before delivered**: a (2024-02)"), "\(brief)")
        // Once a firm source also says delivered, the headline is confirmed.
        let firm = Self.s17 + Scenario.paper("c", "2024-10") + """
        claim c1
          about: jets.transfer
          value: delivered
          quote: "the missiles were delivered"

        """
        let confirmed = Self.row(Self.brief(firm), "jets.transfer")
        #expect(confirmed.count == 8 && confirmed[2] == "delivered" && confirmed[3] == "c (2024-10)" && confirmed[4] == "b", "the firm claim heads: \(confirmed)")
    }

    /// A paper's marked key judgement outranks its own incidental wording of the same time.
    @Test func keyJudgementOutranksIncidentalWording() {
        let papers = Scenario.paper("g", "2024-11") + """
        claim g1
          about: relationship.nature
          value: strategic-partnership
          quote: "the strategic alignment of the two"

        claim g2
          about: relationship.nature
          value: transactional
          key-judgement: yes
          quote: "the relationship remains transactional and falls short of a true alliance"

        """ + Scenario.paper("h", "2024-06") + """
        claim h1
          about: relationship.nature
          value: pragmatic
          quote: "a pragmatic relationship"

        """
        let brief = Self.brief(papers)
        let row = Self.row(brief, "relationship.nature")
        #expect(row.count == 8 && row[2] == "transactional" && row[3] == "g (2024-11)" && row[4] == "h", "\(row)")
        // The brief opens with the key judgements, before the summary.
        let key = brief.range(of: "## Key judgements"), summary = brief.range(of: "## Summary")
        #expect(key != nil && summary != nil && key!.lowerBound < summary!.lowerBound)
        #expect(brief.contains("`relationship.nature`: **transactional** — g (2024-11) (key judgement)"), "\(brief)")
        // Unmarked, the two claims of g are read as they are: the more specific term of the
        // same time does not win by being marked.
        let unmarked = Self.row(Self.brief(papers.replacingOccurrences(of: "  key-judgement: yes\n", with: "")), "relationship.nature")
        #expect(unmarked.count == 8 && unmarked[2] == "strategic-partnership", "\(unmarked)")
    }

    /// Papers that reported an earlier step are an earlier view, never counted as agreeing; a
    /// paper that says "not yet" of a step reached later is one too, and one that says "not
    /// yet" of a step already reached dissents.
    @Test func earlierStepsAreEarlierViews() {
        let papers = ["q", "r"].map { id in
            Scenario.paper(id, "2022-06") + """
            claim \(id)1
              about: treaty.status
              value: >= negotiating
              quote: "the treaty is under negotiation"

            """
        }.joined() + Scenario.paper("s", "2024-03") + """
        claim s1
          about: treaty.status
          value: signed
          event: 2023-12
          quote: "the treaty was signed in December 2023"

        claim s2
          about: treaty.status
          value: < ratified
          quote: "it has not been ratified"

        """ + Scenario.paper("t", "2024-02") + """
        claim t1
          about: treaty.status
          value: < signed
          quote: "the treaty has not been signed"

        """
        let row = Self.row(Self.brief(papers), "treaty.status")
        #expect(row.count == 8 && row[2] == "signed, not ratified" && row[3] == "s (2024-03)", "\(row)")
        #expect(row[4] == "" && row[5] == "t" && row[6] == "q, r", "\(row)")
    }

    /// A paper that speaks only of the jets stands on arms deals where its jet contract puts it
    /// (`implies: >= contracted -> arms.deals >= contracted`): a 2023 "no deals" is an earlier view.
    @Test func impliedStepsTakePart() {
        let papers = Scenario.paper("a", "2023-06") + """
        claim a1
          about: arms.deals
          value: < contracted
          quote: "no new arms deals have been signed this year"

        """ + Scenario.paper("b", "2024-11") + """
        claim b1
          about: jets.transfer
          value: contracted
          event: 2024-03
          quote: "the jet contract was signed in March 2024"

        """
        let row = Self.row(Self.brief(papers), "arms.deals")
        #expect(row.count == 8 && row[2] == "contracted or later (implied by jets.transfer)" && row[3] == "b (2024-03)" && row[6] == "a", "\(row)")
        // Before the contract, a's "no deals" heads.
        let before = Self.row(Self.brief(papers, asOf: "2023-12"), "arms.deals")
        #expect(before.count == 8 && before[2] == "before contracted", "\(before)")
    }

    /// A status last reported two years before the date says so; a last step does not.
    @Test func oldPositionsSayWhen() {
        let papers = Scenario.paper("a", "2024-11") + """
        claim a1
          about: jets.transfer
          value: < delivered
          as-of: 2010
          quote: "in 2010 the sale was frozen"

        claim a2
          about: treaty.status
          value: in-force
          event: 2012
          quote: "the treaty entered into force in 2012"

        """
        let brief = Self.brief(papers)
        #expect(Self.row(brief, "jets.transfer")[2] == "before delivered (last reported for 2010)", "\(Self.row(brief, "jets.transfer"))")
        #expect(Self.row(brief, "treaty.status")[2] == "in-force", "\(Self.row(brief, "treaty.status"))")
    }
}
