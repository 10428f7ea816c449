/// The one pass over every proposition's claims that finds, for each diff, what was held at
/// each of its two dates, and whether the view changed.
extension DiffReport {
    /// For each pair of dates, the items of each change (by its raw value), each list in kind
    /// order, then key order. One pass over each proposition's claims serves every pair: a
    /// claim counts from the first of the dates by which it was made and speaks of a time.
    static func items(_ r: ReportContext, pairs: [(from: TimeSpan, to: TimeSpan)]) -> [[[Item]]] {
        let order: [Proposition.Kind] = [.ladder, .amount, .category, .likelihood]
        let rank = r.rules.index.groups.map { order.firstIndex(of: $0.proposition.kind)! }
        // Groups are in key order already: by kind, then by place; in chunks on every core.
        let sorted = r.rules.index.groups.indices.sorted(by: { (rank[$0], $0) < (rank[$1], $1) })
        let parts = Parallel.chunks(sorted.count, chunk: max(1, sorted.count / 8)) { range in items(r, pairs: pairs, groups: sorted[range]) }
        var out: [[[Item]]] = Array(repeating: [[], [], [], []], count: pairs.count)
        for part in parts {
            for i in pairs.indices { for c in 0..<4 { out[i][c] += part[i][c] } }
        }
        return out
    }

    /// What the headline choice needs of one plain claim, read from it once.
    struct Row {
        /// The claim's place in its group.
        var index: Int
        var end: Int
        var made: Int
        /// The first of the dates by which it was made and speaks of a time (`dates.count` if none).
        var first: Int
        var specificity: Double
        var asserted: Bool
        /// Marked as one of its paper's key judgements.
        var key: Bool
        /// Its period's days, for figures; `Int.max` when it has none.
        var periodStart: Int, periodEnd: Int
    }

    static func items(_ r: ReportContext, pairs: [(from: TimeSpan, to: TimeSpan)], groups order: ArraySlice<Int>) -> [[[Item]]] {
        var out: [[[Item]]] = Array(repeating: [[], [], [], []], count: pairs.count)
        let dates = Array(Set(pairs.flatMap { [$0.from.end, $0.to.end] })).sorted()
        let fromAt = pairs.map { dates.firstIndex(of: $0.from.end)! }, toAt = pairs.map { dates.firstIndex(of: $0.to.end)! }
        let groups = r.rules.index.groups
        var best = [Int](repeating: -1, count: dates.count)
        var newer = [Bool](repeating: false, count: pairs.count)
        var rows: [Row] = []
        for n in order {
            let g = groups[n]
            let p = g.proposition
            let claims = g.claims
            let isAmount = p.kind == .amount
            // Each plain claim read once; figures then sorted into runs by period (undated last),
            // each run in group order.
            rows.removeAll(keepingCapacity: true)
            for i in claims.indices where claims[i].isPlainStatement {
                let made = claims[i].madeAt.end, start = claims[i].time.start
                var first = 0
                while first < dates.count && !(dates[first] >= made && dates[first] >= start) { first += 1 }
                var row = Row(index: i, end: claims[i].time.end, made: made, first: first, specificity: Assessment.specificity(claims[i]),
                              asserted: claims[i].stance == .asserted, key: claims[i].isKeyJudgement, periodStart: .max, periodEnd: .max)
                if isAmount, let period = claims[i].period { (row.periodStart, row.periodEnd) = (period.start, period.end) }
                rows.append(row)
            }
            if isAmount { rows.sort { ($0.periodStart, $0.periodEnd, $0.index) < ($1.periodStart, $1.periodEnd, $1.index) } }
            // Whether row `c` makes a better headline than row `b` (`Assessment.better`).
            func better(_ c: Int, than b: Int) -> Bool {
                guard b >= 0 else { return true }
                let x = rows[c], y = rows[b]
                if x.end != y.end { return x.end > y.end }
                if x.key != y.key { return x.key }
                return (x.specificity, x.asserted ? 0 : 1, -x.made) < (y.specificity, y.asserted ? 0 : 1, -y.made)
                    || ((x.specificity, x.asserted ? 0 : 1, -x.made) == (y.specificity, y.asserted ? 0 : 1, -y.made)
                        && claims[x.index].id < claims[y.index].id)
            }
            var lo = 0
            while lo < rows.count || (lo == 0 && isAmount) {
                var hi = lo
                if isAmount {
                    while hi < rows.count && rows[hi].periodStart == rows[lo].periodStart && rows[hi].periodEnd == rows[lo].periodEnd { hi += 1 }
                } else {
                    hi = rows.count
                }
                // Figures: the undated run comes last, even when empty.
                let period: TimeSpan? = lo < rows.count && rows[lo].periodStart != .max ? claims[rows[lo].index].period : nil
                for d in best.indices { best[d] = -1 }
                for i in newer.indices { newer[i] = false }
                for k in lo..<hi where rows[k].first < dates.count {
                    let first = rows[k].first
                    for d in first..<dates.count where better(k, than: best[d]) { best[d] = k }
                    for i in pairs.indices where first <= toAt[i] && rows[k].made > pairs[i].from.end { newer[i] = true }
                }
                for i in pairs.indices {
                    guard best[toAt[i]] >= 0 else { continue }
                    let after = claims[rows[best[toAt[i]]].index]
                    guard best[fromAt[i]] >= 0 else {
                        out[i][Change.new.rawValue].append(Item(key: p.key, title: p.title, period: period, before: nil, after: after, change: .new))
                        continue
                    }
                    let before = claims[rows[best[fromAt[i]]].index]
                    // No later claim, or later papers spoke only of earlier times: the view
                    // held at the later date is still an earlier paper's, not mentioned again.
                    if !newer[i] || after.madeAt.end <= pairs[i].from.end {
                        out[i][Change.dropped.rawValue].append(Item(key: p.key, title: p.title, period: period, before: before, after: nil, change: .dropped))
                        continue
                    }
                    let change: Change = changed(before, after, p) ? .changed : .unchanged
                    out[i][change.rawValue].append(Item(key: p.key, title: p.title, period: period, before: before, after: after, change: change))
                }
                if period == nil { break }
                lo = hi
            }
        }
        return out
    }

