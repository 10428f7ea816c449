/// Estimative judgements as states over time (`StateFindings`): the call a band makes
/// (above or below 50%) decides whether two judgements differ.
public struct LikelihoodRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "likelihood_bands",
        name: "Likelihood Bands",
        summary: "Estimative judgements over time: judgements that make the same call form a consensus; opposite calls are dissent at the same time, and later an update, a contradicted continuity or an unexplained change.",
        rationale: """
        ICD 203 maps estimative words to bands: unlikely 20-45%, likely 55-80%. Neighbouring \
        words ("likely", "anticipated", "will") make the same call, more likely than not, so they \
        do not churn; a band that straddles 50% ("could", 10-55%) makes no call and dissents from \
        nobody. Two judgements differ only when they make opposite calls. Like category states, a \
        judgement is taken to stand for the proposition's window (12 months unless it declares \
        `persists:`): opposite calls for overlapping times are dissent; a later opposite call is an \
        update after the window or when it reports the change, and inside it a contradiction of a \
        claimed continuity or an unexplained change.
        """,
        kinds: [.consensus, .dissent, .contradiction, .disputedReport, .update, .unexplainedChange],
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
            """, expect: [.init(.dissent, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.becomes-strategic
              value: likely
              quote: "strategic ties are likely"

            \(RuleExample.paper("b", "2023-06"))
            claim b1
              about: ties.becomes-strategic
              value: very-likely
              quote: "strategic ties are very likely"

            \(RuleExample.paper("c", "2024"))
            claim c1
              about: ties.becomes-strategic
              value: roughly-even-chance
              quote: "an even chance of strategic ties"
            """, expect: [.init(.consensus, "a1", "b1")]),
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
            RuleExample("""
            \(RuleExample.paper("a", "2022-03"))
            claim a1
              about: ties.becomes-strategic
              value: likely
              quote: "strategic ties are likely"

            \(RuleExample.paper("b", "2022-09"))
            claim b1
              about: ties.becomes-strategic
              value: unlikely
              quote: "strategic ties are unlikely"
            """, expect: [.init(.unexplainedChange, "a1", "b1")]),
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
              value: roughly-even-chance
              quote: "an even chance"
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
        context.index.groups.filter { $0.proposition.kind == .likelihood }
            .flatMap { StateFindings($0, rule: Self.description.identifier).flags() }
    }
}
