/// A reported denial that a later claim contradicts.
public struct DenialRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "denial_contradicted",
        name: "Denial Contradicted",
        summary: "Someone denied a value (\"Putin denied that Russia intends to sell a satellite\") and claims of that value (or an equivalent one) place it at the denial's time, or report it later.",
        rationale: """
        Papers report official denials. A denial of a value says the proposition had not reached \
        it at the denial's time. Only a claim of the denied value, an equivalent term or (on a \
        ladder) the denied step or beyond speaks against it; a compatible term does not. Claims \
        that place the value at or before the denial (a step reached stays reached) contradict it \
        (medium); claims that report it only later leave open whether the denial was true when made \
        (low). Asserted claims are cited before hedged or attributed ones, which alone make a \
        disputed report; one finding per denial.
        """,
        kinds: [.contradiction, .disputedReport],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2021-08"))
            claim a1
              about: jets.transfer
              value: promised
              event: 2021-06
              denied-by: the Kremlin
              quote: "the Kremlin denied any promise of jets"

            \(RuleExample.paper("b", "2023"))
            claim b1
              about: jets.transfer
              value: delivered
              event: 2022-08
              quote: "the jets arrived in August 2022"
            """, expect: [.init(.contradiction, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2023"))
            claim a1
              about: ties.nature
              value: strategic
              denied-by: the foreign ministry
              quote: "the ministry denied any strategic alliance"

            \(RuleExample.paper("b", "2023"))
            claim b1
              about: ties.nature
              value: strategic
              hedge: reportedly
              quote: "they have reportedly formed a strategic alliance"
            """, expect: [.init(.disputedReport, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2021-08"))
            claim a1
              about: jets.transfer
              value: promised
              denied-by: the Kremlin
              quote: "the Kremlin denied any promise of jets"

            \(RuleExample.paper("b", "2020"))
            claim b1
              about: jets.transfer
              value: promised
              event: 2019
              quote: "Russia promised jets in 2019"
            """, expect: [.init(.contradiction, "a1", "b1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2021-08"))
            claim a1
              about: jets.transfer
              value: promised
              denied-by: the Kremlin
              quote: "the Kremlin denied any promise of jets"

            \(RuleExample.paper("b", "2023"))
            claim b1
              about: jets.transfer
              value: requested
              quote: "Iran is still asking for jets"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2023"))
            claim a1
              about: ties.nature
              value: tactical
              denied-by: the foreign ministry
              quote: "the ministry denied that the ties are tactical"

            \(RuleExample.paper("b", "2023"))
            claim b1
              about: ties.nature
              value: partnership
              quote: "a partnership"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        var out: [Flag] = []
        for g in context.index.groups {
            let p = g.proposition
            // Denials are not plain statements: only those claims are read.
            let denials = g.keys.indices.filter { !g.keys[$0].plain && g.claims[$0].deniedBy != nil }
            guard !denials.isEmpty else { continue }
            // Each plain claim's value read once for the group (a 10,000-claim group may hold
            // hundreds of denials); denials then compare numbers and a few distinct values.
            let plain = g.keys.indices.filter { g.keys[$0].plain }
            let values = plain.map { g.claims[$0].value }
            for i in denials {
                let d = g.claims[i], dk = g.keys[i]
                var affirming: [ClaimValue: Bool] = [:]
                // Claims of the denied value (or a step beyond it): those that place it at the
                // denial's time or before (a step reached stays reached) contradict it outright;
                // those that report it only later say the denial may have been false.
                var before: [Int] = [], later: [Int] = []
                for (n, j) in plain.enumerated() {
                    let v = values[n]
                    let yes: Bool
                    if let known = affirming[v] { yes = known } else { yes = affirms(v, d.value, on: p); affirming[v] = yes }
                    guard yes else { continue }
                    let k = g.keys[j]
                    let holds = if case .ladder = d.value { k.end <= dk.end } else { k.start <= dk.end && dk.start <= k.end }
                    if holds { before.append(j) } else if k.end >= dk.start { later.append(j) }
                }
                // Asserted claims first (placing the value at the denial, then later), hedged or
                // attributed ones only when no asserted claim speaks.
                let (b, l) = (before.map { g.claims[$0] }, later.map { g.claims[$0] })
                let tiers = [b.filter { $0.stance == .asserted }, l.filter { $0.stance == .asserted },
                             b.filter { $0.stance != .asserted }, l.filter { $0.stance != .asserted }]
                guard let tier = tiers.firstIndex(where: { !$0.isEmpty }) else { continue }
                let cited = tiers[tier], e = cited[0]
                let certain = tier == 0 || tier == 2, weak = tier >= 2
                let why: @Sendable () -> String = {
                    let names = cited.map { "\($0.id) (\(RuleContext.cite($0)))" }.joined(separator: ", ")
                    var why = "\(d.paper) reports that \(d.deniedBy!) denied \(context.words(d, on: p)) (\(d.time.text)); "
                    why += certain
                        ? "\(cited.count == 1 ? "a claim" : "\(cited.count) claims") of that value (or beyond it) place\(cited.count == 1 ? "s" : "") it at or before the denial, which contradicts it: \(names)."
                        : "\(cited.count == 1 ? "a later claim reports" : "\(cited.count) later claims report") that value (or beyond it) only after the denial, so the denial may have been true when made or false: \(names)."
                    if weak { why += " \(cited.count == 1 ? "That claim is" : "Those claims are") one the paper \(RuleContext.stanceWords(e)), so this is a disputed report." }
                    return why
                }
                out.append(Flag(rule: Self.description.identifier, kind: weak ? .disputedReport : .contradiction,
                                severity: weak || !certain ? .low : .medium, proposition: p.key,
                                claims: [d.id] + cited.map(\.id), why: why(), idSubject: ["denial", d.id]))
            }
        }
        return out
    }

    /// True when a value is the denied one or an equivalent (on a ladder, the denied step or
    /// beyond): a compatible term is not the denied one, and a claim naming several terms
    /// affirms when one of them is denied.
    private func affirms(_ v: ClaimValue, _ denied: ClaimValue, on p: Proposition) -> Bool {
        switch (denied, v) {
        case (.ladder(let d), .ladder(let got)): return got.lower >= d.lower
        case (.term(let x), .term(let y)):
            return Proposition.terms(of: y).contains { t in Proposition.terms(of: x).contains { let r = p.relation($0, t); return r == .same || r == .equivalent } }
        default: return ValueComparison.outcome(denied, v, on: p).outcome == .agree
        }
    }
}
