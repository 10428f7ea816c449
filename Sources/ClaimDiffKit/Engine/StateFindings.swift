/// The findings of category and likelihood propositions, whose values are states that hold
/// for a while (`Docs/findings.md`, "States"): dissent between sources about the same time,
/// updates, contradictions of a claimed continuity and unexplained changes between a state
/// and the next different one, and one consensus per run of the same state.
struct StateFindings {
    let group: ClaimIndex.Group
    let rule: String
    /// The plain claims' positions in the group, ordered by time start.
    let plain: [Int]

    /// Each plain claim's state: its place among the group's distinct values.
    let state: [Int]
    /// The distinct values, and whether two of them are different states (computed once a group).
    let distinct: [ClaimValue]
    let differs: [[Bool]]
    /// Each distinct value's consensus key: its equivalence class's first term, or a call.
    let runKey: [String]

    /// Plain claims that describe something fixed at an event (`fixed-at:`): compared with
    /// each other whatever their dates, and kept out of the comparisons over time.
    let fixedAt: [Int]

    init(_ group: ClaimIndex.Group, rule: String) {
        self.group = group
        self.rule = rule
        let all = group.keys.indices.filter { group.keys[$0].plain }
        // The rare-field box is read only for claims that have one (not plain claims' common case).
        let fixed = all.filter { group.claims[$0].fixedAt != nil }
        fixedAt = fixed
        plain = fixed.isEmpty ? all : all.filter { group.claims[$0].fixedAt == nil }
        keys = plain.map { group.keys[$0] }
        var at: [ClaimValue: Int] = [:]
        var distinct: [ClaimValue] = []
        state = plain.map { i in
            let v = group.claims[i].value
            if let n = at[v] { return n }
            at[v] = distinct.count
            distinct.append(v)
            return distinct.count - 1
        }
        self.distinct = distinct
        let p = group.proposition
        let calls = distinct.map { Self.call($0, on: p) }
        differs = distinct.indices.map { x in distinct.indices.map { y in Self.differ(distinct[x], distinct[y], calls[x], calls[y], on: p) } }
        runKey = distinct.indices.map { n in
            switch distinct[n] {
            case .term(let t): return p.equivalenceClass(t).sorted()[0]
            default: return calls[n] == 0 ? "possible" : calls[n]! > 0 ? "above" : "below"
            }
        }
    }

    static func call(_ v: ClaimValue, on p: Proposition) -> Int? {
        guard case .likelihood(let t) = v else { return nil }
        guard let b = p.scale?.band(t) else { return 0 }
        return b.low >= 50 ? 1 : b.high <= 50 ? -1 : 0
    }

    static func differ(_ x: ClaimValue, _ y: ClaimValue, _ cx: Int?, _ cy: Int?, on p: Proposition) -> Bool {
        switch (x, y) {
        case (.term(let a), .term(let b)): return !p.relation(a, b).agrees
        case (.likelihood, .likelihood): return (cx ?? 0) * (cy ?? 0) < 0
        default: return false
        }
    }

    var proposition: Proposition { group.proposition }

    /// A likelihood judgement's call: 1 above 50%, -1 below, 0 when its band straddles 50%
    /// (or has no band); nil for a category term.
    func call(_ v: ClaimValue) -> Int? { Self.call(v, on: proposition) }

    /// Whether two values are different states: category terms that are neither the same,
    /// equivalent nor compatible; judgements that make opposite calls.
    func differ(_ x: ClaimValue, _ y: ClaimValue) -> Bool { Self.differ(x, y, call(x), call(y), on: proposition) }

    /// Whether the plain claims at two positions (of `plain`) hold different states.
    private func differ(at i: Int, _ j: Int) -> Bool { differs[state[i]][state[j]] }

    /// Why two values differ, in words.
    func difference(_ x: ClaimValue, _ y: ClaimValue) -> String {
        switch (x, y) {
        case (.term(let a), .term(let b)):
            return proposition.relation(a, b) == .excluded ? "the vocabulary declares '\(a)' and '\(b)' mutually exclusive"
                : "the vocabulary declares '\(a)' and '\(b)' neither equivalent nor compatible, so they are different states"
        case (.likelihood(let a), .likelihood(let b)):
            let s = proposition.scale!, ba = s.band(a)!, bb = s.band(b)!
            return "the \(s.name) bands '\(a)' (\(ba.text)) and '\(b)' (\(bb.text)) make opposite calls about 50%"
        default: return "values of different kinds"
        }
    }

    func flags() -> [Flag] {
        proposition.fixed ? fixedFacts(plain) + consensus() : dissent() + changes() + consensus() + fixedFacts(fixedAt)
    }

