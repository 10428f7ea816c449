/// A claim dated after its own paper was published (or after the date the paper prints).
public struct AnachronismRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "anachronism",
        name: "Anachronism",
        summary: "A claim's event, period or as-of date falls after its paper's publication date or the date the paper prints.",
        rationale: """
        A paper cannot report what happened after it was written: either the claim's date or the \
        paper's date is wrong. Forecasts are exempt. When the annotator dates a paper from its \
        contents because its printed date is wrong (`printed:`), claims after the printed date are \
        flagged so the discrepancy stays visible.
        """,
        kinds: [.anachronism],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022-03"))
            claim a1
              about: jets.transfer
              value: delivered
              event: 2022-07
              quote: "the jets arrived in July"
            """, expect: [.init(.anachronism, "a1")]),
            RuleExample("""
            \(RuleExample.paper("a", "~2022-07..2022-08", printed: "2022-03"))
            claim a1
              about: ties.nature
              value: tactical
              event: 2022-07-19
              quote: "at the 19 July summit they stayed tactical"
            """, expect: [.init(.anachronism, "a1")]),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022-08"))
            claim a1
              about: jets.transfer
              value: delivered
              event: 2022-07
              quote: "the jets arrived in July"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2022-08"))
            claim a1
              about: jets.transfer
              value: delivered
              by: 2023
              quote: "the jets will arrive next year"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        // Dates compared as numbers, claim by claim; only a claim dated after its paper is read.
        let papers = context.set.papers
        let published = papers.map(\.published.end)
        let printed = papers.map { $0.printed?.end ?? Int.max }
        let index = context.index
        return context.set.claims.indices.compactMap { i in
            let n = Int(index.paperOf[i]), start = index.startOf[i]
            guard n >= 0, start > published[n] || start > printed[n] else { return nil }
            let c = context.set.claims[i], paper = papers[n]
            guard c.by == nil else { return nil }
            if c.time.start > paper.published.end {
                return Flag(rule: Self.description.identifier, kind: .anachronism, severity: .high, proposition: c.about,
                            claims: [c.id],
                            why: "\(c.id) is dated \(c.time.text), after its paper \(paper.id) was published (\(paper.published.text)).")
            }
            if let printed = paper.printed, c.event ?? c.period ?? c.asOf != nil, c.time.start > printed.end {
                return Flag(rule: Self.description.identifier, kind: .anachronism, severity: .low, proposition: c.about,
                            claims: [c.id],
                            why: "\(c.id) is dated \(c.time.text), after the date its paper \(paper.id) prints (\(printed.text)); the annotation dates the paper \(paper.published.text) from its contents.")
            }
            return nil
        }
    }
}
