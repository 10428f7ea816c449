/// Category values as states over time (`StateFindings`): consensus, dissent, updates,
/// contradicted continuity and unexplained changes.
public struct CategoryRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "category_consistency",
        name: "Category Consistency",
        summary: "Category states over time: sources that give the same state form a consensus; different states are dissent at the same time, and later an update, a contradicted continuity or an unexplained change.",
        rationale: """
        Papers rarely use the same word: one calls the relationship "tactical", another "pragmatic". \
        The vocabulary says which terms are equivalent or compatible; any other pair is two \
        different states. A state is taken to hold for the proposition's window (12 months unless \
        it declares `persists:`). Two sources giving different states for overlapping times \
        dissent. A later different state is an update when it comes after the window or reports the \
        change (`since:`); inside the window it contradicts a claim that asserts continuity \
        (`continues: yes`) and is otherwise an unexplained change for review. Sources that give the \
        same state form one consensus, whatever the windows. A proposition declared `fixed: yes` \
        is a fact fixed at an event, compared whatever the dates.
        """,
        kinds: [.consensus, .dissent, .contradiction, .disputedReport, .update, .unexplainedChange],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2021-08"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical, not strategic"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: ties.nature
              value: pragmatic
              quote: "a pragmatic relationship"
            """, expect: [.init(.consensus, "a1", "b1")]),
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
            """, expect: [.init(.dissent, "a1", "b1")]),
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
            \(RuleExample.paper("a", "2022-03"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            \(RuleExample.paper("b", "2022-07"))
            claim b1
              about: ties.nature
              value: partnership
              quote: "a partnership"
            """, expect: [.init(.unexplainedChange, "a1", "b1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"
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
        context.index.groups.filter { $0.proposition.kind == .category }
            .flatMap { StateFindings($0, rule: Self.description.identifier).flags() }
    }
}
