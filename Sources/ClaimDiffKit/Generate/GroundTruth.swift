/// The flags a planned corpus must raise, worked out from its design and the generator's own
/// vocabulary: every pair within a round, every claim against the round before it (statuses:
/// by the position definitions, in `GroundTruth+Status.swift`), and the planted forecasts,
/// denials, stated changes, anachronisms and single sources.
enum GroundTruth {
    typealias Plan = CorpusPlan
    typealias Relation = GeneratorVocabulary.Relation

    static func flags(_ plan: Plan) -> [ExpectedFlag] {
        var out: [ExpectedFlag] = []
        let asOf = plan.papers.map(\.published.end).max() ?? 0
        let id = (0..<plan.claims.count).map { plan.claimID(Int32($0)) }
        func flag(_ kind: Flag.Kind, _ rule: String, _ claims: [Int32]) {
            out.append(ExpectedFlag(kind: kind.rawValue, rule: rule, claims: claims.map { id[Int($0)] }))
        }
        for (pi, p) in plan.propositions.enumerated() {
            let rule = ["category_consistency", "ladder_progress", "amount_consistency", "likelihood_bands"][p.kind.rawValue]
            if p.kind == .ladder { statusFlags(plan, p, id: id, flag) }
            if let parties = p.parties {
                // The whole reached contracted when its last party did; the claim between could mean either.
                flag(.update, "ladder_parties", [parties.east, parties.west])
                flag(.ambiguousParty, "ladder_parties", [parties.ambiguous, parties.east])
            }
            if p.kind == .category || p.kind == .likelihood { stateFlags(plan, p, id: id, flag) }
            for (r, round) in p.rounds.enumerated() where p.kind == .amount {
                for (n, a) in round.enumerated() {
                    for b in round[(n + 1)...] {
                        let rel = relation(plan, p, a, b)
                        let weak = isWeak(plan, a) || isWeak(plan, b)
                        if plan.claims[Int(a)].paper != plan.claims[Int(b)].paper {
                            if rel == .conflict { flag(weak ? .disputedReport : .contradiction, rule, [a, b]) }
                        } else if rel == .conflict {
                            flag(weak ? .disputedReport : .contradiction, "internal_contradiction", [a, b])
                        }
                    }
                }
                if p.undated {
                    // Figures without a period: pairs whose times overlap agree or contradict, and a
                    // different figure after the latest earlier ones is a revision.
                    for (n, a) in round.enumerated() {
                        for b in round[(n + 1)...] where plan.claims[Int(a)].paper != plan.claims[Int(b)].paper {
                            if relation(plan, p, a, b) == .agree { flag(.agreement, rule, [a, b]) }
                        }
                    }
                    if r > 0 {
                        for a in p.rounds[r - 1] {
                            for b in round where relation(plan, p, a, b) == .conflict { flag(.update, rule, [a, b]) }
                        }
                    }
                    continue
                }
                if let c = figureConsensus(plan, round) { flag(.consensus, rule, c) }
                guard r > 0 else { continue }
                for a in p.rounds[r - 1] {
                    for b in round {
                        if let kind = successive(plan, p, a, b) { flag(kind, rule, [a, b]) }
                    }
                }
            }
            if Set(p.claims.map { plan.claims[Int($0)].paper }).count == 1 { flag(.singleSource, "single_source", p.claims) }
            // Rounds are in time order; within one, claims share a span and sort by id.
            let plain = p.rounds.flatMap { $0.sorted { id[Int($0)] < id[Int($1)] } }
            for c in p.claims {
                switch plan.claims[Int(c)].role {
                case .forecast:
                    if let designed = p.designedForecasts[c] {
                        flag(designed.kind, "forecast_resolution", [c] + designed.evidence)
                    } else if plan.claims[Int(c)].by!.end <= asOf {
                        let made = plan.papers[Int(plan.claims[Int(c)].paper)].published.start
                        precondition(!plain.contains { plan.time($0).start >= made }, "a planned forecast has evidence in \(p.key)")
                        flag(.forecastUnresolved, "forecast_resolution", [c])
                    }
                case .denial:
                    if let (kind, cited) = affirming(plan, p, denial: c, plain: plain) { flag(kind, "denial_contradicted", [c] + cited) }
                case .change:
                    if let (kind, claims) = changeCheck(plan, Int32(pi), change: c) { flag(kind, "percent_change_arithmetic", claims) }
                case .plain, .party:
                    break
                }
            }
        }
        // One anachronism per paper and kind: dated after publication, or after the printed date.
        var late: [Int32: [Int32]] = [:], afterPrinted: [Int32: [Int32]] = [:]
        for (i, c) in plan.claims.enumerated() where c.role != .forecast {
            let paper = plan.papers[Int(c.paper)]
            let t = plan.time(Int32(i))
            if t.start > paper.published.end {
                late[c.paper, default: []].append(Int32(i))
            } else if c.time != nil && paper.printed.map({ t.start > $0.end }) == true {
                afterPrinted[c.paper, default: []].append(Int32(i))
            }
        }
        for claims in Array(late.values) + Array(afterPrinted.values) { flag(.anachronism, "anachronism", claims) }
        return out.sorted()
    }

