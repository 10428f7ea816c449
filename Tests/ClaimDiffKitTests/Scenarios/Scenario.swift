import Testing
@testable import ClaimDiffKit

/// The scenarios of `shared/scenarios.md`, written in the annotation language: a corpus of
/// papers about Arvania and Belmark on the scenarios' shared vocabulary, run through every
/// rule, and the exact set of findings it raises.
enum Scenario {
    /// A finding as the scenarios state it: kind, rule and claim ids (sorted).
    struct Finding: Hashable, CustomStringConvertible {
        var kind: Flag.Kind
        var rule: String
        var claims: [String]

        init(_ kind: Flag.Kind, _ rule: String, _ claims: String...) {
            self.kind = kind
            self.rule = rule
            self.claims = claims.sorted()
        }

        init(_ f: Flag) {
            kind = f.kind
            rule = f.rule
            claims = f.claims.sorted()
        }

        var description: String { "\(kind.rawValue)/\(rule)(\(claims.joined(separator: ", ")))" }
    }

    static let vocabulary = """
    ladder transfer
      steps: none < interest < requested < discussed < promised < contracted < delivered

    ladder treaty
      steps: none < negotiating < announced < signed < ratified < in-force

    scale icd203
      almost-no-chance: 1..5
      very-unlikely: 5..20
      unlikely: 20..45
      roughly-even-chance: 45..55
      likely: 55..80
      very-likely: 80..95
      almost-certain: 95..99
      could: 10..55
      anticipated: 60..90
      will: 95..99

    proposition jets.transfer
      kind: ladder
      title: Belmark's jets for Arvania
      ladder: transfer
      implies: >= contracted -> arms.deals >= contracted

    proposition arms.deals
      kind: ladder
      title: New arms deals between Belmark and Arvania
      ladder: transfer

    proposition treaty.status
      kind: ladder
      title: The Arvania-Belmark treaty
      ladder: treaty

    proposition relationship.nature
      kind: category
      title: The nature of the Arvania-Belmark relationship
      terms: strategic-alliance, strategic-partnership, tactical, pragmatic, transactional
      equivalent: tactical = pragmatic = transactional
      excludes: strategic-alliance, strategic-partnership | tactical

    proposition relations.third-country
      kind: category
      title: Belmark's relations with the third country
      terms: good, strained, hostile
      excludes: good | strained, hostile
      persists: 12 months

    proposition treaty.mutual-defence
      kind: category
      title: Whether the treaty's text holds a mutual defence commitment
      terms: yes, no
      excludes: yes | no

    proposition cooperation.level
      kind: category
      title: How Arvania-Belmark cooperation stands
      terms: deepening, cautious, stagnant
      excludes: deepening | cautious, stagnant

    proposition rel.becomes-strategic
      kind: likelihood
      title: Will the relationship become strategic?
      scale: icd203
      resolves-on: relationship.nature strategic-partnership, strategic-alliance

    proposition cooperation.deepens
      kind: likelihood
      title: Will cooperation deepen?
      scale: icd203

    proposition trade.volume
      kind: amount
      title: Arvania-Belmark trade in a year
      unit: USD
      tolerance: 3%

    proposition jets.quantity
      kind: amount
      title: How many jets the deal covers
      unit: jets
      fixed: yes

    """

    /// A paper record dated `published`.
    static func paper(_ id: String, _ published: String, reliability: String? = nil) -> String {
        RuleExample.paper(id, published) + (reliability.map { "  reliability: \($0)\n" } ?? "")
    }

    /// Every finding the engine raises on the scenario's papers (after the shared vocabulary).
    static func findings(_ papers: String, asOf: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (Set<Finding>, [Flag]) {
        let (set, diagnostics) = Snippet.parse(vocabulary + papers, path: "scenario.claims")
        #expect(diagnostics.isEmpty, "the scenario does not parse: \(diagnostics.map(\.headline))", sourceLocation: sourceLocation)
        let date = asOf.flatMap { try? Analysis.parseDate($0, option: "--as-of") }
        let flags = RuleEngine().run(RuleContext(set: set, asOf: date))
        return (Set(flags.map(Finding.init)), flags)
    }

    /// Expects exactly these findings.
    static func expect(_ papers: String, asOf: String? = nil, _ expected: Set<Finding>, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Flag] {
        let (found, flags) = findings(papers, asOf: asOf, sourceLocation: sourceLocation)
        #expect(found == expected, "missing: \(expected.subtracting(found).sorted { $0.description < $1.description }); extra: \(found.subtracting(expected).sorted { $0.description < $1.description })", sourceLocation: sourceLocation)
        return flags
    }
}
