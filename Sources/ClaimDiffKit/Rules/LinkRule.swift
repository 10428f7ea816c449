/// Links between propositions that the vocabulary declares (`implies:`, `rules-out:`): a claim
/// of one proposition checked against the claims of another, without any Swift.
public struct LinkRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "linked_propositions",
        name: "Linked Propositions",
        summary: "A claim of one proposition contradicts a claim of another through a link the vocabulary declares: an implication or an exclusion across propositions.",
        rationale: """
        A claim about a general question (new arms deals) is checked against one about a specific \
        one (a jet contract) when the vocabulary links them: `implies: >= contracted -> arms.deals \
        >= contracted` on the jet transfer says that a jet contract is an arms deal, and \
        `rules-out:` says two values of different propositions cannot hold together. On a ladder \
        the implied step holds from the day the claim's step is certain, as any step reached does, \
        so a later "not yet" contradicts it; on a category the other claim must speak of an \
        overlapping time or come within the state's persistence window. The reason names the link.
        """,
        kinds: [.contradiction, .disputedReport],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2023-06"))
            claim a1
              about: arms.deals
              value: < contracted
              quote: "no new arms deals have been signed this year"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: jets.transfer
              value: contracted
              event: 2023-03
              quote: "the jet contract was signed in March 2023"
            """, expect: [.init(.contradiction, "b1", "a1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2023-06"))
            claim a1
              about: arms.deals
              value: < contracted
              quote: "no new arms deals have been signed this year"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: jets.transfer
              value: delivered
              event: 2023-03
              hedge: reportedly
              quote: "the jets were reportedly delivered in March 2023"
            """, expect: [.init(.disputedReport, "b1", "a1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2023-01"))
            claim a1
              about: arms.deals
              value: < contracted
              quote: "no new arms deals have been signed yet"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: jets.transfer
              value: contracted
              event: 2023-03
              quote: "the jet contract was signed in March 2023"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2023-06"))
            claim a1
              about: arms.deals
              value: < contracted
              quote: "no new arms deals have been signed this year"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: jets.transfer
              value: promised
              event: 2023-03
              quote: "the jets were promised in March 2023"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        var groupOf: [String: Int] = [:]
        for (n, g) in context.index.groups.enumerated() { groupOf[g.proposition.key] = n }
        var out: [Flag] = []
        for g in context.index.groups where !g.proposition.links.isEmpty {
            for link in g.proposition.links where link.kind != .resolvesOn {
                guard let from = link.from, let n = groupOf[link.to.proposition] else { continue }
                out += flags(link, from: from, sources: g, targets: context.index.groups[n])
            }
        }
        return out
    }

    /// Each claim of the declaring proposition within the link's first condition, against the
    /// other proposition's claims that the link says cannot hold with it: one finding per claim
    /// of the declaring proposition, listing them.
    private func flags(_ link: PropositionLink, from: PropositionLink.Condition, sources g: ClaimIndex.Group,
                       targets h: ClaimIndex.Group) -> [Flag] {
        let p = g.proposition, q = h.proposition
        let window = q.kind == .ladder ? Int.max : q.persistence.days
        var out: [Flag] = []
        for i in g.keys.indices where g.keys[i].plain {
            let a = g.claims[i]
            guard from.holds(for: a.value, on: p) else { continue }
            var against: [Claim] = []
            for j in h.keys.indices where h.keys[j].plain {
                let b = h.claims[j]
                let clash = link.kind == .implies ? link.to.fails(for: b.value, on: q) : link.to.holds(for: b.value, on: q)
                guard clash else { continue }
                // When the link's consequence holds: a ladder step from the day the claim's step
                // is certain on; a state over the claim's time and its persistence window.
                let when: Bool
                if q.kind == .ladder, link.kind == .implies {
                    when = a.time.end <= b.time.start
                } else {
                    when = a.time.overlaps(b.time) || (b.time.start > a.time.end && b.time.start - a.time.end <= window)
                }
                if when { against.append(b) }
            }
            guard !against.isEmpty else { continue }
            let asserted = against.filter { $0.stance == .asserted }
            let weak = a.stance != .asserted || asserted.isEmpty
            let cited = weak && a.stance == .asserted ? against : (asserted.isEmpty ? against : asserted)
            let first = cited[0]
            out.append(Flag(rule: Self.description.identifier, kind: weak ? .disputedReport : .contradiction, severity: weak ? .low : .medium,
                            proposition: q.key, claims: [a.id] + cited.map(\.id),
                            why: {
                                let names = cited.map { "\($0.id) (\(RuleContext.cite($0)) says \(RuleContext.words($0, on: q)))" }.joined(separator: ", ")
                                let consequence = link.kind == .implies ? "so \(link.to.text) from \(CivilDate.iso(a.time.end)) on" : "which rules out \(link.to.text)"
                                var s = "the vocabulary declares that \(link.text); \(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)), \(consequence); against it: \(names)"
                                if weak {
                                    let w = ([a] + cited).first { $0.stance != .asserted }!
                                    s += ". It rests on \(w.id), which the paper \(RuleContext.stanceWords(w)), so it is a disputed report"
                                }
                                return s + "."
                            }(), idSubject: ["link", a.id, q.key]))
        }
        return out
    }
}
