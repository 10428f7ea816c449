/// A reported denial that a later claim contradicts.
public struct DenialRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "denial_contradicted",
        name: "Denial Contradicted",
        summary: "Someone denied a value (\"Putin denied that Russia intends to sell a satellite\") and a claim for the same time or later reports it.",
        rationale: """
        Papers report official denials. A denial of a value says the proposition had not reached \
        it; a claim for the same time or later that reports the value (or a later ladder step) \
        contradicts the denial. The first such claim is named. If that claim is itself hedged or \
        attributed, the flag is a disputed report.
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
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        var out: [Flag] = []
        for g in context.index.groups {
            let p = g.proposition
            // Denials are not plain statements: only those claims are read.
            for i in g.keys.indices where !g.keys[i].plain && g.claims[i].deniedBy != nil {
                let d = g.claims[i]
                // The first asserted claim that affirms the denied value; a hedged or attributed one only if none is asserted.
                var first: Claim?
                var asserted: Claim?
                for j in g.keys.indices where g.keys[j].plain && g.keys[j].end >= g.keys[i].start {
                    let e = g.claims[j]
                    guard affirms(e, d, on: p) else { continue }
                    if first == nil { first = e }
                    if e.stance == .asserted { asserted = e; break }
                }
                guard let e = asserted ?? first else { continue }
                let weak = e.stance != .asserted
                let why: @Sendable () -> String = {
                    var why = "\(d.paper) reports that \(d.deniedBy!) denied \(context.words(d, on: p)) (\(d.time.text)); \(context.cite(e)) reports \(context.words(e, on: p)) for the same time or later, which contradicts the denial."
                    if weak { why += " That claim is one the paper \(PairwiseFlagger.stanceWords(e)), so this is a disputed report." }
                    return why
                }
                out.append(Flag(rule: Self.description.identifier, kind: weak ? .disputedReport : .contradiction,
                                severity: weak ? .low : .medium, proposition: p.key, pair: d.id, e.id, why: why()))
            }
        }
        return out
    }

    /// True when `e` reports the denied value or beyond it.
    private func affirms(_ e: Claim, _ d: Claim, on p: Proposition) -> Bool {
        if case .ladder(let denied) = d.value, case .ladder(let got) = e.value { return got.lower >= denied.lower }
        return ValueComparison.compare(d, e, on: p).outcome == .agree
    }
}
