/// A claim dated after its own paper was published (or after the date the paper prints).
public struct AnachronismRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "anachronism",
        name: "Anachronism",
        summary: "Claims dated after their paper's publication date, or after the date the paper prints: one finding per paper, listing them.",
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
            RuleExample("""
            \(RuleExample.paper("a", "~2022-07..2022-08", printed: "2022-03"))
            claim a1
              about: ties.nature
              value: tactical
              event: 2022-07-19
              quote: "at the 19 July summit they stayed tactical"

            claim a2
              about: jets.transfer
              value: promised
              event: 2022-07
              quote: "in July the jets were promised"
            """, expect: [.init(.anachronism, "a1", "a2")]),
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
        // One finding per paper and kind of anomaly (after publication, after the printed date).
        var late: [Int: [Claim]] = [:], afterPrinted: [Int: [Claim]] = [:]
        for i in context.set.claims.indices {
            let n = Int(index.paperOf[i]), start = index.startOf[i]
            guard n >= 0, start > published[n] || start > printed[n] else { continue }
            let c = context.set.claims[i], paper = papers[n]
            guard c.by == nil else { continue }
            if c.time.start > paper.published.end {
                late[n, default: []].append(c)
            } else if paper.printed != nil, c.event ?? c.period ?? c.asOf != nil {
                afterPrinted[n, default: []].append(c)
            }
        }
        // One loop for both anomalies: the paper, its claims, the wording and the severity differ.
        var out: [Flag] = []
        for (anomalies, printedDate) in [(late, false), (afterPrinted, true)] {
            for (n, cs) in anomalies.sorted(by: { $0.key < $1.key }) {
                let paper = papers[n], claims = cs.sorted { ($0.time.start, $0.id) < ($1.time.start, $1.id) }
                let list = claims.map { "\($0.id) (\($0.time.text))" }.joined(separator: ", ")
                let which = "\(claims.count == 1 ? "a claim" : "\(claims.count) claims") of \(paper.id) \(claims.count == 1 ? "is" : "are")"
                let why = printedDate
                    ? "\(which) dated after the date the paper prints (\(paper.printed!.text)): \(list); the annotation dates the paper \(paper.published.text) from its contents, so one anomaly of the printed date, not one per claim."
                    : "\(which) dated after the paper was published (\(paper.published.text)): \(list)."
                out.append(Flag(rule: Self.description.identifier, kind: .anachronism, severity: printedDate ? .low : .high,
                                proposition: claims[0].about, claims: claims.map(\.id), why: why,
                                idSubject: ["anachronism", paper.id, printedDate ? "printed" : "published"]))
            }
        }
        return out
    }
}
