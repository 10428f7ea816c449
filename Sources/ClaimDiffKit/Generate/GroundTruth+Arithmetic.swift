extension GroundTruth {
    /// The change two figures imply, in percent, and the figures: the paper's own for each
    /// period, else the earliest other paper's.
    static func impliedChange(_ plan: Plan, _ p: Int32, from: Plan.Span, to: Plan.Span, paper: Int32)
        -> (low: Double, high: Double, from: Int32, to: Int32)? {
        let prop = plan.propositions[Int(p)]
        func figure(_ period: Plan.Span) -> Int32? {
            let same = prop.rounds.flatMap { $0 }.filter { plan.time($0) == period }
                .sorted { plan.claimID($0) < plan.claimID($1) }
            return same.first { plan.claims[Int($0)].paper == paper }
                ?? same.min { (plan.papers[Int(plan.claims[Int($0)].paper)].published.start, plan.claimID($0))
                    < (plan.papers[Int(plan.claims[Int($1)].paper)].published.start, plan.claimID($1)) }
        }
        guard let a = figure(from), let b = figure(to),
              case .amount(let x, let ax) = plan.claims[Int(a)].value, case .amount(let y, let ay) = plan.claims[Int(b)].value
        else { return nil }
        let ix = GeneratorVocabulary.interval(tenths: x, approximate: ax), iy = GeneratorVocabulary.interval(tenths: y, approximate: ay)
        return ((iy.low / ix.high - 1) * 100, (iy.high / ix.low - 1) * 100, a, b)
    }

    /// The arithmetic flag's claims when a stated change does not follow from the figures.
    static func arithmetic(_ plan: Plan, _ p: Int32, change c: Int32) -> [Int32]? {
        let claim = plan.claims[Int(c)]
        guard let (from, to) = claim.change, case .percent(let r, let approximate) = claim.value,
              let implied = impliedChange(plan, p, from: from, to: to, paper: claim.paper) else { return nil }
        let half = approximate && r != 0 ? 0.5 * GeneratorVocabulary.pow10(String(abs(r)).count - 1) : 0.5
        let (low, high) = (Double(r) - half, Double(r) + half)
        return high < implied.low || low > implied.high ? [implied.from, implied.to, c] : nil
    }
}
