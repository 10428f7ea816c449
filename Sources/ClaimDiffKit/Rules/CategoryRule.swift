/// Category values: equivalent or compatible terms agree; excluded terms contradict when
/// their times overlap and mark a change of assessment when they do not.
public struct CategoryRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "category_consistency",
        name: "Category Consistency",
        summary: "Two papers describe the same thing with equivalent, compatible or mutually exclusive terms.",
        rationale: """
        Papers rarely use the same word: one calls the relationship "tactical", another "pragmatic". \
        The vocabulary says which terms are equivalent, compatible or exclusive. Only claims whose \
        times overlap can agree or contradict; an excluded term reported later is an update of the \
        assessment, never a contradiction. A contradiction that rests on a hedged or attributed claim \
        is reported as a disputed report.
        """,
        kinds: [.agreement, .contradiction, .disputedReport, .update],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022-05"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            \(RuleExample.paper("b", "2022-05"))
            claim b1
              about: ties.nature
              value: pragmatic
              quote: "a pragmatic relationship"
            """, expect: [.init(.agreement, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            \(RuleExample.paper("b", "2022-06"))
            claim b1
              about: ties.nature
              value: strategic
              quote: "a strategic alliance"
            """, expect: [.init(.contradiction, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2021"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            \(RuleExample.paper("b", "2024"))
            claim b1
              about: ties.nature
              value: strategic
              quote: "now a strategic alliance"
            """, expect: [.init(.update, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            \(RuleExample.paper("b", "2022"))
            claim b1
              about: ties.nature
              value: strategic
              attributed-to: an official
              quote: "an official called it strategic"
            """, expect: [.init(.disputedReport, "a1", "b1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            \(RuleExample.paper("b", "2022"))
            claim b1
              about: ties.nature
              value: partnership
              quote: "a partnership"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2021"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            \(RuleExample.paper("b", "2024"))
            claim b1
              about: ties.nature
              value: tactical
              by: 2026
              quote: "will stay tactical"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        let f = PairwiseFlagger(context: context, rule: Self.description.identifier, kind: .category)
        return f.flags { (a: Claim, b: Claim, p: Proposition, outcome: ValueComparison.Outcome) -> Flag? in
            outcome == .conflict ? f.update(a, b, p, "the assessment changed over time") : nil
        }
    }
}