    static func isWeak(_ plan: Plan, _ c: Int32) -> Bool { plan.claims[Int(c)].stance != .asserted }

    /// How two values of a proposition relate, by the generator's vocabulary.
    static func relation(_ plan: Plan, _ p: Plan.Proposition, _ a: Int32, _ b: Int32) -> Relation {
        switch (plan.claims[Int(a)].value, plan.claims[Int(b)].value) {
        case (.term(let x), .term(let y)): return GeneratorVocabulary.termRelation(x, y)
        case (.ladder(let l1, let h1), .ladder(let l2, let h2)): return l1 <= h2 && l2 <= h1 ? .agree : .conflict
        case (.likelihood(let x), .likelihood(let y)): return GeneratorVocabulary.likelihoodRelation(x, y)
        case (.amount(let x, let ax), .amount(let y, let ay)):
            return GeneratorVocabulary.amountRelation(GeneratorVocabulary.interval(tenths: x, approximate: ax),
                                                      GeneratorVocabulary.interval(tenths: y, approximate: ay), tolerance: p.tolerance)
        default: return .unrelated
        }
    }

    /// The flag a claim raises against one of the round before it, if any.
    static func successive(_ plan: Plan, _ p: Plan.Proposition, _ a: Int32, _ b: Int32) -> Flag.Kind? {
        switch p.kind {
        case .category, .likelihood:
            return relation(plan, p, a, b) == .conflict ? .update : nil
        case .ladder:
            guard case .ladder(let l1, let h1) = plan.claims[Int(a)].value, case .ladder(let l2, let h2) = plan.claims[Int(b)].value else { return nil }
            if l2 > h1 { return .update }
            guard l1 > h2 else { return nil }
            if plan.claims[Int(b)].reversal { return .reversal }
            return isWeak(plan, a) || isWeak(plan, b) ? .disputedReport : .contradiction
        case .amount:
            return nil
        }
    }

    /// The claims a denial raises its finding with: those of the denied value (or an equivalent
    /// term, or on a ladder the denied step or beyond) that place it at or before the denial's
    /// time, else those that report it later; asserted ones first, the weak ones if none is.
    static func affirming(_ plan: Plan, _ p: Plan.Proposition, denial d: Int32, plain: [Int32]) -> (Flag.Kind, [Int32])? {
        let td = plan.time(d)
        var before: [Int32] = [], later: [Int32] = []
        for e in plain {
            let te = plan.time(e)
            let affirms: Bool, holds: Bool
            switch (plan.claims[Int(d)].value, plan.claims[Int(e)].value) {
            case (.ladder(let denied, _), .ladder(let got, _)): (affirms, holds) = (got >= denied, te.end <= td.end)
            case (.term(let x), .term(let y)): (affirms, holds) = (GeneratorVocabulary.sameTerm(x, y), te.start <= td.end && td.start <= te.end)
            default: (affirms, holds) = (relation(plan, p, d, e) == .agree, te.start <= td.end && td.start <= te.end)
            }
            guard affirms else { continue }
            if holds { before.append(e) } else if te.end >= td.start { later.append(e) }
        }
        let tiers = [before.filter { !isWeak(plan, $0) }, later.filter { !isWeak(plan, $0) },
                     before.filter { isWeak(plan, $0) }, later.filter { isWeak(plan, $0) }]
        guard let tier = tiers.firstIndex(where: { !$0.isEmpty }) else { return nil }
        return (tier >= 2 ? .disputedReport : .contradiction, tiers[tier])
    }
}
