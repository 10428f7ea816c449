/// Figures for the same period agree within rounding and tolerance, or contradict.
public struct AmountRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "amount_consistency",
        name: "Amount Consistency",
        summary: "Two figures for the same proposition and period agree when their intervals overlap after rounding and tolerance, else contradict.",
        rationale: """
        "$4 billion" is a rounded figure: it stands for 3.5 to 4.5 billion, and `~4 billion` is \
        not contradicted by `4.4 billion`. Each figure is read as the interval it stands for, \
        widened by the proposition's tolerance; the flag prints both intervals. Figures for \
        different periods (2022 and 2023) form a series used by the reports and raise no flag. \
        A figure with no period (the value of a deal) is compared with figures whose times overlap.
        """,
        kinds: [.agreement, .contradiction, .disputedReport, .update],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2024-01"))
            claim a1
              about: trade.volume
              value: ~4 billion USD
              period: 2023
              quote: "trade was $4 billion in 2023"

            \(RuleExample.paper("b", "2024-06"))
            claim b1
              about: trade.volume
              value: 4.4 billion USD
              period: 2023
              quote: "trade reached $4.4 billion in 2023"
            """, expect: [.init(.agreement, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2024-01"))
            claim a1
              about: trade.volume
              value: 4.9 billion USD
              period: 2022
              quote: "trade was $4.9 billion in 2022"

            \(RuleExample.paper("b", "2024-06"))
            claim b1
              about: trade.volume
              value: 3.1 billion USD
              period: 2022
              quote: "trade was $3.1 billion in 2022"
            """, expect: [.init(.contradiction, "a1", "b1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2024-01"))
            claim a1
              about: trade.volume
              value: 4.9 billion USD
              period: 2022
              quote: "trade was $4.9 billion in 2022"

            \(RuleExample.paper("b", "2024-06"))
            claim b1
              about: trade.volume
              value: ~4 billion USD
              period: 2023
              quote: "trade fell to $4 billion in 2023"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2024-01"))
            claim a1
              about: trade.volume
              value: 4.9 billion USD
              period: 2022
              quote: "trade was $4.9 billion in 2022"

            \(RuleExample.paper("b", "2024-06"))
            claim b1
              about: trade.volume
              value: 1.1 billion USD
              period: 2022-Q1
              quote: "first-quarter trade was $1.1 billion"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        let f = PairwiseFlagger(context: context, rule: Self.description.identifier, kind: .amount)
        return f.flags { (a: Claim, b: Claim, p: Proposition, outcome: ValueComparison.Outcome) -> Flag? in
            guard a.period == nil, b.period == nil, outcome == .conflict else { return nil }
            return f.update(a, b, p, "the figure was revised")
        }
    }
}
