/// Rows that break a claim: its proposition, value, dates and qualifiers.
extension MalformedSnippetTests {
    static let claimRows: [Row] = [
        (id: "unknown-proposition-did-you-mean",
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
           about: trade.volum
           value: 4 billion USD
           quote: "trade was 4 billion dollars"
         """,
         expected: ["t.claims:13:10: error: unknown proposition 'trade.volum'; did you mean 'trade.volume'?"]),

        (id: "unknown-term-among-several",
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
           value: partnership, tactica
           quote: "a tactical partnership"

         claim d
           about: rel.nature
           value: tactical, tactical
           quote: "tactical, tactical"
         """,
         expected: ["t.claims:14:10: error: unknown term 'tactica' for 'rel.nature'; did you mean 'tactical'?; terms: alliance, partnership, tactical",
                    "t.claims:19:10: error: a term is named twice in 'tactical, tactical'"]),

        (id: "unknown-category-term-did-you-mean",
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
           value: tactica
           quote: "a tactical relationship"
         """,
         expected: ["t.claims:14:10: error: unknown term 'tactica' for 'rel.nature'; did you mean 'tactical'?; terms: alliance, partnership, tactical"]),

        (id: "unknown-ladder-step-did-you-mean",
         input: """
         ladder l
           steps: none < promised < contracted < delivered

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: l

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: x.transfer
           value: contractd
           quote: "the contract was signed"
         """,
         expected: ["t.claims:17:10: error: unknown ladder step 'contractd' for 'x.transfer'; did you mean 'contracted'?; steps: none < promised < contracted < delivered"]),

        (id: "ladder-bound-below-the-first-step",
         input: """
         ladder l
           steps: none < promised < contracted < delivered

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: l

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: x.transfer
           value: < none
           quote: "nothing at all"
         """,
         expected: ["t.claims:17:10: error: ladder value '< none' names no step"]),

        (id: "period-on-a-ladder-claim",
         input: """
         ladder l
           steps: none < promised < contracted < delivered

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: l

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: x.transfer
           value: contracted
           period: 2023
           quote: "the contract was signed"
         """,
         expected: ["t.claims:18:3: error: 'period' applies to amounts; 'x.transfer' is a ladder proposition (use 'as-of' or 'event')"]),

        (id: "feb-29-of-a-non-leap-year",
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
           as-of: 2023-02-29
           quote: "a tactical relationship"
         """,
         expected: ["t.claims:15:10: error: impossible date '2023-02-29' in field 'as-of'"]),

        (id: "two-of-as-of-period-event",
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
           period: 2023
           as-of: 2024-01
           quote: "trade was 4 billion dollars"
         """,
         expected: ["t.claims:16:3: error: claim 'c' gives both 'period' and 'as-of'; give at most one of as-of, period and event"]),

        (id: "likelihood-without-by",
         input: """
         scale s
           unlikely: 20..45
           likely: 55..80

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
           likelihood: likely
           quote: "an alliance is likely"
         """,
         expected: ["t.claims:19:3: error: 'likelihood' qualifies a forecast; add 'by' or remove it"]),

        (id: "unknown-likelihood-term",
         input: """
         scale s
           unlikely: 20..45
           likely: 55..80

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
           by: 2025
           likelihood: likly
           quote: "an alliance is likely by 2025"
         """,
         expected: ["t.claims:20:15: error: unknown likelihood term 'likly'; did you mean 'likely'?"]),

        (id: "unknown-likelihood-value",
         input: """
         scale s
           unlikely: 20..45
           likely: 55..80

         proposition rel.strategic
           kind: likelihood
           title: Will the relationship become an alliance?
           scale: s

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: rel.strategic
           value: unlikley
           quote: "an alliance is unlikely"
         """,
         expected: ["t.claims:18:10: error: unknown likelihood term 'unlikley' for 'rel.strategic'; did you mean 'unlikely'?"]),

        (id: "forecast-and-denial",
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
           by: 2025
           denied-by: Moscow
           quote: "Moscow denies an alliance by 2025"
         """,
         expected: ["t.claims:16:3: error: a claim cannot be both a forecast ('by') and a denial ('denied-by')"]),

        (id: "reversal-on-a-non-ladder",
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
           reversal: yes
           quote: "an alliance again"
         """,
         expected: ["t.claims:15:3: error: 'reversal' applies to ladder propositions"]),

        (id: "claim-about-a-rejected-proposition",
         input: """
         proposition trade.volume
           kind: amount
           title: Bilateral trade in a year

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: trade.volume
           value: 4 billion USD
           quote: "trade was 4 billion dollars"
         """,
         expected: ["t.claims:1:1: error: amount proposition 'trade.volume' is missing field 'unit'"]),
    ]
}
