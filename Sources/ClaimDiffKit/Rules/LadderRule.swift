import Foundation

/// Ladder statuses, compared as positions over time: a step reached stays reached unless a
/// reversal is reported, so a paper's "not yet" after another paper's step reached
/// contradicts it; a step beyond any other paper's is an update; two papers placing the same
/// transition at different times disagree about a date (`Docs/findings.md`, "Statuses").
public struct LadderRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "ladder_progress",
        name: "Ladder Progress",
        summary: "A status on an ordered ladder (requested < promised < contracted < delivered), compared as positions over time, moves on, steps back, is contradicted by a later \"not yet\", or is dated differently by two papers.",
        rationale: """
        Transfers, treaties and corridors move through known stages, and a step reached stays \
        reached unless a paper reports a reversal (`reversal: yes`). Each paper's claims combine \
        into its position over time: a lower bound is certain from the end of the claim's span, an \
        upper bound at its start. A paper's "not yet" after another paper's step reached, with no \
        reversal between, is a contradiction; a step beyond any other paper's is an update (one \
        per rise, so progress is a chain); an exact step with an `event:` reports the transition \
        (reached then, not before), so two papers dating the same transition apart raise a dating \
        finding, not a contradiction; papers giving the same status form one consensus.
        """,
        kinds: [.consensus, .contradiction, .disputedReport, .update, .reversal, .dating],
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
            \(RuleExample.paper("a", "2023-06-02"))
            claim a1
              about: jets.transfer
              value: < contracted
              as-of: 2023-05-30
              quote: "no deal has been signed"

            \(RuleExample.paper("b", "2023-06"))
            claim b1
              about: jets.transfer
              value: delivered
              event: 2023-05-20
              quote: "the jets arrived on 20 May"
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
            """, expect: [.init(.contradiction, "a1", "b1"), .init(.reversal, "a1", "c1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2024-02"))
            claim a1
              about: jets.transfer
              value: contracted
              event: 2023-03
              quote: "the jet deal was finalised in March 2023"

            \(RuleExample.paper("b", "2024-04"))
            claim b1
              about: jets.transfer
              value: contracted
              event: 2023-11
              quote: "the jets were purchased in November 2023"
            """, expect: [.init(.dating, "a1", "b1")]),
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
            """, expect: [.init(.consensus, "a1", "b1")]),
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
            \(RuleExample.paper("a", "2023-01"))
            claim a1
              about: jets.transfer
              value: >= promised
              event: 2022-11
              quote: "the transfer was discussed at the November meeting"

            \(RuleExample.paper("b", "2024-02"))
            claim b1
              about: jets.transfer
              value: contracted
              event: 2022-09
              quote: "an agreement to deliver the jets was signed in September 2022"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2024-03"))
            claim a1
              about: jets.transfer
              value: contracted
              by: 2024-12
              quote: "the contract will be signed by the end of the year"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        var out: [Flag] = []
        for g in context.index.groups where g.proposition.kind == .ladder && g.proposition.ladder != nil {
            let t = StatusTimeline(g)
            out += StatusFindings.updates(t, rule: Self.description.identifier)
            out += StatusFindings.conflicts(t, t.conflicts(samePaper: false), rule: Self.description.identifier, withinPaper: false)
            out += StatusFindings.consensus(t, rule: Self.description.identifier)
        }
        return out
    }
}
