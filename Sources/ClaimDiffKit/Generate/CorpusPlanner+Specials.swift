extension CorpusPlanner {
    /// The month of a paper's publication, 0 being 2020-01.
    func month(of paper: Int32) -> Int {
        CorpusPlan.Span.monthIndex(ofDay: plan.papers[Int(paper)].published.start) - 360
    }

    /// A second claim by the paper of a round's first claim, with a value that conflicts with it.
    mutating func addInternalContradiction(_ p: Int32, _ kind: Kind, _ slots: [CorpusPlan.Span]) {
        let rounds = plan.propositions[Int(p)].rounds
        let r = rng.below(rounds.count)
        let first = plan.claims[Int(rounds[r][0])]
        var c = claim(p, paper: first.paper, value: Self.conflicting(first.value), at: slots[r], kind)
        c.timeField = first.timeField
        c.reversal = first.reversal
        plan.propositions[Int(p)].rounds[r].append(add(c))
    }

    /// A value that conflicts with `v` (for a term of a family; never the neutral term).
    static func conflicting(_ v: CorpusPlan.Value) -> CorpusPlan.Value {
        switch v {
        case .term(let t):
            let family = GeneratorVocabulary.families.firstIndex { $0.contains(t) } ?? 0
            return .term(GeneratorVocabulary.families[GeneratorVocabulary.conflicting[family][0]][0])
        case .ladder(let lo, let hi):
            if lo == hi { return lo + 2 <= GeneratorVocabulary.top ? .ladder(lo + 2, lo + 2) : .ladder(lo - 2, lo - 2) }
            return hi < GeneratorVocabulary.top ? .ladder(GeneratorVocabulary.top, GeneratorVocabulary.top) : .ladder(0, 0)
        case .likelihood(let t):
            let b = GeneratorVocabulary.band(ofTerm: t)
            return .likelihood(GeneratorVocabulary.bands[b >= 2 ? b - 2 : b + 2][0])
        case .amount(let tenths, _):
            return .amount(tenths: tenths + 30 <= 94 ? tenths + 30 : tenths - 30, approximate: false)
        case .percent: return v
        }
    }

    /// A forecast no claim settles: pending when due after 2024, unresolved otherwise.
    mutating func addForecast(_ p: Int32, _ kind: Kind, _ s: State) {
        let paper = nextPaper()
        let value: CorpusPlan.Value
        switch kind {
        case .ladder: value = .ladder(min(s.level + 1, GeneratorVocabulary.top), min(s.level + 1, GeneratorVocabulary.top))
        case .amount: value = .amount(tenths: s.tenths, approximate: false)
        default: value = .term(GeneratorVocabulary.families[s.family][0])
        }
        var c = CorpusPlan.Claim(paper: paper, proposition: p, local: 0, value: value)
        c.role = .forecast
        let due = month(of: paper) + 6 + rng.below(36)
        c.by = rng.chance(0.2) ? Self.year(2020 + due / 12) : CorpusPlan.Span.month(360 + due)
        if rng.chance(0.5) { c.likelihood = rng.pick([5, 7, 2, 4, 6, 8]) }
        add(c)
    }

    /// Someone denied a value at the time of one of the rounds.
    mutating func addDenial(_ p: Int32, _ kind: Kind, _ slots: [CorpusPlan.Span]) {
        let step = 4 + rng.below(3)
        let value: CorpusPlan.Value = kind == .ladder ? .ladder(step, step) : .term(rng.below(6))
        var c = claim(p, paper: nextPaper(), value: value, at: rng.pick(slots), kind)
        c.role = .denial
        c.stance = .asserted
        add(c)
    }

    /// A stated change between the periods of two consecutive rounds, right or wrong.
    mutating func addChange(_ p: Int32) {
        let rounds = plan.propositions[Int(p)].rounds
        let r = rng.below(rounds.count - 1)
        let paper = rng.chance(0.8) ? plan.claims[Int(rng.pick(rounds[r]))].paper : nextPaper()
        let from = plan.time(rounds[r][0]), to = plan.time(rounds[r + 1][0])
        var c = CorpusPlan.Claim(paper: paper, proposition: p, local: 0, value: .percent(0, approximate: true))
        c.role = .change
        c.change = (from, to)
        c.stance = stance()
        if rng.chance(0.15) {
            // A change into the month after the last round, for which no paper gives a figure: it implies one.
            let last = plan.time(rounds[rounds.count - 1][0])
            c.change = (last, .month(CorpusPlan.Span.monthIndex(ofDay: last.end) + 1))
            c.value = .percent(rng.below(41) - 10, approximate: false)
            add(c)
            return
        }
        guard let implied = GroundTruth.impliedChange(plan, p, from: from, to: to, paper: paper) else { return }
        let truth = Int(((implied.low + implied.high) / 2).rounded())
        if abs(truth) >= 10, rng.chance(0.5) {
            c.value = .percent(truth, approximate: true)
        } else {
            c.value = .percent(rng.chance(0.5) ? Int(implied.high.rounded(.up)) + 25 : Int(implied.low.rounded(.down)) - 25,
                               approximate: false)
        }
        add(c)
    }
}
