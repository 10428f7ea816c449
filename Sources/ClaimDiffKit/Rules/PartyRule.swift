/// A ladder whose parties take its steps each on their own (a treaty's ratifications).
public struct PartyRule: Rule {
    public init() {}

    static let treaty = """
    ladder treaty-steps
      steps: none < negotiating < signed < ratified < in-force

    proposition pact.status
      kind: ladder
      title: The two countries' pact
      ladder: treaty-steps
      parties: arvania, belmark
      parties-up-to: ratified

    """

    public static let description = RuleDescription(
        identifier: "ladder_parties",
        name: "Ladder Parties",
        summary: "Up to a declared step the whole is at the lowest step of its parties; a claim of such a step that names no party, while the parties differ, is ambiguous.",
        rationale: """
        "Ratified by Belmark" is not "ratified": a treaty is ratified when its last party ratifies. \
        A proposition declares its parties (`parties:`) and the last step each takes on its own \
        (`parties-up-to:`); claims name the party (`party:`). The whole reaches a step when its \
        last party does (an update); a step beyond belongs to the whole. A claim of a party's \
        step that names no party, at a time some party had reached it and another had not, \
        could mean either: a low finding for review, and the claim is kept out of the whole's timeline.
        """,
        kinds: [.update, .ambiguousParty],
        triggeringExamples: [
            RuleExample("""
            \(treaty)\(RuleExample.paper("a", "2025-04-20"))
            claim a1
              about: pact.status
              value: ratified
              event: 2025-04-16
              party: belmark
              quote: "Belmark's parliament ratified the pact"

            \(RuleExample.paper("b", "2025-05-25"))
            claim b1
              about: pact.status
              value: ratified
              event: 2025-05-21
              party: arvania
              quote: "Arvania ratified the pact"
            """, expect: [.init(.update, "a1", "b1")]),
            RuleExample("""
            \(treaty)\(RuleExample.paper("a", "2025-04-20"))
            claim a1
              about: pact.status
              value: ratified
              event: 2025-04-16
              party: belmark
              quote: "Belmark's parliament ratified the pact"

            \(RuleExample.paper("c", "2025-04-30"))
            claim c1
              about: pact.status
              value: ratified
              as-of: 2025-04
              quote: "the pact has been ratified"
            """, expect: [.init(.ambiguousParty, "c1", "a1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(treaty)\(RuleExample.paper("a", "2025-04-20"))
            claim a1
              about: pact.status
              value: ratified
              event: 2025-04-16
              party: belmark
              quote: "Belmark's parliament ratified the pact"
            """),
            RuleExample("""
            \(treaty)\(RuleExample.paper("a", "2025-10-05"))
            claim a1
              about: pact.status
              value: in-force
              event: 2025-10-02
              quote: "the pact entered into force"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        var out: [Flag] = []
        let rule = Self.description.identifier
        for g in context.index.groups where !g.proposition.parties.isEmpty {
            guard let steps = PartySteps(g.proposition, claims: g.claims), let ladder = g.proposition.ladder else { continue }
            let p = g.proposition
            // The highest step the whole reached through its parties.
            if let step = (1...steps.upTo).reversed().first(where: { steps.whole($0) != nil }), let w = steps.whole(step) {
                let each = w.claims.map { "\($0.party) on \(CivilDate.iso($0.day)) (\($0.claim.id))" }.joined(separator: ", ")
                out.append(Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, claims: w.claims.map(\.claim.id),
                                why: "\(p.key) as a whole reached '\(ladder.steps[step])' on \(CivilDate.iso(w.day)), when the last of its parties did: \(each); up to '\(ladder.steps[steps.upTo])' the whole is at the lowest step of its parties.",
                                idSubject: ["parties", p.key]))
            }
            for c in g.claims {
                guard let a = steps.ambiguity(c), case .ladder(let r) = c.value else { continue }
                let evidence = a.reached.compactMap { steps.reached[$0]?[r.lower]?.claim }
                out.append(Flag(rule: rule, kind: .ambiguousParty, severity: .low, proposition: p.key, claims: [c.id] + evidence.map(\.id),
                                why: "\(RuleContext.cite(c)) says \(RuleContext.words(c, on: p)) and names no party; by then \(a.reached.joined(separator: ", ")) had reached '\(ladder.steps[r.lower])' (\(evidence.map(\.id).joined(separator: ", "))) but \(a.notYet.joined(separator: ", ")) had not, so it could mean one party or the whole; name the party with 'party:' (it is kept out of the whole's timeline until then).",
                                idSubject: ["ambiguous-party", c.id]))
            }
        }
        return out
    }
}
