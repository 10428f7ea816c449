/// The state findings a planned category or likelihood proposition must raise, worked out from
/// the plan by the definitions of `Docs/findings.md` ("States"), claim by claim rather than by
/// the engine's sweeps.
extension GroundTruth {
    /// A generated judgement's call: 1 above 50%, -1 below, 0 for the band that straddles it.
    static func call(_ v: Plan.Value) -> Int {
        guard case .likelihood(let t) = v else { return 0 }
        let b = GeneratorVocabulary.band(ofTerm: t)
        return b < 3 ? -1 : b > 3 ? 1 : 0
    }

    /// Whether two generated values are different states.
    static func differ(_ x: Plan.Value, _ y: Plan.Value) -> Bool {
        switch (x, y) {
        case (.term(let a), .term(let b)): return GeneratorVocabulary.termRelation(a, b) != .agree
        case (.likelihood, .likelihood): return call(x) * call(y) < 0
        default: return false
        }
    }

    static func stateFlags(_ plan: Plan, _ p: Plan.Proposition, id: [String], _ flag: (Flag.Kind, String, [Int32]) -> Void) {
        let rule = p.kind == .category ? "category_consistency" : "likelihood_bands"
        let claims = p.rounds.flatMap { $0 }
        func value(_ c: Int32) -> Plan.Value { plan.claims[Int(c)].value }
        func paper(_ c: Int32) -> Int32 { plan.claims[Int(c)].paper }
        // Dissent and internal contradictions: claims of a round share its span.
        for round in p.rounds {
            for (n, a) in round.enumerated() {
                for b in round[(n + 1)...] {
                    if paper(a) != paper(b) {
                        if differ(value(a), value(b)) { flag(.dissent, rule, [a, b]) }
                    } else if p.kind == .category ? relation(plan, p, a, b) == .conflict : differ(value(a), value(b)) {
                        flag(isWeak(plan, a) || isWeak(plan, b) ? .disputedReport : .contradiction, "internal_contradiction", [a, b])
                    }
                }
            }
        }
        // Changes: each claim against the other papers' claims that end latest before it starts.
        var kept: [[Int]: (rank: (Int, String, String), kind: Flag.Kind, pair: [Int32])] = [:]
        for b in claims {
            let tb = plan.time(b)
            let before = claims.filter { paper($0) != paper(b) && plan.time($0).end < tb.start }
            guard let latest = before.map({ plan.time($0).end }).max() else { continue }
            for a in before where plan.time(a).end == latest && differ(value(a), value(b)) {
                let kind: Flag.Kind = tb.start - latest > 365 ? .update : .unexplainedChange
                let key = [kind == .update ? 0 : 1, Int(paper(a)), Int(paper(b))]
                let rank = (tb.start, id[Int(b)], id[Int(a)])
                if let k = kept[key], k.rank < rank { continue }
                kept[key] = (rank, kind, [a, b])
            }
        }
        for k in kept.values { flag(k.kind, rule, k.pair) }
        // Consensus: runs of one state (a term and its equivalents; a call) from two or more papers.
        func key(_ c: Int32) -> Int {
            switch value(c) {
            case .term(let t): return t == 4 ? 3 : t
            default: return call(value(c))
            }
        }
        let order = claims.sorted { (plan.time($0).end, plan.time($0).start, id[Int($0)]) < (plan.time($1).end, plan.time($1).start, id[Int($1)]) }
        let calling = p.kind == .likelihood ? order.filter { call(value($0)) != 0 } : order
        var open: [(key: Int, members: [Int32])] = []
        var runs: [[Int32]] = []
        for c in calling {
            let t = plan.time(c)
            open.removeAll { r in
                let ends = r.key != key(c) && differ(value(r.members[0]), value(c)) && t.start > plan.time(r.members.last!).end
                if ends { runs.append(r.members) }
                return ends
            }
            if let at = open.firstIndex(where: { $0.key == key(c) }) { open[at].members.append(c) } else { open.append((key(c), [c])) }
        }
        runs += open.map(\.members)
        for var r in runs where Set(r.map(paper)).count >= 2 {
            if p.kind == .likelihood {
                let lo = r.map { plan.time($0).start }.min()!, hi = r.map { plan.time($0).end }.max()!
                r += order.filter { call(value($0)) == 0 && plan.time($0).start <= hi && lo <= plan.time($0).end }
            }
            flag(.consensus, rule, r)
        }
    }
}
