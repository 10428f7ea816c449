/// Rows that break the fields of a claim's position over time: `since`, `continues`,
/// `fixed-at` and `status`.
extension MalformedSnippetTests {
    static let positionRows: [Row] = [
        (id: "since-malformed",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: rel.nature
           value: alliance
           since: early 2023
           quote: "an alliance"
         """,
         expected: ["t.claims:15:10: error: malformed date 'early 2023' in field 'since'; expected YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or A..B"]),

        (id: "since-reversed-span",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: rel.nature
           value: alliance
           since: 2023..2022
           quote: "an alliance"
         """,
         expected: ["t.claims:15:10: error: date span '2023..2022' in field 'since' ends before it starts"]),

        (id: "continues-not-yes-or-no",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: rel.nature
           value: alliance
           continues: maybe
           quote: "an alliance"
         """,
         expected: ["t.claims:15:14: error: continues must be 'yes' or 'no', got 'maybe'"]),

        (id: "fixed-at-impossible",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: rel.nature
           value: alliance
           fixed-at: 2023-02-30
           quote: "an alliance"
         """,
         expected: ["t.claims:15:13: error: impossible date '2023-02-30' in field 'fixed-at'"]),

        (id: "status-not-a-status",
         input: """
         proposition trade.volume
           kind: amount
           title: Bilateral trade in a year
           unit: USD

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: trade.volume
           value: 4 billion USD
           status: bogus
           quote: "an alliance"
         """,
         expected: ["t.claims:15:11: error: status must be 'preliminary', 'final' or 'revised', got 'bogus'"]),

        (id: "status-on-a-category",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: rel.nature
           value: alliance
           status: final
           quote: "an alliance"
         """,
         expected: ["t.claims:15:3: error: 'status' applies to amounts; 'rel.nature' is a category proposition"]),

        // Every problem of a claim is reported: a field on the wrong kind of proposition and
        // its value, a bad value and the fields after it.
        (id: "every-problem-of-a-claim",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c1
           about: rel.nature
           value: allianc
           likelihood: likely
           status: bogus
           quote: "x"

         claim c2
           about: rel.nature
           value: alliance
           period: 2023-13
           reversal: maybe
           quote: "x"
         """,
         expected: ["t.claims:14:10: error: unknown term 'allianc' for 'rel.nature'; did you mean 'alliance'?; terms: alliance, partnership",
                    "t.claims:15:3: error: 'likelihood' qualifies a forecast; add 'by' or remove it",
                    "t.claims:16:3: error: 'status' applies to amounts; 'rel.nature' is a category proposition",
                    "t.claims:16:11: error: status must be 'preliminary', 'final' or 'revised', got 'bogus'",
                    "t.claims:22:3: error: 'period' applies to amounts; 'rel.nature' is a category proposition (use 'as-of' or 'event')",
                    "t.claims:22:11: error: impossible date '2023-13' in field 'period'",
                    "t.claims:23:3: error: 'reversal' applies to ladder propositions",
                    "t.claims:23:13: error: reversal must be 'yes' or 'no', got 'maybe'"]),
    ]
}
