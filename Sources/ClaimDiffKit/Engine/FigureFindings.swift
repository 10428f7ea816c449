/// The findings of an amount proposition (`Docs/findings.md`, "Figures"): a figure holds for
/// its period only, so figures are compared within one period; a figure for a part of a
/// period (a half-year) is checked against the whole (it cannot exceed it); a proposition
/// declared `fixed: yes` (a deal's size) compares every figure whatever its date. Figures
/// without a period are compared when their times overlap, as before.
struct FigureFindings {
    let group: ClaimIndex.Group
    let rule: String
    let plain: [Int]

    init(_ group: ClaimIndex.Group, rule: String) {
        self.group = group
        self.rule = rule
        plain = group.keys.indices.filter { group.keys[$0].plain && group.claims[$0].amount != nil }
    }

    private var p: Proposition { group.proposition }

    func flags() -> [Flag] {
        if p.fixed { return frame(plain, why: "\(p.key) is declared fixed: a fact fixed at its event, so the claims' dates do not matter") }
        var periods: [Period: [Int]] = [:]
        var order: [Period] = []
        var undated: [Int] = []
        var fixedAt: [Period: [Int]] = [:]
        var fixedOrder: [Period] = []
        for i in plain {
            if let f = group.claims[i].fixedAt {
                // Fixed at an event (a deal's size): compared with figures fixed at the same event.
                let k = Period(start: f.start, end: f.end)
                if fixedAt[k] == nil { fixedOrder.append(k) }
                fixedAt[k, default: []].append(i)
                continue
            }
            guard let t = group.claims[i].period else { undated.append(i); continue }
            let k = Period(start: t.start, end: t.end)
            if periods[k] == nil { order.append(k) }
            periods[k, default: []].append(i)
        }
        var out: [Flag] = []
        for k in order {
            let text = group.claims[periods[k]![0]].period!.text
            out += frame(periods[k]!, why: "both are figures for \(text)")
        }
        for k in fixedOrder {
            out += frame(fixedAt[k]!, why: "both are fixed at \(group.claims[fixedAt[k]![0]].fixedAt!.text), so the claims' dates do not matter")
        }
        out += parts(periods, order)
        out += undatedFlags(undated)
        return out
    }

    /// The days a period covers: figures compare by these, not by how they are written.
    struct Period: Hashable { var start: Int, end: Int }

    /// Figures that describe the same thing: contradictions between papers whose intervals are
    /// further apart than the tolerance, and one consensus of the most papers sharing a value.
    private func frame(_ members: [Int], why context: String) -> [Flag] {
        var out: [Flag] = []
        for (n, i) in members.enumerated() {
            for j in members[(n + 1)...] where group.keys[i].paper != group.keys[j].paper {
                let (a, b) = ordered(i, j)
                let g = FigureGap(p.normalized(a.amount!), p.normalized(b.amount!), tolerance: p.tolerance)
                guard !g.agrees else { continue }
                if let r = revision(group.claims[i], group.claims[j], g, context) { out.append(r); continue }
                out.append(contradiction(a, b, g, context))
            }
        }
        if let c = consensus(members, context) { out.append(c) }
        return out
    }

    private func ordered(_ i: Int, _ j: Int) -> (Claim, Claim) {
        let ki = group.keys[i], kj = group.keys[j]
        return (ki.start, ki.end, ki.row) <= (kj.start, kj.end, kj.row) ? (group.claims[i], group.claims[j]) : (group.claims[j], group.claims[i])
    }

    private func contradiction(_ a: Claim, _ b: Claim, _ g: FigureGap, _ context: String) -> Flag {
        let weak = [a, b].first { $0.stance != .asserted }
        let p = self.p
        return Flag(rule: rule, kind: weak == nil ? .contradiction : .disputedReport,
                    severity: weak != nil ? .low : g.distance >= 2 ? .high : g.distance == 0 ? .low : .medium,
                    proposition: p.key, pair: a.id, b.id,
                    why: "\(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)) and \(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)); \(context); \(g.reason(p.normalized(a.amount!), p.normalized(b.amount!)))." + (weak.map { " It rests on \($0.id), which the paper \(RuleContext.stanceWords($0)), so it is a disputed report rather than a flat contradiction." } ?? ""))
    }

