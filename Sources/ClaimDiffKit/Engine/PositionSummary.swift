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

    /// A combined position in words: `contracted, not delivered`, `promised or contracted, not
    /// delivered`, `mou-signed to under-way, not implemented`, `contracted or later`, `before
    /// delivered`; the step above is named when a "not yet" bounds it, so that a paper that
    /// says it has not been delivered never reads `contracted or later` (scenario S1).
    static func words(lower: Int, upper: Int, statedAsBound: Bool, on l: Ladder) -> String {
        let top = l.steps.count - 1
        guard lower > 0, upper < top, statedAsBound else { return l.describe(LadderRange(lower: lower, upper: upper, text: "")) }
        let reached = lower == upper ? l.steps[lower] : upper == lower + 1 ? "\(l.steps[lower]) or \(l.steps[upper])" : "\(l.steps[lower]) to \(l.steps[upper])"
        return "\(reached), not \(l.steps[upper + 1])"
    }

    /// A paper's ladder claims combined: its highest lower bound and its lowest upper bound
    /// after it, as the step range they leave (`contracted`, `promised or later`).
    static func ladderPosition(_ g: ClaimIndex.Group, _ own: [Int]) -> String? {
        guard let l = g.proposition.ladder else { return nil }
        let spans = own.compactMap { i -> Span? in
            guard case .ladder(let r) = g.claims[i].value, !g.claims[i].reversal else { return nil }
            return Span(range: r, start: g.keys[i].start, end: g.keys[i].end)
        }
        let x = combine(spans, top: l.steps.count - 1)
        guard x.lower <= x.upper else { return "inconsistent (at least '\(l.steps[x.lower])', at most '\(l.steps[x.upper])')" }
        let from = x.from.map { " from \(CivilDate.iso($0))" } ?? ""
        return "'\(l.describe(LadderRange(lower: x.lower, upper: x.upper, text: "")))'\(from)"
    }

    /// A ladder claim's range and span, as the combination reads it.
    struct Span {
        var range: LadderRange
        var start: Int
        var end: Int
    }

    /// The highest step reached (from the earliest span it is reached in; `from` is that span's
    /// end, when a step above the first is reached), and the lowest "no further than" stated
    /// from that span's start on; `statedAsBound` when that lowest one is written as a bound.
    static func combine(_ spans: [Span], top: Int) -> (lower: Int, from: Int?, upper: Int, statedAsBound: Bool) {
        var lower: Span?
        for s in spans where s.range.lower > (lower?.range.lower ?? 0) || (lower.map { s.range.lower == $0.range.lower && s.start < $0.start } ?? false) {
            lower = s
        }
        let stated = spans.filter { $0.range.upper < top && $0.start >= (lower?.start ?? Int.min) }
        let upper = stated.map(\.range.upper).min() ?? top
        return (lower?.range.lower ?? 0, lower?.end, upper, stated.contains { $0.range.upper == upper && $0.range.isWrittenAsBound })
    }
}
