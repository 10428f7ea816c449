extension CorpusPlanner {
    /// A claim about a month of 2020-2024 (0 is 2020-01), as a round of its own after the others.
    mutating func addLateRound(_ p: Int32, _ kind: Kind, paper: Int32, value: CorpusPlan.Value, month: Int, asserted: Bool = false) -> Int32 {
        var c = claim(p, paper: paper, value: value, at: .month(360 + month), kind)
        if asserted { (c.stance, c.timeField) = (.asserted, .asOf) }
        let i = add(c)
        plan.propositions[Int(p)].rounds.append([i])
        return i
    }

    /// A forecast and the one later claim that settles it: borne out, missed, or (even odds) unresolved.
    mutating func addForecastWithEvidence(_ p: Int32, _ kind: Kind, _ s: State, variant chosen: Int? = nil) -> Bool {
        let variant = chosen ?? (kind == .ladder ? rng.below(4) : 4 + rng.below(2))
        if variant == 6 { return addDisputedForecast(p, kind) }
        guard let forecaster = paper(publishedIn: 0...(variant == 1 ? 46 : variant >= 4 ? 53 : 47)) else { return false }
        let a = month(of: forecaster)
        var f = CorpusPlan.Claim(paper: forecaster, proposition: p, local: 0, value: .ladder(6, 6))
        f.role = .forecast
        let evidenceMonth: Int, evidenceValue: CorpusPlan.Value, outcome: Flag.Kind
        switch variant {
        case 0, 2, 3:
            // Delivered by a year later, and reported delivered before then.
            f.by = .month(360 + a + 12)
            f.likelihood = variant == 2 ? 4 : variant == 3 ? 2 : rng.pick([nil, 5, 7, 8])
            evidenceMonth = a + 1 + rng.below(11)
            evidenceValue = .ladder(6, 6)
            outcome = variant == 2 ? .forecastNoCall : variant == 3 ? .forecastMissed : .forecastBorneOut
        case 1:
            // Delivered within six months, but still only contracted after the deadline.
            f.by = .month(360 + a + 6)
            f.likelihood = rng.pick([nil, 5])
            evidenceMonth = a + 7 + rng.below(6)
            evidenceValue = .ladder(5, 5)
            outcome = .forecastMissed
        default:
            // A term by a month, and a claim about that month that agrees or conflicts.
            let term = GeneratorVocabulary.families[s.family][0]
            f.value = .term(term)
            evidenceMonth = a + 1 + rng.below(6)
            f.by = .month(360 + evidenceMonth)
            f.likelihood = rng.pick([nil, 5])
            evidenceValue = variant == 4 ? .term(term) : Self.conflicting(.term(term))
            outcome = variant == 4 ? .forecastBorneOut : .forecastMissed
        }
        guard let witness = paper(publishedIn: evidenceMonth...59) else { return false }
        let forecast = add(f)
        let evidence = addLateRound(p, kind, paper: witness, value: evidenceValue, month: evidenceMonth)
        plan.propositions[Int(p)].designedForecasts[forecast] = (outcome, [evidence])
        return true
    }

    /// A forecast of delivery within a year that two papers of the same grade settle both
    /// ways: one reports it delivered before the horizon, the other only contracted after it.
    mutating func addDisputedForecast(_ p: Int32, _ kind: Kind) -> Bool {
        guard kind == .ladder, let forecaster = paper(publishedIn: 0...40) else { return false }
        let a = month(of: forecaster)
        let yesMonth = a + 1 + rng.below(11), noMonth = a + 13 + rng.below(6)
        guard let yes = paper(publishedIn: yesMonth...59) else { return false }
        let grade = plan.papers[Int(yes)].reliability
        var no: Int32?
        for _ in 0..<20 {
            if let w = paper(publishedIn: noMonth...59), w != yes, plan.papers[Int(w)].reliability == grade { no = w; break }
        }
        guard let no else { return false }
        var f = CorpusPlan.Claim(paper: forecaster, proposition: p, local: 0, value: .ladder(6, 6))
        f.role = .forecast
        f.by = .month(360 + a + 12)
        f.likelihood = rng.pick([nil, 5, 7])
        let forecast = add(f)
        let e1 = addLateRound(p, kind, paper: yes, value: .ladder(6, 6), month: yesMonth, asserted: true)
        let e2 = addLateRound(p, kind, paper: no, value: .ladder(5, 5), month: noMonth, asserted: true)
        plan.propositions[Int(p)].designedForecasts[forecast] = (.forecastDisputed, [e1, e2])
        return true
    }

    /// Each party's step to contracted (east first, west two to six months later) and, between
    /// them, a claim of that step that names no party: the whole reaches contracted when west
    /// does, and the claim between could mean either (`Docs/findings.md`, parties).
    mutating func addPartySteps(_ p: Int32) -> Bool {
        let east = rng.below(40), west = east + 2 + rng.below(5), between = east + 1 + rng.below(west - east - 1)
        guard let a = paper(publishedIn: east...59), let b = paper(publishedIn: west...59), let c = paper(publishedIn: between...59) else { return false }
        func step(_ paper: Int32, _ month: Int, party: Int?) -> Int32 {
            var x = CorpusPlan.Claim(paper: paper, proposition: p, local: 0, value: .ladder(5, 5))
            (x.time, x.timeField, x.stance, x.party) = (.month(360 + month), .asOf, .asserted, party)
            if party != nil { x.role = .party }
            return add(x)
        }
        plan.propositions[Int(p)].parties = (step(a, east, party: 0), step(b, west, party: 1), step(c, between, party: nil))
        return true
    }

    /// A claim dated a month or two after its paper appeared.
    mutating func addAnachronism(_ p: Int32, _ kind: Kind, _ s: State) -> Bool {
        guard let writer = paper(publishedIn: 0...56) else { return false }
        _ = addLateRound(p, kind, paper: writer, value: majority(s, kind), month: month(of: writer) + 1 + rng.below(2))
        return true
    }

    /// A claim dated after the date its paper prints, though within the estimated publication span.
    mutating func addPrintedAnachronism(_ p: Int32, _ kind: Kind, _ s: State) -> Bool {
        let writer = rng.pick(estimated)
        let printed = CorpusPlan.Span.monthIndex(ofDay: plan.papers[Int(writer)].printed!.start) - 360
        _ = addLateRound(p, kind, paper: writer, value: majority(s, kind), month: printed + 1)
        return true
    }

    /// When a special cannot be placed (too few papers): its claims as one more round, in
    /// January 2020, which no paper predates.
    mutating func addFiller(_ p: Int32, _ kind: Kind, _ s: State, count: Int) {
        var round: [Int32] = []
        for _ in 0..<min(count, plan.papers.count) {
            round.append(add(claim(p, paper: nextPaper(), value: majority(s, kind), at: .month(360), kind)))
        }
        if !round.isEmpty { plan.propositions[Int(p)].rounds.append(round) }
    }
}
