import Testing
@testable import ClaimDiffKit

@Suite struct MarkdownWriterTests {
    private func render(_ build: (inout MarkdownWriter) -> Void) -> String {
        var w = MarkdownWriter()
        build(&w)
        return w.text
    }

    @Test func emptyDocumentIsEmpty() {
        #expect(MarkdownWriter().text == "")
    }

    @Test(arguments: [
        (id: "heading", expected: "## Flags\n"),
        (id: "heading level 1", expected: "# Title\n"),
        (id: "paragraph", expected: "One line, joined.\n"),
        (id: "bullets", expected: "- one\n- two\n-\n"),
        (id: "numbered", expected: "1. one\n2. two\n"),
        (id: "numbered from 9", expected: "9. nine\n10. ten\n"),
        (id: "quote", expected: "> The plant will be **delivered** in 2027.\n"),
        (id: "rule", expected: "---\n"),
        (id: "code", expected: "```swift\nlet x = 1\n  indented\n```\n"),
        (id: "code with fences inside", expected: "````\n```\nnested\n```\n````\n"),
        (id: "empty code", expected: "```\n```\n"),
        (id: "raw", expected: "<details>\n<summary>More</summary>\n</details>\n"),
    ])
    func oneBlock(_ row: (id: String, expected: String)) {
        let text = render { w in
            switch row.id {
            case "heading": w.heading(2, "  Flags\n")
            case "heading level 1": w.heading(1, "Title")
            case "paragraph": w.paragraph("One line,\r\njoined.")
            case "bullets": w.bullets(["one", " two ", ""])
            case "numbered": w.numbered(["one", "two"])
            case "numbered from 9": w.numbered(["nine", "ten"], start: 9)
            case "quote": w.quote("The plant will be \(Markdown.bold("delivered")) in 2027.")
            case "rule": w.rule()
            case "code": w.code("let x = 1\r\n  indented\n\n", language: "swift")
            case "code with fences inside": w.code("```\nnested\n```")
            case "empty code": w.code("")
            case "raw": w.raw("<details>\r\n<summary>More</summary>\n</details>\n\n")
            default: Issue.record("no builder for \(row.id)")
            }
        }
        #expect(text == row.expected, "case \(row.id)")
    }

    @Test func tableWithAlignment() {
        let text = render { w in
            w.table(headers: ["Claim", "Paper", "Value"],
                    rows: [[Markdown.code("c-1"), Markdown.escape("IFS | 2023"), "5"],
                           ["", Markdown.escape("line\nbreak"), "6"]],
                    align: [.default, .left, .right])
        }
        #expect(text == """
            | Claim | Paper | Value |
            | --- | :--- | ---: |
            | `c-1` | IFS \\\\| 2023 | 5 |
            | | line break | 6 |

            """)
    }

    @Test func tableCentreAndDefaultAlignment() {
        let text = render { w in w.table(headers: ["A", "B"], rows: [], align: [.center, .default]) }
        #expect(text == "| A | B |\n| :---: | --- |\n")
        #expect(render { w in w.table(headers: ["A"], rows: [["x"]]) } == "| A |\n| --- |\n| x |\n")
    }

    @Test func blocksAreSeparatedByOneBlankLine() {
        let text = render { w in
            w.heading(1, "Report")
            w.paragraph("")
            w.paragraph("Intro with \(Markdown.link(text: "source", url: "https://example.org/a"))")
            w.bullets([])
            w.bullets(["a"])
            w.table(headers: ["x"], rows: [["1"]])
            w.rule()
        }
        #expect(text == """
            # Report

            Intro with [source](https://example.org/a)

            - a

            | x |
            | --- |
            | 1 |

            ---

            """)
    }

    @Test func adjacentListsOfOneKindStayApart() {
        let text = render { w in
            w.bullets(["a"])
            w.bullets(["b"])
            w.numbered(["c"])
            w.numbered(["d"])
            w.paragraph("p")
            w.bullets(["e"])
        }
        #expect(text == "- a\n\n<!-- -->\n\n- b\n\n1. c\n\n<!-- -->\n\n1. d\n\np\n\n- e\n")
    }

    @Test func linkOnTheWriterMatchesTheHelper() {
        #expect(MarkdownWriter().link("a b", "c d") == Markdown.link(text: "a b", url: "c d"))
    }
}