    /// A later figure that revises an earlier preliminary one (or says it is revised): an
    /// update, not a contradiction, noted with its direction (`Docs/findings.md`, "Figures").
    private func revision(_ x: Claim, _ y: Claim, _ g: FigureGap, _ context: String) -> Flag? {
        // The earlier is the one whose paper came out first.
        let (a, b) = (x.madeAt.end, x.id) <= (y.madeAt.end, y.id) ? (x, y) : (y, x)
        guard a.madeAt.end < b.madeAt.start || a.madeAt.end < b.madeAt.end,
              a.figureStatus == .preliminary || b.figureStatus == .revised else { return nil }
        let p = self.p
        let direction = p.normalized(b.amount!).low > p.normalized(a.amount!).high ? "higher" : "lower"
        let said = a.figureStatus == .preliminary ? "\(a.id) gives it as preliminary" : "\(b.id) gives it as revised"
        return Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, pair: a.id, b.id,
                    why: "\(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) after \(RuleContext.cite(a)) said \(RuleContext.words(a, on: p)); \(context); \(said), so the later figure is a revision (\(direction) than the earlier), an update, not a contradiction; \(g.reason(p.normalized(a.amount!), p.normalized(b.amount!))).")
    }

    /// The claims of the most sources (`SourceIndex`) whose intervals share one value (the
    /// lowest such value on a tie), when two or more sources do.
    private func consensus(_ members: [Int], _ context: String) -> Flag? {
        let p = self.p
        var best: (papers: Int, point: Double, claims: [Int])?
        for i in members {
            let point = p.normalized(group.claims[i].amount!).low
            guard point.isFinite else { continue }
            let holding = members.filter { let a = p.normalized(group.claims[$0].amount!); return a.low <= point && point <= a.high }
            let papers = group.sourceCount(of: holding)
            if best == nil || papers > best!.papers || (papers == best!.papers && point < best!.point) { best = (papers, point, holding) }
        }
        // Two or more sources, and two or more papers (a paper and the speaker it quotes are not two outlets).
        guard let best, best.papers >= 2, Set(best.claims.map { group.keys[$0].paper }).count >= 2 else { return nil }
        let claims = best.claims.sorted { (group.keys[$0].start, group.keys[$0].row) < (group.keys[$1].start, group.keys[$1].row) }.map { group.claims[$0] }
        let lo = claims.map { p.normalized($0.amount!).low }.max()!, hi = claims.map { p.normalized($0.amount!).high }.min()!
        let said = claims.map { p.normalized($0.amount!).text }.uniquedInOrder
        return Flag(rule: rule, kind: .consensus, severity: .info, proposition: p.key, claims: claims.map(\.id),
                    why: "\(group.sourceIndex.words(claims)) give figures (\(said.joined(separator: ", "))) that share \(FigureGap.interval(Amount(value: lo, low: lo, high: hi, approximate: false, unit: p.normalized(claims[0].amount!).unit, text: ""))); \(context).",
                    idSubject: ["consensus", claims[0].id])
    }

    /// A figure for a part of a period (2022-H1 within 2022) that exceeds the whole's figure
    /// beyond the tolerance: an arithmetic finding. Parts never contradict the whole otherwise.
    private func parts(_ periods: [Period: [Int]], _ order: [Period]) -> [Flag] {
        var out: [Flag] = []
        let p = self.p
        for whole in order {
            for part in order where part != whole && part.start >= whole.start && part.end <= whole.end {
                for i in periods[part]! {
                    for j in periods[whole]! {
                        let a = group.claims[i], b = group.claims[j], x = p.normalized(a.amount!), y = p.normalized(b.amount!)
                        guard x.low > y.high, x.low >= 0, y.high >= 0 else { continue }
                        let g = FigureGap(x, y, tolerance: p.tolerance)
                        guard !g.agrees else { continue }
                        out.append(Flag(rule: rule, kind: .arithmetic, severity: .medium, proposition: p.key, pair: a.id, b.id,
                                        why: "\(RuleContext.cite(a)) gives \(x.text) for \(a.period!.text), a part of \(b.period!.text), for which \(RuleContext.cite(b)) gives \(y.text): a part cannot exceed the whole; \(g.reason(x, y))."))
                    }
                }
            }
        }
        return out
    }

    /// Figures without a period: compared when their times overlap; a later different figure is a revision.
    private func undatedFlags(_ undated: [Int]) -> [Flag] {
        guard undated.count >= 2 else { return [] }
        var out: [Flag] = []
        let keys = undated.map { group.keys[$0] }
        let p = self.p
        let values = undated.map { group.claims[$0].value }
        PairSweep.overlapping(keys, samePaper: false, sameValue: { values[$0] == values[$1] }) { i, j in
            let a = group.claims[undated[i]], b = group.claims[undated[j]]
            let g = FigureGap(p.normalized(a.amount!), p.normalized(b.amount!), tolerance: p.tolerance)
            if g.agrees {
                out.append(Flag(rule: rule, kind: .agreement, severity: .info, proposition: p.key, pair: a.id, b.id,
                                why: "\(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)) and \(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) for overlapping times; \(g.reason(p.normalized(a.amount!), p.normalized(b.amount!)))."))
            } else {
                out.append(contradiction(a, b, g, "their times overlap"))
            }
        }
        PairSweep.successive(keys) { i, j in
            let a = group.claims[undated[i]], b = group.claims[undated[j]]
            guard !FigureGap(p.normalized(a.amount!), p.normalized(b.amount!), tolerance: p.tolerance).agrees else { return }
            out.append(Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, pair: a.id, b.id,
                            why: "\(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) after \(RuleContext.cite(a)) said \(RuleContext.words(a, on: p)); their times do not overlap, so the figure was revised, not a contradiction."))
        }
        return out
    }
}

extension Claim {
    /// The figure, for an amount claim.
    var amount: Amount? {
        if case .amount(let a) = value { return a }
        return nil
    }
}
