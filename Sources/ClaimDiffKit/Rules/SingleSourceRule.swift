/// A proposition that only one paper speaks to.
public struct SingleSourceRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "single_source",
        name: "Single Source",
        summary: "Only one paper speaks to a proposition, so nothing corroborates or contradicts it.",
        rationale: """
        An assessment resting on one paper is a caveat for the brief: nothing in the corpus \
        corroborates it. The flag names the proposition and the paper's claims.
        """,
        kinds: [.singleSource],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: jets.transfer
              value: requested
              quote: "Iran asked for jets"

            claim a2
              about: jets.transfer
              value: promised
              event: 2022-10
              quote: "Russia promised them in October"
            """, expect: [.init(.singleSource, "a1", "a2")]),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "tactical ties"
            """, expect: [.init(.singleSource, "a1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "tactical ties"

            \(RuleExample.paper("b", "2023"))
            claim b1
              about: ties.nature
              value: strategic
              quote: "strategic ties"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "tactical ties"

            \(RuleExample.paper("b", "2023"))
            claim b1
              about: ties.nature
              value: tactical
              quote: "still tactical"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        context.index.groups.compactMap { g in
            guard let only = g.claims.first?.paper, g.claims.allSatisfy({ $0.paper == only }) else { return nil }
            return Flag(rule: Self.description.identifier, kind: .singleSource, severity: .low, proposition: g.proposition.key,
                        claims: g.claims.map(\.id),
                        why: "only \(only) speaks to \(g.proposition.key) (\(g.claims.count) claim\(g.claims.count == 1 ? "" : "s")); no other paper corroborates or contradicts it.",
                        idSubject: [g.proposition.key])
        }
    }
}
