/// Rows that break the syntax: record headers, fields, quoting.
extension MalformedSnippetTests {
    static let syntaxRows: [Row] = [
        (id: "unknown-record-keyword",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt

         claime c
           about: x.y
         """,
         expected: ["t.claims:7:1: error: unknown record 'claime'; did you mean 'claim'?; expected one of paper, claim, proposition, ladder, scale, speaker, review"]),

        (id: "indented-field-outside-a-record",
         input: """
           title: T
         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:1:3: error: indented field outside a record; a record starts at column 1 with a keyword such as 'claim'"]),

        (id: "unindented-field-inside-a-record",
         input: """
         paper p
         title: T
           publisher: P
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:2:1: error: field 'title' must be indented under a record"]),

        (id: "missing-colon",
         input: """
         paper p
           title T
           publisher: P
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:2:8: error: expected ':' after field name 'title'"]),

        (id: "invalid-field-name",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt
           Note: n
         """,
         expected: ["t.claims:6:3: error: invalid field name 'Note'; field names are lower-case words joined by '-'"]),

        (id: "unknown-field-did-you-mean",
         input: """
         paper p
           title: T
           publisher: P
           published: 2024
           source: p.txt
           reliabilty: B
         """,
         expected: ["t.claims:6:3: error: unknown field 'reliabilty' in paper 'p'; did you mean 'reliability'?"]),

        (id: "missing-required-field",
         input: """
         paper p
           title: T
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:1:1: error: paper 'p' is missing required field 'publisher'"]),

        (id: "duplicate-field",
         input: """
         paper p
           title: T
           publisher: P
           title: U
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:4:3: error: duplicate field 'title' in paper 'p'",
                    "t.claims:2:3: note: 'title' first given here"]),

        (id: "missing-identifier",
         input: """
         paper
           title: T
         """,
         expected: ["t.claims:1:6: error: missing identifier after 'paper'"]),

        (id: "two-word-identifier",
         input: """
         paper p q
           title: T
           publisher: P
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:1:9: error: unexpected text after paper identifier 'p'; an identifier is one word"]),

        (id: "empty-value",
         input: """
         paper p
           title:
           publisher: P
           published: 2024
           source: p.txt
         """,
         expected: ["t.claims:2:9: error: missing value for field 'title'"]),

        (id: "unterminated-quote",
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

         claim c
           about: x.transfer
           value: promised
           quote: "Russia promised
         """,
         expected: ["t.claims:18:10: error: unterminated quoted value for field 'quote'"]),

        (id: "unknown-escape",
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

         claim c
           about: x.transfer
           value: promised
           quote: "Russia \\promised"
         """,
         expected: [#"t.claims:18:18: error: unknown escape '\p' in quoted value; only \" and \\ are escapes"#]),

        (id: "text-after-closing-quote",
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

         claim c
           about: x.transfer
           value: promised
           quote: "Russia" promised
         """,
         expected: [#"t.claims:18:19: error: unexpected text after the closing quote of field 'quote'; to begin a value with a quotation, quote the whole value and write inner quotes as \""#]),

        (id: "quote-not-double-quoted",
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

         claim c
           about: x.transfer
           value: promised
           quote: Russia promised
         """,
         expected: ["t.claims:18:10: error: quote of claim 'c' must be double-quoted"]),

        (id: "empty-quote",
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

         claim c
           about: x.transfer
           value: promised
           quote: "  "
         """,
         expected: ["t.claims:18:10: error: quote of claim 'c' is empty"]),
    ]
}
