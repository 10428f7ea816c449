/// Rows that break a paper record or a claim's place under it.
extension MalformedSnippetTests {
    static let paperRows: [Row] = [
        (id: "impossible-date-2024-13-40",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024-13-40
           source: p.txt
         """,
         expected: ["t.claims:4:14: error: impossible date '2024-13-40' in field 'published'"]),

        (id: "malformed-date",
         input: """
         paper p
           title: T
           publisher: P
           published: Nov 2024
           source: p.txt
         """,
         expected: ["t.claims:4:14: error: malformed date 'Nov 2024' in field 'published'; expected YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or A..B"]),

        (id: "reversed-span",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024-11..2024-09
           source: p.txt
         """,
         expected: ["t.claims:4:14: error: date span '2024-11..2024-09' in field 'published' ends before it starts"]),

        (id: "span-without-an-end",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024-09..
           source: p.txt
         """,
         expected: ["t.claims:4:14: error: malformed date '2024-09..' in field 'published'; expected YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or A..B"]),

        (id: "estimated-date-without-note",
         input: """
         paper p
           title: T
           publisher: P
           published: ~2022-11..2023-02
           source: p.txt
         """,
         expected: ["t.claims:4:14: error: paper 'p' has an estimated date; add a 'note' saying why"]),

        (id: "bad-reliability-grade",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt
           reliability: G
         """,
         expected: ["t.claims:6:16: error: reliability must be an Admiralty grade A-F, got 'G'"]),

        (id: "paper-id-that-is-a-path",
         input: """
         paper /etc/passwd
           title: T
           publisher: P
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:1:7: error: invalid paper id '/etc/passwd'; use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'"]),

        (id: "claim-id-that-climbs-out",
         input: """
         ladder l
           steps: none < promised < delivered

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: l

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim ../x
           about: x.transfer
           value: promised
           quote: "Russia promised"
         """,
         expected: ["t.claims:15:7: error: invalid claim id '../x'; use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'"]),

        (id: "claim-before-any-paper",
         input: """
         ladder l
           steps: none < promised < delivered

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: l

         claim c
           about: x.transfer
           value: promised
           quote: "Russia promised"

         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:9:1: error: claim 'c' comes before any paper record in this file; claims belong to the paper above them"]),

        (id: "claims-under-a-misspelt-paper-header",
         input: """
         ladder l
           steps: none < promised < delivered

         proposition x.transfer
           kind: ladder
           title: How far the transfer got
           ladder: l

         papr p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claim c
           about: x.transfer
           value: promised
           quote: "Russia promised"
         """,
         expected: ["t.claims:9:1: error: unknown record 'papr'; did you mean 'paper'?; expected one of paper, claim, proposition, ladder, scale, speaker, review"]),
    ]
}
