/// Rows that break a review record.
extension MalformedSnippetTests {
    /// Bug 7: a review anywhere but reviews.claims (here `t.claims`) is an error at its record.
    static let misplacedReviewRows: [Row] = [
        (id: "bug-7-review-in-a-paper-file",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         review f-0000000000
           disposition: dismissed
           note: kept in the wrong file
         """,
         expected: ["t.claims:7:1: error: review of 'f-0000000000' in 't.claims'; reviews belong in reviews.claims, where 'claimdiff review' records them"]),
    ]

    static let reviewRows: [Row] = [
        (id: "review-with-unknown-kind-and-bad-fingerprint",
         input: """
         review f-0000000000
           disposition: dismissed
           kind: updte
           note: a change over time

         review f-0000000001
           disposition: dismissed
           fingerprint: f-123
           note: a change over time
         """,
         expected: ["reviews.claims:3:9: error: unknown finding kind 'updte'; did you mean 'update'?",
                    "reviews.claims:8:16: error: fingerprint must be 'e-' and ten characters, as 'claimdiff explain' shows it, got 'f-123'"]),

        (id: "review-with-unknown-disposition",
         input: """
         review contradiction.x.1
           disposition: acepted
           note: the two papers speak of different years
         """,
         expected: ["reviews.claims:2:16: error: unknown disposition 'acepted'; did you mean 'accepted'?; expected one of accepted, dismissed, resolved, reopened"]),

        (id: "review-resolved-without-a-claim",
         input: """
         review contradiction.x.1
           disposition: resolved
           note: settled by a later paper
         """,
         expected: ["reviews.claims:2:16: error: disposition 'resolved' needs 'resolved-by: CLAIM-ID'"]),

        (id: "review-dated-by-month",
         input: """
         review contradiction.x.1
           disposition: dismissed
           note: the two papers speak of different years
           date: 2024-11
         """,
         expected: ["reviews.claims:4:9: error: review date must be a day, YYYY-MM-DD"]),

        (id: "review-resolved-by-an-unknown-claim",
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

         claim c-1
           about: x.transfer
           value: promised
           quote: "Russia promised"

         review contradiction.x.1
           disposition: resolved
           resolved-by: c-2
           note: settled by a later paper
         """,
         expected: ["reviews.claims:22:16: error: review of 'contradiction.x.1' is resolved by unknown claim 'c-2'; did you mean 'c-1'?"]),
    ]

    /// Rows of several files, parsed in the order given.
    static let acrossFileRows: [FilesRow] = [
        (id: "duplicate-claim-id-across-two-files",
         files: [
            (path: "a.claims", text: """
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

             claim c
               about: x.transfer
               value: promised
               quote: "Russia promised"
             """),
            (path: "b.claims", text: """
             paper q
               title: U
               publisher: Q
               published: 2025
               source: q.txt

             claim c
               about: x.transfer
               value: delivered
               quote: "Russia delivered"
             """),
         ],
         expected: ["b.claims:7:7: error: duplicate claim id 'c'",
                    "a.claims:15:7: note: claim 'c' first defined here"]),

        (id: "duplicate-paper-id-across-two-files",
         files: [
            (path: "a.claims", text: """
             paper p
               title: T
               publisher: P
               published: 2024
               source: p.txt
             """),
            (path: "b.claims", text: """
             paper p
               title: U
               publisher: Q
               published: 2025
               source: q.txt
             """),
         ],
         expected: ["b.claims:1:7: error: duplicate paper id 'p'",
                    "a.claims:1:7: note: paper 'p' first defined here"]),

        (id: "duplicate-proposition-across-two-files",
         files: [
            (path: "a.claims", text: """
             proposition trade.volume
               kind: amount
               title: Bilateral trade in a year
               unit: USD
             """),
            (path: "b.claims", text: """
             # proposed by this paper
             proposition trade.volume
               kind: amount
               title: Trade in a year
               unit: EUR
             """),
         ],
         expected: ["b.claims:2:13: error: duplicate proposition id 'trade.volume'",
                    "a.claims:1:13: note: proposition 'trade.volume' first defined here"]),
    ]

    /// Rows of raw bytes that are not valid annotation text.
    static let byteRows: [BytesRow] = [
        (id: "nul-byte",
         bytes: Array("paper p\n  title: a".utf8) + [0] + Array("b\n".utf8),
         expected: ["t.claims:2:11: error: NUL byte in annotation file"]),

        (id: "invalid-utf8-after-non-ascii-text",
         bytes: Array("paper p\n  title: é😀".utf8) + [0xFF] + Array("\n".utf8),
         expected: ["t.claims:2:12: error: invalid UTF-8 in annotation file"]),

        (id: "truncated-utf8-at-end-of-file",
         bytes: Array("paper p\r\n  title: T".utf8) + [0xC3],
         expected: ["t.claims:2:11: error: invalid UTF-8 in annotation file"]),
    ]
}
