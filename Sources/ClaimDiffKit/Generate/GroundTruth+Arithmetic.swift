extension GroundTruth {
    /// The figure for exactly this period: the paper's own, else the earliest other paper's.
    static func figure(_ plan: Plan, _ p: Int32, _ period: Plan.Span, paper: Int32) -> Int32? {
        let prop = plan.propositions[Int(p)]
        let same = prop.rounds.flatMap { $0 }.filter { plan.time($0) == period }
            .sorted { plan.claimID($0) < plan.claimID($1) }
        return same.first { plan.claims[Int($0)].paper == paper }
            ?? same.min { (plan.papers[Int(plan.claims[Int($0)].paper)].published.start, plan.claimID($0))
                < (plan.papers[Int(plan.claims[Int($1)].paper)].published.start, plan.claimID($1)) }
    }

    /// The change two figures imply, in percent, and the figures: the paper's own for each
    /// period, else the earliest other paper's.
    static func impliedChange(_ plan: Plan, _ p: Int32, from: Plan.Span, to: Plan.Span, paper: Int32)
        -> (low: Double, high: Double, from: Int32, to: Int32)? {
        guard let a = figure(plan, p, from, paper: paper), let b = figure(plan, p, to, paper: paper),
              case .amount(let x, let ax) = plan.claims[Int(a)].value, case .amount(let y, let ay) = plan.claims[Int(b)].value
        else { return nil }
        let ix = GeneratorVocabulary.interval(tenths: x, approximate: ax), iy = GeneratorVocabulary.interval(tenths: y, approximate: ay)
        return ((iy.low / ix.high - 1) * 100, (iy.high / ix.low - 1) * 100, a, b)
    }

    /// What a stated change raises: arithmetic when it does not follow from the two figures,
    /// consistent when it does, derived when only one of the figures is given.
    static func changeCheck(_ plan: Plan, _ p: Int32, change c: Int32) -> (Flag.Kind, [Int32])? {
        let claim = plan.claims[Int(c)]
        guard let (from, to) = claim.change, case .percent(let r, let approximate) = claim.value else { return nil }
        guard let implied = impliedChange(plan, p, from: from, to: to, paper: claim.paper) else {
            let known = figure(plan, p, from, paper: claim.paper) ?? figure(plan, p, to, paper: claim.paper)
            return known.map { (.derived, [$0, c]) }
        }
        let half = approximate && r != 0 ? 0.5 * GeneratorVocabulary.pow10(String(abs(r)).count - 1) : 0.5
        let (low, high) = (Double(r) - half, Double(r) + half)
        return (high < implied.low || low > implied.high ? .arithmetic : .consistent, [implied.from, implied.to, c])
    }

    /// The claims of a round of figures (one period) that share the value most papers' intervals
    /// hold, the lowest such value on a tie, when two or more papers do.
    static func figureConsensus(_ plan: Plan, _ round: [Int32]) -> [Int32]? {
        func interval(_ c: Int32) -> (low: Double, high: Double)? {
            guard case .amount(let t, let ax) = plan.claims[Int(c)].value else { return nil }
            return GeneratorVocabulary.interval(tenths: t, approximate: ax)
        }
        var best: (papers: Int, point: Double, claims: [Int32])?
        for c in round {
            guard let point = interval(c)?.low else { continue }
            let holding = round.filter { interval($0).map { $0.low <= point && point <= $0.high } ?? false }
            let papers = Set(holding.map { plan.claims[Int($0)].paper }).count
            if best == nil || papers > best!.papers || (papers == best!.papers && point < best!.point) { best = (papers, point, holding) }
        }
        guard let best, best.papers >= 2 else { return nil }
        return best.claims
    }
}
