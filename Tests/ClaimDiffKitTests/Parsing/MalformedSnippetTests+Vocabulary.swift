/// Rows that break the vocabulary: ladders, scales and propositions.
extension MalformedSnippetTests {
    static let vocabularyRows: [Row] = [
        (id: "malformed-unit-conversion",
         input: """
         proposition pipeline.capacity
           kind: amount
           title: Capacity
           unit: bcm
           converts: 1 bcf = 0.028 tcm
         """,
         expected: ["t.claims:5:13: error: converts needs '1 UNIT = FACTOR bcm' (optionally 'as of DATE'), got '1 bcf = 0.028 tcm'"]),

        (id: "link-to-an-unknown-proposition",
         input: """
         ladder l
           steps: none < contracted < delivered

         proposition jets.transfer
           kind: ladder
           title: Jets
           ladder: l
           implies: >= contracted -> arms.deal >= contracted

         proposition arms.deals
           kind: ladder
           title: Arms deals
           ladder: l
         """,
         expected: ["t.claims:8:12: error: unknown proposition 'arms.deal' in a link; did you mean 'arms.deals'?"]),

        (id: "link-without-an-arrow",
         input: """
         ladder l
           steps: none < contracted < delivered

         proposition jets.transfer
           kind: ladder
           title: Jets
           ladder: l
           implies: >= contracted arms.deals >= contracted
         """,
         expected: ["t.claims:8:12: error: implies needs 'VALUE -> PROPOSITION VALUE' (e.g. '>= contracted -> arms.deals >= contracted'), got '>= contracted arms.deals >= contracted'"]),

        (id: "link-to-an-unknown-term",
         input: """
         scale s
           likely: 55..80

         proposition rel.strategic
           kind: likelihood
           title: Will it become strategic?
           scale: s
           resolves-on: rel.nature alliance, partnershp

         proposition rel.nature
           kind: category
           title: What the relationship is
           terms: alliance, partnership
         """,
         expected: ["t.claims:8:16: error: unknown term 'partnershp' for 'rel.nature' in a link; did you mean 'partnership'?"]),

        (id: "resolves-on-outside-a-likelihood",
         input: """
         proposition rel.nature
           kind: category
           title: What the relationship is
           terms: alliance, partnership
           resolves-on: rel.nature alliance
         """,
         expected: ["t.claims:5:3: error: field 'resolves-on' applies only to a likelihood proposition (a judgement resolves on an outcome)"]),

        (id: "ladder-with-a-repeated-step",
         input: """
         ladder l
           steps: none < promised < none

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: l
         """,
         expected: ["t.claims:2:10: error: step 'none' appears twice in ladder 'l'; a ladder cannot loop back"]),

        (id: "ladder-with-one-step",
         input: """
         ladder l
           steps: delivered
         """,
         expected: ["t.claims:2:10: error: ladder 'l' needs at least two steps"]),

        (id: "unknown-ladder-did-you-mean",
         input: """
         ladder arms
           steps: none < promised < delivered

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: arm
         """,
         expected: ["t.claims:7:11: error: unknown ladder 'arm'; did you mean 'arms'?"]),

        (id: "unknown-proposition-kind",
         input: """
         proposition rel.nature
           kind: categroy
           title: What kind of relationship it is
           terms: alliance, partnership
         """,
         expected: ["t.claims:2:9: error: unknown proposition kind 'categroy'; did you mean 'category'?; expected one of category, ladder, amount, likelihood"]),

        (id: "field-for-another-kind",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership
           unit: USD
         """,
         expected: ["t.claims:5:3: error: field 'unit' does not apply to a category proposition"]),

        (id: "term-listed-twice",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership, alliance
         """,
         expected: ["t.claims:4:10: error: a term is listed twice in 'rel.nature'"]),

        (id: "term-both-equivalent-and-excluded",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership, tactical, pragmatic
           equivalent: tactical = pragmatic
           excludes: alliance | partnership; tactical | pragmatic
         """,
         expected: ["t.claims:6:13: error: terms 'pragmatic' and 'tactical' are both equivalent and excluded in 'rel.nature'"]),

        (id: "unknown-term-in-exclusion",
         input: """
         proposition rel.nature
           kind: category
           title: What kind of relationship it is
           terms: alliance, partnership
           excludes: alliance | partnershp
         """,
         expected: ["t.claims:5:13: error: unknown term 'partnershp' in field 'excludes' of 'rel.nature'; did you mean 'partnership'?"]),

        (id: "scale-band-out-of-range",
         input: """
         scale s
           likely: 55..120
           unlikely: 20..45
         """,
         expected: ["t.claims:2:11: error: band for 'likely' must be LOW..HIGH percent with 0 <= LOW < HIGH <= 100, got '55..120'"]),

        (id: "bad-tolerance",
         input: """
         proposition trade.volume
           kind: amount
           title: Bilateral trade in a year
           unit: USD
           tolerance: 5
         """,
         expected: ["t.claims:5:14: error: tolerance must be a percentage such as '5%', got '5'"]),

        (id: "invalid-proposition-key",
         input: """
         proposition trade..volume
           kind: amount
           title: Bilateral trade in a year
           unit: USD
         """,
         expected: ["t.claims:1:13: error: invalid proposition key 'trade..volume'; use dotted lower-case words such as 'trade.volume'"]),
    ]
}