    private func claim(_ i: Int) -> Claim { group.claims[plain[i]] }
    /// The plain claims' keys, in `plain`'s order.
    private let keys: [SweepKey]

    /// Different states from two sources for overlapping times.
    func dissent() -> [Flag] {
        var out: [Flag] = []
        let p = proposition, state = self.state
        PairSweep.overlapping(keys, samePaper: false, sameValue: { state[$0] == state[$1] }) { i, j in
            guard differ(at: i, j) else { return }
            let (x, y) = (claim(i), claim(j))
            // A claim that reports the change (`since:`) and dates it no earlier than the other
            // claim's time: the two may both hold, one before the change and one after it.
            let swap = x.since != nil && x.since!.end >= y.time.start && (y.since == nil || y.since!.end < x.time.start)
            let (a, b) = swap ? (y, x) : (x, y)
            if let since = b.since, a.time.start <= since.end {
                out.append(Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, pair: a.id, b.id,
                                why: "\(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) and reports the change (since \(since.text)), which may come after \(RuleContext.cite(a)) said \(RuleContext.words(a, on: p)): a reported change of state, an update, not dissent."))
                return
            }
            let why = difference(a.value, b.value)
            let weak = [a, b].first { $0.stance != .asserted }
            out.append(Flag(rule: rule, kind: .dissent, severity: weak == nil ? .medium : .low, proposition: p.key, pair: a.id, b.id,
                            why: "\(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)) and \(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) for overlapping times: two sources disagree about the same time (dissent); \(why)." + (weak.map { " It rests on \($0.id), which the paper \(RuleContext.stanceWords($0))." } ?? "")))
        }
        return out
    }

    /// Each claim against the latest different claims of other papers that end before it starts.
    ///
    /// One change finding of each kind is kept per pair of papers (earlier, later): the one
    /// whose later claim comes first, then the earlier claim by id. A paper that restates a
    /// view in several claims changes the assessment once.
    func changes() -> [Flag] {
        struct Pair: Hashable { var kind: Flag.Kind; var from: Int32; var to: Int32 }
        var kept: [Pair: (rank: (Int, Int32, Int32), flag: Flag)] = [:]
        var order: [Pair] = []
        func keep(_ f: Flag, _ m: Int, _ n: Int) {
            let pair = Pair(kind: f.kind, from: keys[m].paper, to: keys[n].paper), rank = (keys[n].start, keys[n].row, keys[m].row)
            if let k = kept[pair] {
                if rank < k.rank { kept[pair] = (rank, f) }
            } else {
                kept[pair] = (rank, f)
                order.append(pair)
            }
        }
        let keys = self.keys, p = proposition, window = p.persistence
        let source = window.declared ? "the window \(p.key) declares" : "the default window for \(p.kind.rawValue) propositions"
        PairSweep.successive(keys, otherPapers: true) { m, n in
            let k = keys[n]
            guard differ(at: m, n) else { return }
            let a = claim(m), b = claim(n)
            func add(_ f: Flag) { keep(f, m, n) }
            let words = "\(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) after \(RuleContext.cite(a)) said \(RuleContext.words(a, on: p))"
            let gapDays = k.start - keys[m].end
            let gap = gapDays >= 60 ? "\((gapDays * 12 + 182) / 365) months later" : "\(gapDays) day\(gapDays == 1 ? "" : "s") later"
            let weak = [a, b].first { $0.stance != .asserted }
            if let since = b.since {
                if a.time.start <= since.end {
                    add(Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, pair: a.id, b.id,
                                    why: "\(words), and reports the change (since \(since.text)): a reported change of state, an update, not a contradiction."))
                } else {
                    add(Flag(rule: rule, kind: .dissent, severity: weak == nil ? .medium : .low, proposition: p.key, pair: a.id, b.id,
                                    why: "\(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)) for a time after \(since.text), since when \(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) has held: two sources disagree about the same time (dissent); \(difference(a.value, b.value))."))
                }
            } else if gapDays > window.days {
                add(Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, pair: a.id, b.id,
                                why: "\(words), \(gap), beyond the \(window.months)-month window a state is taken to hold (\(source)): the assessment changed over time, an update, not a contradiction."))
            } else if b.continues {
                add(Flag(rule: rule, kind: weak == nil ? .contradiction : .disputedReport, severity: weak == nil ? .medium : .low,
                                proposition: p.key, pair: a.id, b.id,
                                why: "\(words), \(gap), inside the \(window.months)-month window a state is taken to hold (\(source)); \(b.id) asserts continuity and reports no change, so the two contradict; \(difference(a.value, b.value))."))
            } else {
                add(Flag(rule: rule, kind: .unexplainedChange, severity: .low, proposition: p.key, pair: a.id, b.id,
                                why: "\(words), \(gap), inside the \(window.months)-month window a state is taken to hold (\(source)), and no paper reports a change: an unexplained change for review; \(difference(a.value, b.value))."))
            }
        }
        return order.map { kept[$0]!.flag }
    }

    /// A fixed fact: different states are a contradiction whatever the claims' dates. On a
    /// proposition declared `fixed: yes` every claim is compared; otherwise claims marked
    /// `fixed-at:` are compared with those fixed at an overlapping event.
    func fixedFacts(_ members: [Int]) -> [Flag] {
        var out: [Flag] = []
        let p = proposition
        for (n, i) in members.enumerated() {
            for j in members[(n + 1)...] where group.keys[i].paper != group.keys[j].paper {
                let a = group.claims[i], b = group.claims[j]
                if !p.fixed, let x = a.fixedAt, let y = b.fixedAt, !x.overlaps(y) { continue }
                guard differ(a.value, b.value) else { continue }
                let weak = [a, b].first { $0.stance != .asserted }
                out.append(Flag(rule: rule, kind: weak == nil ? .contradiction : .disputedReport, severity: weak == nil ? .medium : .low,
                                proposition: p.key, pair: a.id, b.id,
                                why: "\(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)) and \(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) about a fact fixed at its event (\(p.fixed ? "\(p.key) is declared fixed" : "both are fixed at \(a.fixedAt!.text)")), so their dates do not matter; \(difference(a.value, b.value))."))
            }
        }
        return out
    }

    /// One consensus per run of the same state (a term or its equivalents; a call) from two or
    /// more sources (`SourceIndex`); a judgement that makes no call joins every run its time overlaps.
    func consensus() -> [Flag] {
        let p = proposition, g = group
        let order = plain.sorted { (g.keys[$0].end, g.keys[$0].start, g.keys[$0].row) < (g.keys[$1].end, g.keys[$1].start, g.keys[$1].row) }
        var position: [Int: Int] = [:]
        for (n, i) in plain.enumerated() { position[i] = n }
        func key(_ i: Int) -> String { runKey[state[position[i]!]] }
        let calling = order.filter { key($0) != "possible" }
        var representative: [String: Int] = [:]
        for i in calling where representative[key(i)] == nil { representative[key(i)] = state[position[i]!] }
        let fixed = p.fixed
        var runs = ConsensusRuns.runs(
            calling, span: { fixed ? (0, 0) : (g.keys[$0].start, g.keys[$0].end) }, paper: { g.keys[$0].paper }, key: key,
            ends: { k, c in differs[representative[k]!][state[position[c]!]] }, joins: { _, _ in true })
            // Two or more papers and two or more sources: papers relaying one statement agree on what was said.
            .filter { g.sourceCount(of: $0) >= 2 }
        if p.kind == .likelihood {
            // Judgements that make no call dissent from nobody: they join the runs they overlap.
            let possible = order.filter { key($0) == "possible" }
            for r in runs.indices {
                let lo = runs[r].map { g.keys[$0].start }.min()!, hi = runs[r].map { g.keys[$0].end }.max()!
                runs[r] += possible.filter { g.keys[$0].start <= hi && lo <= g.keys[$0].end }
            }
        }
        return runs.map { run in
            let members = run.sorted { (g.keys[$0].start, g.keys[$0].row) < (g.keys[$1].start, g.keys[$1].row) }
            let claims = members.map { g.claims[$0] }
            let first = claims[0], last = claims.max { ($0.time.end, $0.id) < ($1.time.end, $1.id) }!
            let said = claims.map { RuleContext.words($0, on: p) }.uniquedInOrder
            let view: String
            if p.kind == .likelihood {
                let k = key(run[0])
                let makers = Set(members.filter { key($0) != "possible" }.map { g.sources[$0] }).count
                let possible = Set(members.filter { key($0) == "possible" }.map { g.sources[$0] }).count
                let holding = possible == 0 ? "" : " and \(possible) hold\(possible == 1 ? "s" : "") it possible"
                view = "\(makers) \(makers == 1 ? "judges" : "judge") it \(k == "above" ? "more likely than not" : "less likely than not")\(holding) (\(said.joined(separator: ", ")))"
            } else {
                view = "agree on \(said.joined(separator: " = "))"
            }
            return Flag(rule: rule, kind: .consensus, severity: .info, proposition: p.key, claims: claims.map(\.id),
                        why: "\(g.sourceIndex.words(claims))\(p.kind == .likelihood ? ":" : "") \(view) from \(first.time.text) to \(last.time.text), and no paper gives a different state between them.",
                        // The run's first claim that makes the call: a judgement that makes none can join two runs.
                        idSubject: ["consensus", g.claims[run[0]].id])
        }
    }
}
