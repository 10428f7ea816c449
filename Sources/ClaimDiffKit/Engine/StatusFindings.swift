/// The findings a ladder proposition's status timeline yields, worded alike for the ladder
/// rule and the internal-contradiction rule (`Docs/findings.md`, "Statuses").
enum StatusFindings {
    /// The chain of updates and reversals: each rise of the status's lower bound beyond the
    /// highest step another paper had reported by then, and each reported step back.
    static func updates(_ t: StatusTimeline, rule: String) -> [Flag] {
        let g = t.group, p = g.proposition, steps = p.ladder!.steps
        var out: [Flag] = []
        var level = -1
        // The attestations at the current level since it was reached, latest last.
        var holders: [StatusTimeline.Attestation] = []
        for a in t.attestations {
            if a.reversal {
                if let s = holders.last, level > a.upper {
                    let (x, y, from) = (g.claims[s.claim], g.claims[a.claim], level)
                    out.append(Flag(rule: rule, kind: .reversal, severity: .low, proposition: p.key, pair: x.id, y.id,
                                    why: "\(RuleContext.cite(y)) reports \(RuleContext.words(y, on: p)), a step back from '\(steps[from])', which \(RuleContext.cite(x)) had reported; the annotator marks it as a reversal, so the steps reached before it no longer hold after it."))
                }
                level = a.lower
                holders = [a]
                continue
            }
            if a.lower > level {
                // Not between claims that disagree about the same time: that is a contradiction
                // (or, uncertain, nothing), never a status that moved on.
                if let s = holders.last(where: { $0.paper != a.paper }),
                   !(s.upper < a.lower && g.keys[s.claim].start <= g.keys[a.claim].end && g.keys[a.claim].start <= g.keys[s.claim].end) {
                    let (x, y) = (g.claims[s.claim], g.claims[a.claim])
                    let from = level
                    let weak = y.stance != .asserted ? " It rests on \(y.id), which the paper \(RuleContext.stanceWords(y)): a reported move, not a confirmed one." : ""
                    out.append(Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, pair: x.id, y.id,
                                    why: "\(RuleContext.cite(y)) says \(RuleContext.words(y, on: p)), so at least '\(steps[a.lower])' by \(CivilDate.iso(a.day)), beyond '\(steps[max(from, 0)])', the furthest step \(RuleContext.cite(x)) and any other paper had reported by then: the status moved on, an update, not a contradiction.\(weak)"))
                }
                level = a.lower
                holders = [a]
            } else if a.lower == level {
                holders.append(a)
            }
        }
        return out
    }

    /// Contradictions (or, for an event's implied "not before", dating findings) from
    /// conflicting bounds, one finding per contradicted lower bound: the claims that say the
    /// status had not got that far are listed with it.
    static func conflicts(_ t: StatusTimeline, _ conflicts: [StatusTimeline.Conflict], rule: String, withinPaper: Bool) -> [Flag] {
        let g = t.group, p = g.proposition
        struct Key: Hashable { var lower: Int; var implied: Bool; var weak: Bool }
        var groups: [Key: [StatusTimeline.Conflict]] = [:]
        var order: [Key] = []
        // A dating disagreement adds nothing where the same two claims already contradict.
        struct Pair: Hashable { var lower: Int; var upper: Int }
        let contradicting = Set(conflicts.filter { !$0.upper.implied }.map { Pair(lower: $0.lower.claim, upper: $0.upper.claim) })
        for c in conflicts where !(withinPaper && c.upper.implied) {
            if c.upper.implied, contradicting.contains(Pair(lower: c.lower.claim, upper: c.upper.claim)) { continue }
            let lowerWeak = g.claims[c.lower.claim].stance != .asserted
            let k = Key(lower: c.lower.claim, implied: c.upper.implied, weak: lowerWeak || g.claims[c.upper.claim].stance != .asserted)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(c)
        }
        return order.map { k in
            let cs = groups[k]!
            var seen = Set<Int>()
            let uppers = cs.filter { seen.insert($0.upper.claim).inserted }
            let gap = cs.map(\.gap).max()!
            let lower = g.claims[k.lower]
            let later = uppers.map { g.claims[$0.upper.claim] }
            let first = uppers[0]
            let kind: Flag.Kind = k.implied ? .dating : (k.weak ? .disputedReport : .contradiction)
            let severity: Flag.Severity = k.implied || k.weak ? .low : (gap >= 2 ? .high : .medium)
            let ids = [lower.id] + later.map(\.id)
            let why: @Sendable () -> String = {
                let l = p.ladder!
                let stepL = l.steps[first.lower.step], stepU = l.steps[first.upper.step]
                var s: String
                let u = later[0]
                if k.implied {
                    s = "\(RuleContext.cite(lower)) says \(RuleContext.words(lower, on: p)), so '\(stepL)' was reached by \(CivilDate.iso(first.lower.day)); \(RuleContext.cite(u)) dates the transition to \(RuleContext.words(u, on: p)) to \(u.time.text), so it was not reached before \(CivilDate.iso(first.upper.day + 1)): the two place the same transition at different times, a disagreement about a date, not about the status"
                } else {
                    let who = withinPaper ? "\(lower.paper) says both" : "\(RuleContext.cite(lower)) says"
                    s = "\(who) \(RuleContext.words(lower, on: p))\(withinPaper ? " (\(lower.id), \(lower.time.text))" : ""), so at least '\(stepL)' from \(CivilDate.iso(first.lower.day)), and \(withinPaper ? "" : "\(RuleContext.cite(u)) says ")\(RuleContext.words(u, on: p))\(withinPaper ? " (\(u.id), \(u.time.text))" : ""), so no further than '\(stepU)' on \(CivilDate.iso(first.upper.day)); a step reached stays reached unless a reversal is reported, and none is reported between them (\(gap) step\(gap == 1 ? "" : "s") apart on the ladder \(l.steps.joined(separator: " < ")))"
                }
                if later.count > 1 {
                    let papers = Set(later.map(\.paper)).count
                    s += "; \(later.count - 1) more claim\(later.count == 2 ? "" : "s") (\(papers) paper\(papers == 1 ? "" : "s") in all) say the same against it"
                }
                if k.weak && !k.implied {
                    let w = ([lower] + later).first { $0.stance != .asserted }!
                    s += ". It rests on \(w.id), which the paper \(RuleContext.stanceWords(w)), so it is a disputed report rather than a flat contradiction"
                }
                return s + "."
            }
            // A dating finding can stand beside a contradiction on the same two claims.
            let idSubject = k.implied ? ["dating", lower.id, later[0].id] : [lower.id, later[0].id]
            return Flag(rule: rule, kind: kind, severity: severity, proposition: p.key, claims: ids, why: why(), idSubject: idSubject)
        }
    }

    /// One consensus per run of two or more sources (`SourceIndex`) giving the same status (the same step or
    /// bound), with no paper giving a disjoint one between them. Two transitions of the same
    /// step whose dates do not overlap are not one position (they raise a dating finding).
    static func consensus(_ t: StatusTimeline, rule: String) -> [Flag] {
        let g = t.group, p = g.proposition
        func range(_ i: Int) -> LadderRange? { t.ranges[i] }
        let order = t.plain.filter { t.ranges[$0] != nil && !t.reversed[$0] }
            .sorted { (g.keys[$0].end, g.keys[$0].start, g.keys[$0].row) < (g.keys[$1].end, g.keys[$1].start, g.keys[$1].row) }
        struct Key: Hashable { var lower: Int; var upper: Int }
        func isTransition(_ i: Int) -> Bool { t.transition[i] }
        var dated: [Int: (Int, Int)] = [:]
        let runs = ConsensusRuns.runs(
            order, span: { (g.keys[$0].start, g.keys[$0].end) }, paper: { g.keys[$0].paper }, key: { Key(lower: range($0)!.lower, upper: range($0)!.upper) },
            ends: { k, c in let r = range(c)!; return r.upper < k.lower || r.lower > k.upper },
            joins: { members, c in
                guard isTransition(c) else { return true }
                // A transition joins only if its date overlaps every transition of the run: the
                // latest start and the earliest end among them, kept by the run's first claim.
                let (c0, c1) = (g.keys[c].start, g.keys[c].end)
                let span = dated[members[0]] ?? members.filter(isTransition).reduce((Int.min, Int.max)) { (max($0.0, g.keys[$1].start), min($0.1, g.keys[$1].end)) }
                guard c0 <= span.1 && c1 >= span.0 else { return false }
                dated[members[0]] = (max(span.0, c0), min(span.1, c1))
                return true
            })
        // Two or more papers and two or more sources: papers relaying one statement agree on what was said.
        return runs.filter { g.sourceCount(of: $0) >= 2 }.map { run in
            let claims = run.map { g.claims[$0] }
            let first = claims.min { ($0.time.start, $0.id) < ($1.time.start, $1.id) }!, last = claims[claims.count - 1]
            return Flag(rule: rule, kind: .consensus, severity: .info, proposition: p.key, claims: claims.map(\.id),
                        why: "\(g.sourceIndex.words(claims)) say \(RuleContext.words(first, on: p)) from \(first.time.text) to \(last.time.text), and no paper gives a status disjoint from it between them.",
                        idSubject: ["consensus", first.id])
        }
    }
}
