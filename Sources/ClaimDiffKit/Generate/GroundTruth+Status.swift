/// The status findings a planned ladder proposition must raise, worked out from the plan by
/// the definitions of `Docs/findings.md` ("Statuses"), pair by pair: not by the engine's
/// sweeps, so that the two can check each other.
extension GroundTruth {
    private struct Bound {
        var step: Int
        var day: Int
        var claim: Int32
        var paper: Int32
        var implied = false
    }

    static func statusFlags(_ plan: Plan, _ p: Plan.Proposition, id: [String], _ flag: (Flag.Kind, String, [Int32]) -> Void) {
        let top = GeneratorVocabulary.top
        let claims = p.rounds.flatMap { $0 }
        func range(_ c: Int32) -> (Int, Int) {
            guard case .ladder(let lo, let hi) = plan.claims[Int(c)].value else { return (0, top) }
            return (lo, hi)
        }
        func isTransition(_ c: Int32) -> Bool {
            let (lo, hi) = range(c), x = plan.claims[Int(c)]
            return lo == hi && x.timeField == .event && x.time != nil && !x.reversal
        }
        var lowers: [Bound] = [], uppers: [Bound] = [], reversals: [(Int, Int)] = []
        for c in claims {
            let x = plan.claims[Int(c)], t = plan.time(c), (lo, hi) = range(c)
            if x.reversal { reversals.append((t.start, t.end)) }
            if lo > 0 { lowers.append(Bound(step: lo, day: t.end, claim: c, paper: x.paper)) }
            if hi < top { uppers.append(Bound(step: hi, day: x.reversal ? t.end : t.start, claim: c, paper: x.paper)) }
            if isTransition(c), lo > 0 { uppers.append(Bound(step: lo - 1, day: t.start - 1, claim: c, paper: x.paper, implied: true)) }
        }
        // Conflicts: for each upper bound, the most recent lower bound above it that no reversal may have undone.
        for samePaper in [false, true] {
            var pairs: [(lower: Bound, upper: Bound)] = []
            for u in uppers {
                let cut = reversals.filter { $0.0 <= u.day }.map(\.1).max() ?? Int.min
                let best = lowers.filter { l in
                    l.step > u.step && l.day <= u.day && l.day > cut && (l.paper == u.paper) == samePaper && l.claim != u.claim
                }.max { ($0.day, $0.step, id[Int($0.claim)]) < ($1.day, $1.step, id[Int($1.claim)]) }
                if let best { pairs.append((best, u)) }
            }
            let explicit = Set(pairs.filter { !$0.upper.implied }.map { [$0.lower.claim, $0.upper.claim] })
            var groups: [[Int32]: [Int32]] = [:]
            var kinds: [[Int32]: Flag.Kind] = [:]
            for (l, u) in pairs {
                if u.implied && (samePaper || explicit.contains([l.claim, u.claim])) { continue }
                let weak = isWeak(plan, l.claim) || isWeak(plan, u.claim)
                let key = [l.claim, u.implied ? 1 : 0, weak ? 1 : 0]
                groups[key, default: [l.claim]].append(u.claim)
                kinds[key] = u.implied ? .dating : weak ? .disputedReport : .contradiction
            }
            for (key, members) in groups {
                var unique: [Int32] = []
                for m in members where !unique.contains(m) { unique.append(m) }
                flag(kinds[key]!, samePaper ? "internal_contradiction" : "ladder_progress", unique)
            }
        }
        // The update chain: each rise of the lower bound beyond another paper's, and each step back.
        let attested = claims.sorted { (plan.time($0).end, id[Int($0)]) < (plan.time($1).end, id[Int($1)]) }
        var level = -1
        var holders: [Int32] = []
        for c in attested {
            let (lo, hi) = range(c), paper = plan.claims[Int(c)].paper
            if plan.claims[Int(c)].reversal {
                if let s = holders.last, level > hi { flag(.reversal, "ladder_progress", [s, c]) }
                (level, holders) = (lo, [c])
            } else if lo > level {
                if let s = holders.last(where: { plan.claims[Int($0)].paper != paper }) {
                    let (ts, tc) = (plan.time(s), plan.time(c))
                    let sameTime = ts.start <= tc.end && tc.start <= ts.end
                    if !(range(s).1 < lo && sameTime) { flag(.update, "ladder_progress", [s, c]) }
                }
                (level, holders) = (lo, [c])
            } else if lo == level {
                holders.append(c)
            }
        }
        // Consensus: runs of the same status from two or more papers, in order of the spans' ends.
        let order = claims.filter { !plan.claims[Int($0)].reversal }.sorted {
            (plan.time($0).end, plan.time($0).start, id[Int($0)]) < (plan.time($1).end, plan.time($1).start, id[Int($1)])
        }
        var open: [(key: [Int], members: [Int32])] = []
        var runs: [[Int32]] = []
        for c in order {
            let (lo, hi) = range(c), t = plan.time(c)
            open.removeAll { r in
                let last = plan.time(r.members.last!)
                let ends = r.key != [lo, hi] && (hi < r.key[0] || lo > r.key[1]) && t.start > last.end
                if ends { runs.append(r.members) }
                return ends
            }
            if let at = open.firstIndex(where: { $0.key == [lo, hi] }) {
                let overlapping = open[at].members.allSatisfy { m in
                    !isTransition(c) || !isTransition(m) || (plan.time(m).start <= t.end && t.start <= plan.time(m).end)
                }
                if overlapping { open[at].members.append(c); continue }
                runs.append(open[at].members)
                open.remove(at: at)
            }
            open.append(([lo, hi], [c]))
        }
        runs += open.map(\.members)
        for r in runs where Set(r.map { plan.claims[Int($0)].paper }).count >= 2 { flag(.consensus, "ladder_progress", r) }
    }
}
