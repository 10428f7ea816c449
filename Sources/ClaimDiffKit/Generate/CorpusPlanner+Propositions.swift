extension CorpusPlanner {
    /// Where a proposition's values stand as its rounds go by.
    struct State {
        var family = 0
        var level = 1
        var band = 1
        var tenths = 50
    }

    typealias Kind = CorpusPlan.Kind

    mutating func addProposition(size: Int, huge: Bool) {
        let n = plan.propositions.count
        let showcase = huge || ordinary >= Self.showcase.count ? nil : Self.showcase[ordinary]
        if !huge { ordinary += 1 }
        let kind: Kind
        if huge {
            kind = Kind(rawValue: n % 4)!
        } else if let showcase {
            kind = showcase.0
        } else {
            let r = rng.below(100)
            kind = r < 35 ? .category : r < 65 ? .ladder : r < 85 ? .amount : .likelihood
        }
        var prop = CorpusPlan.Proposition(key: "\(Self.topics[n % Self.topics.count]).q\(CivilDate.pad(n + 1, 6))", kind: kind)
        if kind == .amount {
            prop.unit = rng.below(GeneratorVocabulary.units.count)
            prop.tolerance = rng.chance(0.3) ? 0.05 : 0
            prop.undated = rng.chance(0.1)
        }
        plan.propositions.append(prop)
        let p = Int32(n)
        var special = huge ? .none : drawSpecial(kind, size: size)
        if let showcase, size == showcase.3, showcase.1 != .printedAnachronism || !estimated.isEmpty { special = showcase.1 }

        // The budget: claims outside the rounds first, the rest in rounds.
        var reserved = 0
        switch special {
        case .forecastEvidence: reserved = showcase?.2 == 6 ? 3 : 2
        case .anachronism, .printedAnachronism, .internalContradiction: reserved = 1
        case .parties: reserved = size
        default: break
        }
        let late = special == .forecastEvidence || special == .anachronism || special == .printedAnachronism || special == .parties
        func draw(_ share: Double, _ applies: Bool) -> Int {
            guard applies, special != .singleSource else { return 0 }
            return (0..<size).reduce(0) { n, _ in n + (rng.chance(share) ? 1 : 0) }
        }
        var forecasts = draw(0.08, kind != .likelihood && !late)
        var denials = draw(0.02, kind == .category || kind == .ladder)
        var changes = draw(0.06, kind == .amount && !plan.propositions[n].undated)
        var plain = size - reserved - forecasts - denials - changes
        if plain < 2 {
            // Too small for all of it: the rounds come first.
            (forecasts, denials, changes) = (0, 0, 0)
            plain = size - reserved
        }
        var sizes: [Int] = []
        var left = plain
        while left > 0 {
            let k = special == .singleSource ? 1 : min(drawRoundSize(), left)
            sizes.append(k)
            left -= k
        }
        while sizes.count < 2, changes > 0 {
            // A stated change needs two periods: the claims that would have stated one give a second.
            sizes.append(min(changes, 31, plan.papers.count))
            changes -= sizes.last!
        }
        let slots = timeSlots(sizes.count, dayGrid: huge || sizes.count > 150)
        var state = State(family: rng.below(4), level: 1 + rng.below(3), band: 1 + rng.below(5), tenths: 20 + rng.below(60))
        let only = special == .singleSource ? nextPaper() : nil
        for (r, k) in sizes.enumerated() {
            var reversal = false
            if r > 0, only == nil { reversal = evolve(&state, kind) }
            var round: [Int32] = []
            for i in 0..<k {
                let value = only == nil && i > 0 && rng.chance(kind == .category ? 0.15 : 0.12)
                    ? minority(state, kind) : majority(state, kind)
                var c = claim(p, paper: only ?? nextPaper(), value: value, at: slots[r], kind)
                c.reversal = reversal
                if only != nil { c.stance = .asserted }
                if kind == .likelihood, rng.chance(0.1) { c.by = Self.year(2025 + rng.below(5)) }
                round.append(add(c))
            }
            plan.propositions[n].rounds.append(round)
        }
        if special == .internalContradiction { addInternalContradiction(p, kind, slots) }
        for _ in 0..<forecasts { addForecast(p, kind, state) }
        for _ in 0..<denials { addDenial(p, kind, slots) }
        for _ in 0..<changes { addChange(p) }
        let placed: Bool
        switch special {
        case .forecastEvidence: placed = addForecastWithEvidence(p, kind, state, variant: showcase?.2)
        case .anachronism: placed = addAnachronism(p, kind, state)
        case .printedAnachronism: placed = addPrintedAnachronism(p, kind, state)
        case .parties: placed = addPartySteps(p)
        default: placed = true
        }
        if !placed { addFiller(p, kind, state, count: reserved) }
    }

    mutating func drawSpecial(_ kind: Kind, size: Int) -> CorpusPlan.Special {
        let r = rng.below(1000)
        if r < 25 { return size <= 6 ? .singleSource : .none }
        if r < 45 { return size >= 3 ? .internalContradiction : .none }
        if r < 85 { return size >= 4 && (kind == .ladder || kind == .category) ? .forecastEvidence : .none }
        if r < 95 { return size >= 3 ? .anachronism : .none }
        if r < 100 { return size >= 3 && !estimated.isEmpty ? .printedAnachronism : .none }
        return .none
    }

    /// Disjoint spans in time order, 1990-2019: months (one to three apart) or, for long
    /// series, days (one or two apart).
    mutating func timeSlots(_ count: Int, dayGrid: Bool) -> [CorpusPlan.Span] {
        var steps = [0]
        for _ in 1..<max(count, 1) { steps.append(steps.last! + 1 + (count <= 100 || dayGrid ? rng.below(dayGrid ? 2 : 3) : 0)) }
        if dayGrid {
            let start = rng.below(2000)
            return steps.prefix(count).map { CorpusPlan.Span.day(start + $0) }
        }
        let start = rng.below(max(1, 360 - steps.last!))
        return steps.prefix(count).map { CorpusPlan.Span.month(start + $0) }
    }

    /// Moves the state on before a round; true when the round reports a step back on the ladder.
    mutating func evolve(_ s: inout State, _ kind: Kind) -> Bool {
        switch kind {
        case .category:
            if rng.chance(0.08) {
                s.family = rng.pick(GeneratorVocabulary.conflicting[s.family])
            } else if rng.chance(0.04), s.family < 2 {
                s.family = 1 - s.family
            }
        case .ladder:
            let r = rng.below(100)
            if r < 12 { s.level = min(s.level + 1, GeneratorVocabulary.top) }
            if r >= 12, r < 16, s.level >= 2 { s.level -= 2; return true }
        case .likelihood:
            if rng.chance(0.08) { s.band = min(max(s.band + rng.pick([-2, -1, 1, 2]), 0), GeneratorVocabulary.bands.count - 1) }
        case .amount:
            s.tenths = min(max(s.tenths + rng.below(17) - 8, 10), 94)
        }
        return false
    }

    /// A value that agrees with the round's view.
    mutating func majority(_ s: State, _ kind: Kind) -> CorpusPlan.Value {
        switch kind {
        case .category: return .term(rng.pick(GeneratorVocabulary.families[s.family]))
        case .ladder:
            guard rng.chance(0.3) else { return .ladder(s.level, s.level) }
            var bounds: [(Int, Int)] = []
            if s.level <= 5 { bounds.append((0, 5)) }
            if s.level >= 4 { bounds.append((4, 6)) }
            if s.level >= 2, s.level <= 4 { bounds.append((2, 4)) }
            let b = rng.pick(bounds)
            return .ladder(b.0, b.1)
        case .likelihood: return .likelihood(rng.pick(GeneratorVocabulary.bands[s.band]))
        case .amount: return .amount(tenths: s.tenths, approximate: rng.chance(0.25))
        }
    }

    /// A value that conflicts with the round's view (or, for terms, sometimes relates to nothing).
    mutating func minority(_ s: State, _ kind: Kind) -> CorpusPlan.Value {
        switch kind {
        case .category:
            guard rng.chance(0.7) else { return .term(GeneratorVocabulary.neutral) }
            return .term(rng.pick(GeneratorVocabulary.families[rng.pick(GeneratorVocabulary.conflicting[s.family])]))
        case .ladder:
            let l = s.level + 2 <= GeneratorVocabulary.top && (s.level < 2 || rng.chance(0.5)) ? s.level + 2 : s.level - 2
            return .ladder(l, l)
        case .likelihood:
            let options = [-2, -1, 1, 2].map { s.band + $0 }.filter { $0 >= 0 && $0 < GeneratorVocabulary.bands.count }
            return .likelihood(rng.pick(GeneratorVocabulary.bands[rng.pick(options)]))
        case .amount:
            return .amount(tenths: s.tenths + 30 <= 94 && (s.tenths < 40 || rng.chance(0.5)) ? s.tenths + 30 : s.tenths - 30,
                           approximate: false)
        }
    }

    /// A plain claim about a span, with the time field its kind uses.
    mutating func claim(_ p: Int32, paper: Int32, value: CorpusPlan.Value, at time: CorpusPlan.Span, _ kind: Kind) -> CorpusPlan.Claim {
        var c = CorpusPlan.Claim(paper: paper, proposition: p, local: 0, value: value)
        c.time = time
        switch kind {
        case .amount: c.timeField = plan.propositions[Int(p)].undated ? .asOf : .period
        // Statuses are mostly attested as of a time; a few claims report the step being reached then.
        case .ladder: c.timeField = rng.chance(0.03) ? .event : .asOf
        default: c.timeField = rng.chance(0.2) ? .event : .asOf
        }
        c.stance = stance()
        return c
    }

    static func year(_ y: Int) -> CorpusPlan.Span {
        .init(start: CivilDate.day(year: y, month: 1, day: 1), end: CivilDate.day(year: y, month: 12, day: 31), text: String(y))
    }
}
