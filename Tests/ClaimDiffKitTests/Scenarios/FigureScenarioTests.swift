import Testing
@testable import ClaimDiffKit

/// Scenarios S11, S13, S15, S16 and S35 of `shared/scenarios.md`: figures, their rounding,
/// the tolerance on the gap, bounds, implied figures and parts of periods.
@Suite struct FigureScenarioTests {
    typealias F = Scenario.Finding
    static let amount = "amount_consistency", change = "percent_change_arithmetic"

    /// A paper `id` of `published` giving one trade figure.
    static func trade(_ id: String, _ published: String, _ value: String, _ period: String, _ quote: String) -> String {
        Scenario.paper(id, published) + """
        claim \(id)1
          about: trade.volume
          value: \(value)
          period: \(period)
          quote: "\(quote)"

        """
    }

    @Test func S11() {
        let papers = ["a": ("2024-02", "24 jets", "Belmark has promised 24 jets"), "b": ("2024-04", "24 jets", "Arvania purchased 24 jets"),
                      "c": ("2024-05", "50 jets", "Arvania ordered 50 jets")].sorted { $0.key < $1.key }.map { id, v in
            Scenario.paper(id, v.0) + """
            claim \(id)1
              about: jets.quantity
              value: \(v.1)
              quote: "\(v.2)"

            """
        }.joined()
        _ = Scenario.expect(papers, [F(.consensus, Self.amount, "a1", "b1"), F(.contradiction, Self.amount, "a1", "c1"),
                                     F(.contradiction, Self.amount, "b1", "c1")])
    }

    @Test func S13() throws {
        let papers = Self.trade("a", "2023-02", "4.6 billion USD", "2022", "$4.6 billion in 2022")
            + Self.trade("b", "2024-11", "4.9 billion USD", "2022", "$4.9 billion in 2022")
        let flags = Scenario.expect(papers, [F(.contradiction, Self.amount, "a1", "b1")])
        let f = try #require(flags.first)
        #expect(f.severity == .low)
        #expect(f.why.contains("4.55-4.65 billion USD and 4.85-4.95 billion USD are 200 million USD apart, 4.301% of 4.65 billion USD, more than the 3% tolerance"), "\(f.why)")
        // "About $5 billion" against 4.9 agrees.
        let about = Self.trade("a", "2023-02", "~5 billion USD", "2022", "about $5 billion in 2022")
            + Self.trade("b", "2024-11", "4.9 billion USD", "2022", "$4.9 billion in 2022")
        _ = Scenario.expect(about, [F(.consensus, Self.amount, "a1", "b1")])
    }

    @Test func S14() throws {
        let papers = Scenario.paper("a", "2023-02") + """
        claim a1
          about: trade.volume
          value: 4.6 billion USD
          period: 2022
          status: preliminary
          quote: "$4.6 billion in 2022, preliminary; the final figure is expected to be higher"

        """ + Self.trade("b", "2024-11", "4.9 billion USD", "2022", "$4.9 billion in 2022")
        let flags = Scenario.expect(papers, [F(.update, Self.amount, "a1", "b1")])
        #expect(try #require(flags.first).why.contains("revision (higher than the earlier)"))
    }

    @Test func S15() {
        let papers = Self.trade("a", "2023-02", "> 4.6 billion USD", "2022", "more than $4.6 billion in 2022")
            + Self.trade("b", "2024-11", "4.9 billion USD", "2022", "$4.9 billion in 2022")
        _ = Scenario.expect(papers, [F(.consensus, Self.amount, "a1", "b1")])
        let lower = Self.trade("a", "2023-02", "> 4.6 billion USD", "2022", "more than $4.6 billion in 2022")
            + Self.trade("c", "2024-11", "4.0 billion USD", "2022", "$4.0 billion in 2022")
        _ = Scenario.expect(lower, [F(.contradiction, Self.amount, "a1", "c1")])
    }

    static let s16 = Self.trade("a", "2024-02", "4.0 billion USD", "2023", "$4.0 billion in 2023") + Scenario.paper("b", "2025-09") + """
    claim b1
      about: trade.volume
      value: 13 %
      change: 2023 -> 2024
      quote: "trade grew 13% in 2024"

    """

    @Test func S16() throws {
        let flags = Scenario.expect(Self.s16, [F(.derived, Self.change, "a1", "b1")])
        let f = try #require(flags.first)
        #expect(!f.kind.needsReview)
        #expect(f.why.contains("implies 4.444-4.597 billion USD for 2024"), "\(f.why)")
        let withC = Self.s16 + Self.trade("c", "2025-06", "6 billion USD", "2024", "$6 billion in 2024")
        _ = Scenario.expect(withC, [F(.arithmetic, Self.change, "a1", "b1", "c1")])
    }

    @Test func S35() {
        let papers = Self.trade("a", "2023-02", "2.1 billion USD", "2022-H1", "$2.1 billion in 2022-H1")
            + Self.trade("b", "2024-11", "4.9 billion USD", "2022", "$4.9 billion in 2022")
        _ = Scenario.expect(papers, [])
        let above = Self.trade("a", "2023-02", "5.6 billion USD", "2022-H1", "$5.6 billion in 2022-H1")
            + Self.trade("b", "2024-11", "4.9 billion USD", "2022", "$4.9 billion in 2022")
        _ = Scenario.expect(above, [F(.arithmetic, Self.amount, "a1", "b1")])
    }

    /// Units the vocabulary declares convertible are compared: a pipeline's design capacity in
    /// cubic metres and in cubic feet, and a cost in euros at a dated rate against one in dollars.
    @Test func convertibleUnits() throws {
        let vocabulary = """
        proposition pipeline.capacity
          kind: amount
          title: The pipeline's design capacity a year
          unit: bcm
          converts: 1 bcf = 0.0283168 bcm
          fixed: yes

        proposition pipeline.cost
          kind: amount
          title: The pipeline's cost
          unit: USD
          converts: 1 EUR = 1.08 USD as of 2023-06
          fixed: yes

        """
        let papers = Scenario.paper("a", "2019-05") + """
        claim a1
          about: pipeline.capacity
          value: 55 bcm
          quote: "a design capacity of 55 billion cubic metres a year"

        claim a2
          about: pipeline.cost
          value: ~10 billion EUR
          quote: "a cost of about 10 billion euros"

        """ + Scenario.paper("b", "2023-02") + """
        claim b1
          about: pipeline.capacity
          value: 1942 bcf
          quote: "1,942 billion cubic feet a year"

        claim b2
          about: pipeline.cost
          value: 11 billion USD
          quote: "$11 billion"

        """ + Scenario.paper("c", "2023-06") + """
        claim c1
          about: pipeline.capacity
          value: 30 bcm
          quote: "30 billion cubic metres a year"

        """
        let flags = Scenario.expect(vocabulary + papers, [F(.consensus, Self.amount, "a1", "b1"), F(.contradiction, Self.amount, "a1", "c1"),
                                                          F(.contradiction, Self.amount, "b1", "c1"), F(.consensus, Self.amount, "a2", "b2")])
        let cost = try #require(flags.first { $0.claims.contains("a2") })
        #expect(cost.why.contains("at 1 EUR = 1.08 USD as of 2023-06"), "\(cost.why)")
    }
}
