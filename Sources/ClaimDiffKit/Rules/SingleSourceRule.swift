/// A proposition that only one paper speaks to.
public struct SingleSourceRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "single_source",
        name: "Single Source",
        summary: "Only one paper, or one source relayed by several papers, speaks to a proposition, so nothing corroborates or contradicts it.",
        rationale: """
        An assessment resting on one paper is a caveat for the brief: nothing in the corpus \
        corroborates it. Papers that relay one speaker's statement, or cite one paper, are one \
        source (`speaker`, `relays`, `cites`): they attest that the statement was made, not that \
        it is true. The flag names the proposition and the claims.
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
            RuleExample("""
            speaker dorn
              name: Dorn

            \(RuleExample.paper("a", "2023-01-15"))
            claim a1
              about: ties.nature
              value: tactical
              speaker: dorn
              quote: "Dorn called the ties tactical"

            \(RuleExample.paper("b", "2023-01-16"))
            claim b1
              about: ties.nature
              value: tactical
              speaker: dorn
              quote: "ties are tactical, Dorn said"
            """, expect: [.init(.singleSource, "a1", "b1")]),
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
            guard let only = g.claims.first?.paper else { return nil }
            let key = g.proposition.key, n = g.claims.count
            let claims = "\(n) claim\(n == 1 ? "" : "s")"
            let why: String
            if g.claims.allSatisfy({ $0.paper == only }) {
                why = "only \(only) speaks to \(key) (\(claims)); no other paper corroborates or contradicts it."
            } else if g.sourceCount(of: Array(g.claims.indices)) == 1 {
                // Several papers relaying one statement attest that it was made, not that it is true.
                why = "only \(g.sourceIndex.words(g.claims)) speaks to \(key) (\(claims)); the papers attest that the statement was made, but no independent source corroborates or contradicts it."
            } else {
                return nil
            }
            return Flag(rule: Self.description.identifier, kind: .singleSource, severity: .low, proposition: key,
                        claims: g.claims.map(\.id), why: why, idSubject: [key])
        }
    }
}