    /// Whether the held view changed: `compare`'s verdict without its words.
    static func changed(_ a: Claim, _ b: Claim, _ p: Proposition) -> Bool {
        if case .ladder(let x) = a.value, case .ladder(let y) = b.value {
            return !(x == y || (x.lower == y.lower && x.upper == y.upper))
        }
        // Another term, even a compatible one, is a restatement, as another range on a ladder is.
        // Likelihoods change only with the call (Docs/findings.md: 'likely' and 'will' agree;
        // 'doubtful' to 'could', which makes none, is a change).
        if case .term(let x) = a.value, case .term(let y) = b.value { return ![.same, .equivalent].contains(p.relation(x, y)) }
        if let calls = calls(a, b, p) { return calls.0 != calls.1 }
        return ValueComparison.compare(a, b, on: p).outcome != .agree
    }

    /// Whether a changed view was only restated: a compatible term, or a ladder range consistent
    /// with the earlier one whose lowest step did not rise.
    static func restated(_ a: Claim, _ b: Claim, _ p: Proposition) -> Bool {
        if case .ladder(let x) = a.value, case .ladder(let y) = b.value { return !y.isAbove(x) && !x.isAbove(y) && y.lower <= x.lower }
        if case .term(let x) = a.value, case .term(let y) = b.value { return p.relation(x, y) == .compatible }
        return false
    }

    /// Whether the held view changed, and how, in words.
    static func compare(_ a: Claim, _ b: Claim, _ p: Proposition) -> (Bool, String) {
        if case .ladder(let x) = a.value, case .ladder(let y) = b.value {
            let l = p.ladder!
            if x == y || (x.lower == y.lower && x.upper == y.upper) { return (false, "") }
            if y.isAbove(x) { return (true, "The status moved forward on the ladder \(l.steps.joined(separator: " < ")): from \(l.describe(x)) to \(l.describe(y)).") }
            if x.isAbove(y) { return (true, "The status stepped back on the ladder \(l.steps.joined(separator: " < ")): from \(l.describe(x)) to \(l.describe(y)).") }
            if y.lower > x.lower { return (true, "The status moved forward on the ladder \(l.steps.joined(separator: " < ")): from \(l.describe(x)) to \(l.describe(y)) (the lowest step it can be at rose).") }
            return (true, "The status was restated from \(l.describe(x)) to \(l.describe(y)) (consistent ranges on the ladder \(l.steps.joined(separator: " < "))).")
        }
        if case .term(let x) = a.value, case .term(let y) = b.value, p.relation(x, y) == .compatible {
            return (true, "The view was restated from \(x) to \(y), terms the vocabulary declares compatible.")
        }
        let cmp = ValueComparison.compare(a, b, on: p)
        if let (x, y) = calls(a, b, p) {
            let word = { (c: Int) in c > 0 ? "more likely than not" : c < 0 ? "less likely than not" : "no call either way" }
            if x == y { return (false, "") }
            return (true, "The judgement changed from \(a.value.text) (\(word(x))) to \(b.value.text) (\(word(y))): " + cmp.reason + ".")
        }
        switch cmp.outcome {
        case .agree: return (false, cmp.reason)
        case .conflict: return (true, "The view changed from \(a.value.text) to \(b.value.text): \(cmp.reason).")
        case .unrelated: return (true, "The view changed from \(a.value.text) to \(b.value.text); \(cmp.reason).")
        }
    }

    /// The calls two likelihoods make: 1 above even, -1 below, 0 for a band across 50%.
    static func calls(_ a: Claim, _ b: Claim, _ p: Proposition) -> (Int, Int)? {
        guard case .likelihood(let x) = a.value, case .likelihood(let y) = b.value,
              let s = p.scale, let bx = s.band(x), let by = s.band(y) else { return nil }
        return (call(bx), call(by))
    }

    static func call(_ b: Scale.Band) -> Int { b.high <= 50 ? -1 : b.low >= 50 ? 1 : 0 }
}
