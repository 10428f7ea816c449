import Foundation

/// Ladder statuses: a later claim further along is an update; further back is a
/// contradiction unless marked as a reversal; different steps for the same time contradict.
public struct LadderRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "ladder_progress",
        name: "Ladder Progress",
        summary: "A status on an ordered ladder (requested < promised < contracted < delivered) moves on, steps back, or disagrees for the same time.",
        rationale: """
        Transfers, treaties and corridors move through known stages. A later paper reporting a \
        further stage is an update, not a contradiction. A later claim further back contradicts \
        the earlier one unless the annotator marks it `reversal: yes` (a deal cancelled). Claims \
        for overlapping times must share a step; bounds such as `< delivered` are ranges of steps.
        """,
        kinds: [.agreement, .contradiction, .disputedReport, .update, .reversal],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022-03"))
            claim a1
              about: jets.transfer
              value: promised
              quote: "Russia promised the jets"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: jets.transfer
              value: delivered
              quote: "the jets were delivered"
            """, expect: [.init(.update, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2023-05"))
            claim a1
              about: jets.transfer
              value: contracted
              quote: "the contract was signed"

            \(RuleExample.paper("b", "2023-05"))
            claim b1
              about: jets.transfer
              value: delivered
              quote: "the jets have arrived"
            """, expect: [.init(.contradiction, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: jets.transfer
              value: contracted
              quote: "the contract was signed"

            \(RuleExample.paper("b", "2024"))
            claim b1
              about: jets.transfer
              value: requested
              quote: "Iran is still asking for the jets"

            \(RuleExample.paper("c", "2025"))
            claim c1
              about: jets.transfer
              value: none
              reversal: yes
              quote: "the deal was cancelled"
            """, expect: [.init(.contradiction, "a1", "b1"), .init(.reversal, "b1", "c1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022-03"))
            claim a1
              about: jets.transfer
              value: requested
              quote: "Iran requested the jets"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: jets.transfer
              value: < delivered
              quote: "Iran has not yet received the jets"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: jets.transfer
              value: contracted
              quote: "the contract was signed"

            \(RuleExample.paper("b", "2024"))
            claim b1
              about: jets.transfer
              value: contracted
              quote: "the contract stands"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2024-03"))
            claim a1
              about: jets.transfer
              value: contracted
              quote: "the contract was signed"
              by: 2024-12
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        let f = PairwiseFlagger(context: context, rule: Self.description.identifier, kind: .ladder)
        return f.flags { (a: Claim, b: Claim, p: Proposition, _: ValueComparison.Outcome) -> Flag? in
            guard case .ladder(let x) = a.value, case .ladder(let y) = b.value else { return nil }
            if y.isAbove(x) { return f.update(a, b, p, "the status moved forward") }
            guard x.isAbove(y) else { return nil }
            if b.reversal {
                return Flag(rule: Self.description.identifier, kind: .reversal, severity: .low, proposition: p.key,
                            pair: a.id, b.id,
                            why: "\(RuleContext.cite(b)) reports \(RuleContext.words(b, on: p)) after \(RuleContext.cite(a)) reported \(RuleContext.words(a, on: p)), a step back on the ladder \(p.ladder!.steps.joined(separator: " < ")) that the annotator marks as a reversal.")
            }
            return f.contradiction(a, b, p, distance: x.lower - y.upper, timing: "later") {
                "a later claim further back on the ladder \(p.ladder!.steps.joined(separator: " < ")) contradicts the earlier one unless it is marked as a reversal"
            }
        }
    }
}
