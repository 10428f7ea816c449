/// Figures for the same period agree within rounding and tolerance, or contradict.
public struct AmountRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "amount_consistency",
        name: "Amount Consistency",
        summary: "Figures for the same period share a value (a consensus) or lie further apart than the tolerance (a contradiction); a figure for part of a period cannot exceed the whole's.",
        rationale: """
        "$4.9 billion" is a rounded figure: it stands for 4.85 to 4.95 billion, `~4 billion` for \
        3.5 to 4.5, and `> 4.6 billion` for anything above 4.55. Intervals that overlap agree; \
        otherwise the tolerance applies once, to the gap between them, as a share of the nearer \
        end of the lower interval, and the reason prints the gap. Figures for different periods \
        (2022 and 2023) form a series and raise no flag, but a part (2022-H1) above its whole \
        (2022) is an arithmetic error. Figures of a proposition declared `fixed: yes` (a deal's \
        size) are compared whatever their dates; a figure with no period is compared with those \
        whose times overlap.
        """,
        kinds: [.consensus, .agreement, .contradiction, .disputedReport, .update, .arithmetic],
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
            """, expect: [.init(.consensus, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2023-02"))
            claim a1
              about: trade.volume
              value: 4.6 billion USD
              period: 2022
              quote: "trade was $4.6 billion in 2022"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: trade.volume
              value: 5.0 billion USD
              period: 2022
              quote: "trade was $5.0 billion in 2022"
            """, expect: [.init(.contradiction, "a1", "b1")]),
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
              value: 6.2 billion USD
              period: 2022-H1
              quote: "first-half trade was $6.2 billion"
            """, expect: [.init(.arithmetic, "a1", "b1")]),
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
        context.index.groups.filter { $0.proposition.kind == .amount }
            .flatMap { FigureFindings($0, rule: Self.description.identifier).flags() }
    }
}
