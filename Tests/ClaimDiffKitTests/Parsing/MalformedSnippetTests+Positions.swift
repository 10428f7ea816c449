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
    ]
}
