/// Each paper's position on a proposition in words, for `explain`: the paper's claims about
/// it combined (`Docs/findings.md`, "Positions"), so that a finding can be read against the
/// positions it compared.
enum PositionSummary {
    /// One line per paper among `papers` (in that order) that speaks to the proposition.
    static func lines(proposition key: String, papers: [String], in context: RuleContext) -> [String] {
        guard let g = context.index.groups.first(where: { $0.proposition.key == key }) else { return [] }
        let p = g.proposition
        return papers.compactMap { paper in
            let own = g.keys.indices.filter { g.keys[$0].plain && g.claims[$0].paper == paper }
            guard !own.isEmpty else { return nil }
            let said = own.map { "\(RuleContext.words(g.claims[$0], on: p)) for \(g.claims[$0].time.text)" }.joined(separator: "; ")
            return "  \(paper): \(said)" + (ladderPosition(g, own).map { " — combined: \($0)" } ?? "")
        }
    }

    /// A paper's status as its claims up to `end` combine, in words: `contracted, not
    /// delivered` when its own "not yet" bounds the step it reached, never `contracted or
    /// later` while the same paper says it has not been delivered (scenario S1).
    static func combinedStatus(_ claims: [Claim], upTo end: Int, on p: Proposition) -> String? {
        guard let l = p.ladder else { return nil }
        let top = l.steps.count - 1
        // The highest step reached (from the start of the earliest span it is reached in), and
        // the lowest "no further than" stated from then on.
        var lower = (step: 0, day: Int.min)
        var uppers: [(step: Int, day: Int, bound: Bool)] = []
        for c in claims where c.isPlainStatement && !c.reversal && c.time.start <= end {
            guard case .ladder(let r) = c.value else { continue }
            if r.lower > lower.step || (r.lower == lower.step && r.lower > 0 && c.time.start < lower.day) { lower = (r.lower, c.time.start) }
            if r.upper < top { uppers.append((r.upper, c.time.start, r.isWrittenAsBound)) }
        }
        let stated = uppers.filter { $0.day >= lower.day }
        let upper = stated.map(\.step).min() ?? top
        guard lower.step <= upper else { return nil }
        if lower.step == upper, upper < top, lower.step > 0, stated.contains(where: { $0.step == upper && $0.bound }) {
            return "\(l.steps[upper]), not \(l.steps[upper + 1])"
        }
        return l.describe(LadderRange(lower: lower.step, upper: upper, text: ""))
    }

    /// A paper's ladder claims combined: its highest lower bound and its lowest upper bound
    /// after it, as the step range they leave (`contracted`, `promised or later`).
    static func ladderPosition(_ g: ClaimIndex.Group, _ own: [Int]) -> String? {
        guard let l = g.proposition.ladder else { return nil }
        let top = l.steps.count - 1
        var lower = (step: 0, day: Int.min, start: Int.min)
        var uppers: [(step: Int, day: Int)] = []
        for i in own {
            guard case .ladder(let r) = g.claims[i].value, !g.claims[i].reversal else { continue }
            let k = g.keys[i]
            // The highest step reached, from the earliest day it is certain.
            if r.lower > lower.step || (r.lower == lower.step && r.lower > 0 && k.start < lower.start) { lower = (r.lower, k.end, k.start) }
            if r.upper < top { uppers.append((r.upper, k.start)) }
        }
        // The lowest "not beyond" the paper states from the span in which that step was reached on.
        let upper = (step: uppers.filter { $0.day >= lower.start }.map(\.step).min() ?? top, day: 0)
        guard lower.step <= upper.step else { return "inconsistent (at least '\(l.steps[lower.step])', at most '\(l.steps[upper.step])')" }
        let range = LadderRange(lower: lower.step, upper: upper.step, text: "")
        let from = lower.day == Int.min ? "" : " from \(CivilDate.iso(lower.day))"
        return "'\(l.describe(range))'\(from)"
    }
}
