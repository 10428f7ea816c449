/// A stated percentage change must follow from the figures it relates.
public struct PercentChangeRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "percent_change_arithmetic",
        name: "Percent Change Arithmetic",
        summary: "A stated percentage change is checked against the figures for the two periods it relates, or yields the figure of the period no paper gives.",
        rationale: """
        "Trade dropped from $4.9 billion to $4 billion, a decrease of about 17%" can be checked. \
        Both figures are read as the intervals they stand for, so the implied change is an \
        interval too; the stated change contradicts the figures only if the two intervals do not \
        overlap. The paper's own figures are used first; if it gives none, other papers' figures \
        for the same periods are used and named. A change that checks out is an informational \
        finding ("consistent within rounding"), kept out of the review queue; with only one of \
        the two figures known, the change implies the other, with the interval from both \
        roundings, shown as derived.
        """,
        kinds: [.arithmetic, .consistent, .derived],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2024-11"))
            claim a1
              about: trade.volume
              value: 4.9 billion USD
              period: 2022
              quote: "$4.9 billion in 2022"

            claim a2
              about: trade.volume
              value: 4.0 billion USD
              period: 2023
              quote: "$4.0 billion in 2023"

            claim a3
              about: trade.volume
              value: -30 %
              change: 2022 -> 2023
              quote: "a decrease of 30%"
            """, expect: [.init(.arithmetic, "a1", "a2", "a3")]),
            RuleExample("""
            \(RuleExample.paper("a", "2024-01"))
            claim a1
              about: trade.volume
              value: 2.0 billion USD
              period: 2022
              quote: "$2.0 billion in 2022"

            \(RuleExample.paper("b", "2024-11"))
            claim b1
              about: trade.volume
              value: 3.0 billion USD
              period: 2023
              quote: "$3.0 billion in 2023"

            claim b2
              about: trade.volume
              value: ~10 %
              change: 2022 -> 2023
              quote: "growth of about 10%"
            """, expect: [.init(.arithmetic, "a1", "b1", "b2")]),
            RuleExample("""
            \(RuleExample.paper("a", "2024-11"))
            claim a1
              about: trade.volume
              value: 4.9 billion USD
              period: 2022
              quote: "$4.9 billion in 2022"

            claim a2
              about: trade.volume
              value: ~4 billion USD
              period: 2023
              quote: "$4 billion in 2023"

            claim a3
              about: trade.volume
              value: ~-17 %
              change: 2022 -> 2023
              quote: "a decrease of about 17%"
            """, expect: [.init(.consistent, "a1", "a2", "a3")]),
            RuleExample("""
            \(RuleExample.paper("a", "2024-02"))
            claim a1
              about: trade.volume
              value: 4.0 billion USD
              period: 2023
              quote: "$4.0 billion in 2023"

            \(RuleExample.paper("b", "2025-09"))
            claim b1
              about: trade.volume
              value: 13 %
              change: 2023 -> 2024
              quote: "trade grew 13% in 2024"
            """, expect: [.init(.derived, "a1", "b1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022-07"))
            claim a1
              about: trade.volume
              value: ~10 %
              change: 2021-Q1 -> 2022-Q1
              quote: "grew by 10 percent during Q1"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2024-11"))
            claim a1
              about: trade.volume
              value: 4.9 billion USD
              period: 2022
              quote: "$4.9 billion in 2022"

            claim a2
              about: trade.volume
              value: ~10 %
              change: 2020 -> 2021
              quote: "trade grew about 10% in 2021"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        var out: [Flag] = []
        for g in context.index.groups where g.proposition.kind == .amount {
            // Changes are not plain statements: a group without one needs no table of figures.
            let changes = g.keys.indices.filter { !g.keys[$0].plain && g.claims[$0].isChange }
            guard !changes.isEmpty else { continue }
            var figures: [Period: [Claim]] = [:]
            for c in g.claims where c.isPlainStatement {
                if let p = c.period { figures[Period(start: p.start, end: p.end), default: []].append(c) }
            }
            for c in changes.map({ g.claims[$0] }) {
                guard let (from, to) = c.change, case .amount(let stated) = c.value else { continue }
                let a = figure(for: from, paper: c.paper, in: figures), b = figure(for: to, paper: c.paper, in: figures)
                if let a, let b {
                    if let f = check(c, stated, a, b, from, to, g.proposition, context) { out.append(f) }
                } else if let known = a ?? b {
                    out.append(derive(c, stated, known, toPeriod: a != nil ? to : from, forward: a != nil, g.proposition, context))
                }
            }
        }
        return out
    }

    /// The stated change against the change the two figures imply: arithmetic when the
    /// intervals do not overlap, consistent within rounding when they do.
    private func check(_ c: Claim, _ stated: Amount, _ a: Claim, _ b: Claim, _ from: TimeSpan, _ to: TimeSpan, _ p: Proposition,
                       _ context: RuleContext) -> Flag? {
        guard case .amount(let rawX) = a.value, case .amount(let rawY) = b.value else { return nil }
        let x = p.normalized(rawX), y = p.normalized(rawY)
        guard x.low > 0, x.high.isFinite, y.high.isFinite else { return nil }
        let lo = (y.low / x.high - 1) * 100, hi = (y.high / x.low - 1) * 100
        let others = [a, b].filter { $0.paper != c.paper }.map(\.paper)
        let source = others.isEmpty ? "the paper's own figures" : "figures from \(Set(others).sorted().joined(separator: ", "))"
        let facts = "\(context.cite(c)) states a change of \(stated.text) (\(Numbers.range(stated.low, stated.high, unit: "%"))) from \(from.text) to \(to.text), and \(source), \(x.text) and \(y.text), imply \(Numbers.range(lo, hi, unit: "%"))"
        if stated.high < lo || stated.low > hi {
            return Flag(rule: Self.description.identifier, kind: .arithmetic, severity: .medium, proposition: p.key,
                        claims: [a.id, b.id, c.id], why: "\(facts); the intervals do not overlap.")
        }
        return Flag(rule: Self.description.identifier, kind: .consistent, severity: .info, proposition: p.key,
                    claims: [a.id, b.id, c.id], why: "\(facts): consistent within rounding.")
    }

    /// The figure a stated change implies from one known figure, with the interval from both
    /// roundings: shown as derived, never queued.
    private func derive(_ c: Claim, _ stated: Amount, _ known: Claim, toPeriod: TimeSpan, forward: Bool, _ p: Proposition,
                        _ context: RuleContext) -> Flag {
        let x = p.normalized(known.amount!)
        let (lo, hi) = FigureDerivation.implied(from: x, change: stated, forward: forward)
        return Flag(rule: Self.description.identifier, kind: .derived, severity: .info, proposition: p.key,
                    claims: [known.id, c.id],
                    why: "\(context.cite(known)) gives \(x.text) for \(known.period!.text) and \(context.cite(c)) states a change of \(stated.text) from \(c.change!.from.text) to \(c.change!.to.text), which implies \(Numbers.range(lo, hi, unit: x.unit)) for \(toPeriod.text) (derived from both roundings; no paper gives that figure).",
                    idSubject: ["derived", c.id])
    }

    /// The days a figure's period covers: figures compare by these, not by how they are written.
    private struct Period: Hashable { var start: Int, end: Int }

    /// The figure for exactly this period: the paper's own first, then the earliest other paper's.
    private func figure(for period: TimeSpan, paper: String, in figures: [Period: [Claim]]) -> Claim? {
        let same = figures[Period(start: period.start, end: period.end)] ?? []
        return same.first { $0.paper == paper } ?? same.min { ($0.madeAt.start, $0.id) < ($1.madeAt.start, $1.id) }
    }
}
