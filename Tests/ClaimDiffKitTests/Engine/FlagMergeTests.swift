import Testing
@testable import ClaimDiffKit

/// The engine's merge of every rule's flags: bucketed by proposition and sorted by id
/// numbers, it must give exactly what de-duplicating by id string and sorting by
/// (proposition, kind, id) gives, including when ids repeat.
@Suite struct FlagMergeTests {
    /// Four propositions with claims, so that flags fall into several buckets.
    static let set: AnnotationSet = {
        var text = """
        ladder status
          steps: none < promised < delivered

        proposition a.one
          kind: category
          title: One
          terms: x, y

        proposition b.two
          kind: category
          title: Two
          terms: x, y

        proposition c.three
          kind: ladder
          title: Three
          ladder: status

        proposition d.four
          kind: category
          title: Four
          terms: x, y

        """
        for (n, about) in ["a.one", "b.two", "c.three", "d.four"].enumerated() {
            text += """

            paper p\(n)
              title: Paper \(n)
              publisher: Press
              source: p\(n).txt
              published: 2022-0\(n + 1)

            claim p\(n)-1
              about: \(about)
              value: \(about == "c.three" ? "promised" : "x")
              quote: "one"

            claim p\(n)-2
              about: \(about)
              value: \(about == "c.three" ? "delivered" : "y")
              quote: "two"

            """
        }
        let (set, diagnostics) = Snippet.parse(text)
        precondition(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        return set
    }()

    static func flag(_ rule: String, _ kind: Flag.Kind, _ about: String, _ claims: [String], _ why: String) -> Flag {
        Flag(rule: rule, kind: kind, severity: .info, proposition: about, claims: claims, why: why)
    }

    /// What the merge must give: the first flag of each id about a proposition in rule order, sorted.
    static func expected(_ perRule: [[Flag]]) -> [Flag] {
        var seen: Set<String> = []
        return perRule.flatMap { $0 }.filter { seen.insert($0.proposition + " " + $0.id).inserted }
            .sorted { ($0.proposition, $0.kind.rank, $0.id) < ($1.proposition, $1.kind.rank, $1.id) }
    }

    static func check(_ perRule: [[Flag]]) {
        var lists = perRule
        let merged = RuleEngine.sortedUnique(&lists, in: ClaimIndex(set))
        let want = expected(perRule)
        #expect(merged.map(\.id) == want.map(\.id))
        #expect(merged.map(\.why) == want.map(\.why), "a repeated id kept a later flag instead of the first")
    }

    @Test func flagsOfManyRulesAreSortedByPropositionKindAndId() {
        let abouts = ["d.four", "a.one", "c.three", "b.two"]
        let perRule = (0..<3).map { r in
            (0..<40).map { n in
                Self.flag("rule\(r)", Flag.Kind.allCases[(n * 7 + r) % Flag.Kind.allCases.count], abouts[n % 4], ["c\(n)", "c\(n + r + 1)"], "r\(r) n\(n)")
            }
        }
        Self.check(perRule)
    }

    @Test func theFirstFlagOfARepeatedIdIsKept() {
        // The same rule and claims twice in one rule's list, once more in another kind, and once
        // in another proposition: the repeats about a proposition go, in rule order; the one
        // about another proposition stays.
        let first = Self.flag("r", .agreement, "a.one", ["p0-1", "p0-2"], "first")
        let again = Self.flag("r", .agreement, "a.one", ["p0-2", "p0-1"], "again, same bucket")
        let elsewhere = Self.flag("r", .update, "b.two", ["p0-1", "p0-2"], "again, other bucket and kind")
        #expect(first.id == again.id && again.id == elsewhere.id)
        Self.check([[Self.flag("r", .update, "d.four", ["x"], "other"), again], [first, elsewhere]])
        Self.check([[first, again, elsewhere]])
        Self.check([[first, Self.flag("r", .update, "a.one", ["p0-1", "p0-2"], "again, other kind")], [again]])
        // Repeats within one bucket only: the fast path drops them itself.
        Self.check([[Self.flag("r", .update, "d.four", ["x"], "other"), again], [first]])
        Self.check([[first, Self.flag("r", .update, "d.four", ["x"], "other"), again]])
    }

    @Test func flagsAboutPropositionsWithoutClaimsStillMerge() {
        Self.check([[Self.flag("r", .singleSource, "z.unknown", ["q"], "no group"), Self.flag("r", .agreement, "a.one", ["p0-1"], "a")]])
    }

    @Test func idNumbersOrderAsIdsDo() {
        let flags = (0..<500).map { Self.flag("rule", .agreement, "a.one", ["c\($0)"], "") }
        #expect(flags.sorted { $0.number < $1.number }.map(\.id) == flags.map(\.id).sorted())
        for f in flags.prefix(20) { #expect(Flag.makeID(rule: "rule", subject: f.claims) == f.id) }
    }
}
