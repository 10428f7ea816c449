/// Rows that break an amount claim: units, numbers, ranges and percentage changes.
extension MalformedSnippetTests {
    static let amountRows: [Row] = [
        (id: "wrong-amount-unit",
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
           value: 4 billion EUR
           quote: "trade was 4 billion euros"
         """,
         expected: ["t.claims:14:10: error: unit 'EUR' does not match the unit 'USD' of 'trade.volume'"]),

        (id: "amount-without-unit",
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
           value: 4 billion
           quote: "trade was 4 billion dollars"
         """,
         expected: ["t.claims:14:10: error: amount '4 billion' has no unit; 'trade.volume' is in 'USD'"]),

        (id: "amount-with-a-misspelt-scale-word",
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
           value: 4 billions USD
           quote: "trade was 4 billion dollars"
         """,
         expected: ["t.claims:14:10: error: unexpected words in amount '4 billions USD'; write [~]NUMBER [thousand|million|billion|trillion] UNIT"]),

        (id: "amount-with-a-decimal-comma",
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
           value: 4,9 billion USD
           quote: "trade was 4,9 billion dollars"
         """,
         expected: ["t.claims:14:10: error: malformed number '4,9'; ',' groups thousands (6,000) and '.' is the decimal point"]),

        (id: "approximate-range",
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
           value: ~3..4 billion USD
           quote: "trade was 3 to 4 billion dollars"
         """,
         expected: ["t.claims:14:10: error: a range '3..4' is already approximate; drop the '~'"]),

        (id: "change-on-a-non-amount",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership, tactical

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: rel.nature
           value: tactical
           change: 2022 -> 2023
           quote: "a tactical relationship"
         """,
         expected: ["t.claims:15:3: error: 'change' applies to amounts; 'rel.nature' is a category proposition"]),

        (id: "change-not-in-percent",
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
           value: -17 USD
           change: 2022 -> 2023
           quote: "trade fell 17 percent"
         """,
         expected: ["t.claims:14:10: error: a change is a percentage: write the value in '%', got 'USD'"]),

        (id: "change-periods-reversed",
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
           value: -17 %
           change: 2023 -> 2022
           quote: "trade fell 17 percent"
         """,
         expected: ["t.claims:15:11: error: change must name two periods, the first before the second, got '2023 -> 2022'"]),
    ]
}
