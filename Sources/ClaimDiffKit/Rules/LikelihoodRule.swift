/// Estimative terms map to probability bands (ICD 203); overlapping bands agree, disjoint
/// bands contradict.
public struct LikelihoodRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "likelihood_bands",
        name: "Likelihood Bands",
        summary: "Two estimative judgements agree when their probability bands overlap and contradict when the bands are disjoint.",
        rationale: """
        ICD 203 maps estimative words to bands: unlikely 20-45%, likely 55-80%. Bands are \
        half-open, so neighbouring terms do not overlap; a contradiction between adjacent bands is \
        of low severity. Judgements made at different times that disagree are an update of the \
        assessment, not a contradiction.
        """,
        kinds: [.agreement, .contradiction, .disputedReport, .update],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2024-02"))
            claim a1
              about: ties.becomes-strategic
              value: unlikely
              quote: "it is unlikely that they will develop strategic ties"

            \(RuleExample.paper("b", "2024"))
            claim b1
              about: ties.becomes-strategic
              value: likely
              quote: "a strategic alliance is likely"
            """, expect: [.init(.contradiction, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.becomes-strategic
              value: unlikely
              quote: "strategic ties are unlikely"

            \(RuleExample.paper("b", "2022-06"))
            claim b1
              about: ties.becomes-strategic
              value: unlikely
              quote: "unlikely to become allies"
            """, expect: [.init(.agreement, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2021"))
            claim a1
              about: ties.becomes-strategic
              value: unlikely
              quote: "strategic ties are unlikely"

            \(RuleExample.paper("b", "2024"))
            claim b1
              about: ties.becomes-strategic
              value: very-likely
              quote: "an alliance is very likely"
            """, expect: [.init(.update, "a1", "b1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.becomes-strategic
              value: likely
              quote: "likely"

            \(RuleExample.paper("b", "2023"))
            claim b1
              about: ties.becomes-strategic
              value: likely
              quote: "still likely"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.becomes-strategic
              value: unlikely
              quote: "unlikely"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        let f = PairwiseFlagger(context: context, rule: Self.description.identifier, kind: .likelihood)
        return f.flags { (a: Claim, b: Claim, p: Proposition, outcome: ValueComparison.Outcome) -> Flag? in
            outcome == .conflict ? f.update(a, b, p, "the judgement shifted over time") : nil
        }
    }
}
