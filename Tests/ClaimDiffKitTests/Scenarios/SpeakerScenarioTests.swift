import Testing
@testable import ClaimDiffKit

/// Scenarios S18, S19 and S34 of `shared/scenarios.md`: a statement belongs to its speaker,
/// and papers that relay or cite one source are that source, not several.
@Suite struct SpeakerScenarioTests {
    typealias F = Scenario.Finding
    static let ladder = "ladder_progress", forecast = "forecast_resolution", single = "single_source", amount = "amount_consistency"

    static let dorn = """
    speaker dorn
      name: Piet Dorn
      role: MP
      aliases: MP Dorn

    """

    /// Outlet `id` of `published` reporting Dorn's forecast that the jets arrive by spring 2023.
    static func outlet(_ id: String, _ published: String, speaker: Bool = true) -> String {
        Scenario.paper(id, published) + """
        claim \(id)-dorn
          about: jets.transfer
          value: delivered
          by: 2023-03..2023-05
          attributed-to: MP Dorn
        \(speaker ? "  speaker: dorn\n" : "")  quote: "MP Dorn said the jets would arrive by spring"

        """
    }

    static let notYet = Scenario.paper("p", "2024-11") + """
    claim p1
      about: jets.transfer
      value: < delivered
      quote: "the jets have not yet been delivered"

    """

    /// S18: one forecast by Dorn, relayed by two outlets, missed; Dorn's record shows it and the
    /// outlets' own records do not.
    @Test func S18() throws {
        let papers = Self.dorn + Self.outlet("o1", "2023-01-15") + Self.outlet("o2", "2023-01-16") + Self.notYet
        let flags = Scenario.expect(papers, [F(.forecastMissed, Self.forecast, "o1-dorn", "o2-dorn", "p1")])
        #expect(flags[0].why.hasPrefix("Piet Dorn (relayed by o1 and o2) forecast 'delivered'"), "\(flags[0].why)")
        let (set, _) = Snippet.parse(Scenario.vocabulary + papers)
        let report = SourcesReport.render(ReportContext(set: set))
        let dorn = try #require(report.range(of: "\n## Speaker dorn\n"))
        let dornRecord = report[dorn.upperBound...].components(separatedBy: "\n## ")[0]
        #expect(dornRecord.contains("### Forecast record (1)") && dornRecord.contains("`o1-dorn`, `o2-dorn`") && dornRecord.contains("missed"),
                "Dorn's record shows one forecast, relayed twice, missed: \(dornRecord)")
        for outlet in ["o1", "o2"] {
            let at = try #require(report.range(of: "\n## \(outlet)\n"))
            let record = report[at.upperBound...].components(separatedBy: "\n## ")[0]
            #expect(record.contains("### Forecast record (0)") && record.contains("relayed, not its own"), "\(outlet) only relayed Dorn: \(record)")
        }
    }

    /// S19: the two outlets alone are one source, relayed by two: the single-source check sees
    /// one source and their agreement is not a consensus.
    @Test func S19() {
        let papers = Self.dorn + Self.outlet("o1", "2023-01-15") + Self.outlet("o2", "2023-01-16")
        let flags = Scenario.expect(papers, [F(.singleSource, Self.single, "o1-dorn", "o2-dorn")])
        #expect(flags[0].why.hasPrefix("only 1 source, relayed by 2 (Piet Dorn, relayed by o1 and o2) speaks to jets.transfer"), "\(flags[0].why)")
        // The same with a statement of fact: the outlets attest that Dorn said it; no consensus.
        let said = ["o1", "o2"].map { id in
            Scenario.paper(id, id == "o1" ? "2023-01-15" : "2023-01-16") + """
            claim \(id)1
              about: jets.transfer
              value: contracted
              speaker: dorn
              quote: "the contract is signed, Dorn said"

            """
        }.joined()
        _ = Scenario.expect(Self.dorn + said, [F(.singleSource, Self.single, "o11", "o21")])
        let (set, _) = Snippet.parse(Scenario.vocabulary + Self.dorn + said)
        let brief = BriefReport.render(ReportContext(set: set))
        #expect(brief.contains("only 1 source, relayed by 2 (Piet Dorn, relayed by o1 and o2) speaks to this"), "the brief counts sources: \(brief)")
        #expect(brief.contains("(single source)"), "the brief's summary marks it single-source")
        // Without the speaker the outlets are two sources that agree.
        let plain = said.replacingOccurrences(of: "  speaker: dorn\n", with: "")
        _ = Scenario.expect(plain, [F(.consensus, Self.ladder, "o11", "o21")])
    }

    /// S34: B gives A's figure and cites A: one source for the figure, counted once by the
    /// single-source check and by the consensus.
    @Test func S34() {
        func trade(_ id: String, _ published: String, cites: String? = nil) -> String {
            Scenario.paper(id, published) + """
            claim \(id)1
              about: trade.volume
              value: 4 billion USD
              period: 2023
            \(cites.map { "  cites: \($0)\n" } ?? "")  quote: "trade reached $4 billion in 2023"

            """
        }
        let flags = Scenario.expect(trade("a", "2024-02") + trade("b", "2024-05", cites: "a"), [F(.singleSource, Self.single, "a1", "b1")])
        #expect(flags[0].why.hasPrefix("only 1 source, relayed by 2 (a, cited by b) speaks to trade.volume"), "\(flags[0].why)")
        let three = Scenario.expect(trade("a", "2024-02") + trade("b", "2024-05", cites: "a") + trade("c", "2024-06"),
                                    [F(.consensus, Self.amount, "a1", "b1", "c1")])
        #expect(three[0].why.hasPrefix("2 sources (a, cited by b; c) give figures"), "\(three[0].why)")
    }
}
