/// A stated percentage change must follow from the figures it relates.
public struct PercentChangeRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "percent_change_arithmetic",
        name: "Percent Change Arithmetic",
        summary: "A stated percentage change does not follow from the figures for the two periods it relates.",
        rationale: """
        "Trade dropped from $4.9 billion to $4 billion, a decrease of about 17%" can be checked. \
        Both figures are read as the intervals they stand for, so the implied change is an \
        interval too; the stated change contradicts the figures only if the two intervals do not \
        overlap. The paper's own figures are used first; if it gives none, other papers' figures \
        for the same periods are used and named.
        """,
        kinds: [.arithmetic],
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
        ],
        nonTriggeringExamples: [
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
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2022-07"))
            claim a1
              about: trade.volume
              value: ~10 %
              change: 2021-Q1 -> 2022-Q1
              quote: "grew by 10 percent during Q1"
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
                guard let a = figure(for: from, paper: c.paper, in: figures),
                      let b = figure(for: to, paper: c.paper, in: figures),
                      case .amount(let x) = a.value, case .amount(let y) = b.value, x.low > 0 else { continue }
                let lo = (y.low / x.high - 1) * 100, hi = (y.high / x.low - 1) * 100
                guard stated.high < lo || stated.low > hi else { continue }
                let others = [a, b].filter { $0.paper != c.paper }.map(\.paper)
                let source = others.isEmpty ? "the paper's own figures" : "figures from \(Set(others).sorted().joined(separator: ", "))"
                out.append(Flag(
                    rule: Self.description.identifier, kind: .arithmetic, severity: .medium, proposition: g.proposition.key,
                    claims: [a.id, b.id, c.id],
                    why: "\(context.cite(c)) states a change of \(stated.text) (\(Numbers.range(stated.low, stated.high, unit: "%"))) from \(from.text) to \(to.text), but \(source), \(x.text) and \(y.text), imply \(Numbers.range(lo, hi, unit: "%")); the intervals do not overlap."))
            }
        }
        return out
    }

    /// The days a figure's period covers: figures compare by these, not by how they are written.
    private struct Period: Hashable { var start: Int, end: Int }

    /// The figure for exactly this period: the paper's own first, then the earliest other paper's.
    private func figure(for period: TimeSpan, paper: String, in figures: [Period: [Claim]]) -> Claim? {
        let same = figures[Period(start: period.start, end: period.end)] ?? []
        return same.first { $0.paper == paper } ?? same.min { ($0.madeAt.start, $0.id) < ($1.madeAt.start, $1.id) }
    }
}
