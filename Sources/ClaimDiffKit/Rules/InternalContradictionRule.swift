/// Two claims of the same paper that contradict each other.
public struct InternalContradictionRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "internal_contradiction",
        name: "Internal Contradiction",
        summary: "Two claims of the same source give conflicting values for overlapping times: one paper against itself, or two papers that relay one speaker's statement differently.",
        rationale: """
        A paper that says two incompatible things about the same moment needs a second look: \
        one of the annotations may be wrong, or the paper is inconsistent. Values are compared \
        exactly as between papers; if one of the claims is hedged or attributed (the paper \
        reports a view it does not hold), it is a disputed report. Two papers that report the same \
        speaker's statement (`speaker:`) for overlapping times are one source: when they give it \
        conflicting values, one of them misreports it, a disputed report to check against the \
        statement itself.
        """,
        kinds: [.contradiction, .disputedReport],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2023"))
            claim a1
              about: ties.nature
              value: tactical
              quote: "the ties are tactical"

            claim a2
              about: ties.nature
              value: strategic
              quote: "the ties are strategic"
            """, expect: [.init(.contradiction, "a1", "a2")]),
            RuleExample("""
            \(RuleExample.paper("a", "2023"))
            claim a1
              about: ties.becomes-strategic
              value: unlikely
              quote: "strategic ties are unlikely"

            claim a2
              about: ties.becomes-strategic
              value: very-likely
              attributed-to: an ambassador
              quote: "an ambassador thinks them very likely"
            """, expect: [.init(.disputedReport, "a1", "a2")]),
            RuleExample("""
            speaker dorn
              name: Piet Dorn

            \(RuleExample.paper("a", "2023-02"))
            claim a1
              about: jets.transfer
              value: promised
              event: 2023-01
              speaker: dorn
              quote: "Dorn said in January that the jets would be sent"
            \(RuleExample.paper("b", "2023-03"))
            claim b1
              about: jets.transfer
              value: delivered
              event: 2023-01
              speaker: dorn
              quote: "in January Dorn revealed that the jets had been delivered"
            """, expect: [.init(.disputedReport, "a1", "b1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2023"))
            claim a1
              about: ties.nature
              value: tactical
              as-of: 2015..2021
              quote: "until 2022 the ties were tactical"

            claim a2
              about: ties.nature
              value: strategic
              quote: "the ties are now strategic"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2023"))
            claim a1
              about: jets.transfer
              value: contracted
              quote: "the jets are contracted"

            claim a2
              about: jets.transfer
              value: < delivered
              quote: "the jets have not arrived"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        var out: [Flag] = []
        for g in context.index.groups {
            let p = g.proposition
            out += Self.misreported(g, context)
            if p.kind == .ladder, p.ladder != nil {
                // Statuses are compared as positions: a paper's step reached against its own "not
                // yet". Only a paper with two claims on the proposition can contradict itself.
                var seen = Set<Int32>(), repeated = false
                for k in g.keys where k.plain && !seen.insert(k.paper).inserted { repeated = true; break }
                guard repeated else { continue }
                let t = StatusTimeline(g)
                out += StatusFindings.conflicts(t, t.conflicts(samePaper: true), rule: Self.description.identifier, withinPaper: true)
                continue
            }
            let (plain, keys) = g.plainStatements
            let states = p.kind == .likelihood ? StateFindings(g, rule: Self.description.identifier) : nil
            func claim(_ i: Int) -> Claim { g.claims[plain[i]] }
            PairSweep.overlapping(keys, samePaper: true, sameValue: { claim($0).value == claim($1).value }) { i, j in
                let a = claim(i), b = claim(j)
                if let pa = a.period, let pb = b.period, pa.start != pb.start || pa.end != pb.end { return }
                let cmp = ValueComparison.compare(a, b, on: p)
                guard cmp.outcome == .conflict else { return }
                // Judgements conflict only when they make opposite calls ("could" makes none).
                if let states, !states.differ(a.value, b.value) { return }
                let weak = [a, b].first { $0.stance != .asserted }
                let why: @Sendable () -> String = {
                    var why = "\(a.paper) says both \(context.words(a, on: p)) (\(a.id), \(a.time.text)) and \(context.words(b, on: p)) (\(b.id), \(b.time.text)) for overlapping times; \(cmp.reason)."
                    if let w = weak { why += " \(w.id) is a view the paper \(RuleContext.stanceWords(w)), so this is a disputed report." }
                    return why
                }
                out.append(Flag(rule: Self.description.identifier, kind: weak == nil ? .contradiction : .disputedReport,
                                severity: weak == nil ? .medium : .low, proposition: p.key, pair: a.id, b.id, why: why()))
            }
        }
        return out
    }

    /// Pairs of claims of different papers that report one speaker's statement for overlapping
    /// times with conflicting values.
    static func misreported(_ g: ClaimIndex.Group, _ context: RuleContext) -> [Flag] {
        let p = g.proposition
        var bySpeaker: [String: [Claim]] = [:]
        for c in g.claims where c.isPlainStatement { if let s = c.speaker { bySpeaker[s, default: []].append(c) } }
        var out: [Flag] = []
        for speaker in bySpeaker.keys.sorted() {
            let cs = bySpeaker[speaker]!
            for i in cs.indices { for j in cs.indices where j > i {
                let (a, b) = cs[i].id < cs[j].id ? (cs[i], cs[j]) : (cs[j], cs[i])
                guard a.paper != b.paper, a.time.overlaps(b.time) else { continue }
                let cmp = ValueComparison.compare(a, b, on: p)
                guard cmp.outcome == .conflict else { continue }
                let name = context.set.speaker(speaker)?.name ?? speaker
                let why = "\(a.paper) and \(b.paper) report the same statement by \(name) (\(a.time.text); \(b.time.text)) differently: \(context.words(a, on: p)) (\(a.id)) against \(context.words(b, on: p)) (\(b.id)); \(cmp.reason). They are one source, so this is not a disagreement between sources: one of the papers misreports the statement, a disputed report to check against the statement itself."
                out.append(Flag(rule: description.identifier, kind: .disputedReport, severity: .low, proposition: p.key, pair: a.id, b.id, why: why))
            } }
        }
        return out
    }
}
