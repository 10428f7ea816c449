import Testing
@testable import ClaimDiffKit

@Suite struct MarkdownEscapingTests {
    @Test(arguments: HostileText.cases)
    func escapesHostileText(_ row: (id: String, input: String, escaped: String)) {
        #expect(Markdown.escape(row.input) == row.escaped, "case \(row.id)")
    }

    @Test(arguments: [
        (id: "plain", input: "x", expected: "`x`"),
        (id: "backtick inside", input: "a`b", expected: "``a`b``"),
        (id: "double run", input: "a``b", expected: "```a``b```"),
        (id: "backtick edge", input: "`a", expected: "`` `a ``"),
        (id: "space edge", input: " a ", expected: "`  a  `"),
        (id: "all spaces", input: "  ", expected: "`  `"),
        (id: "pipe left alone", input: "a|b", expected: "`a|b`"),
        (id: "newline", input: "a\nb", expected: "`a b`"),
        (id: "empty", input: "", expected: ""),
    ])
    func codeSpans(_ row: (id: String, input: String, expected: String)) {
        #expect(Markdown.code(row.input) == row.expected, "case \(row.id)")
    }

    @Test(arguments: [
        (id: "plain", text: "IFS 2023", url: "https://ifs.org.uk/x", expected: "[IFS 2023](https://ifs.org.uk/x)"),
        (id: "relative", text: "chart", url: "charts/a b.svg", expected: "[chart](charts/a%20b.svg)"),
        (id: "parens", text: "x", url: "w/(1)", expected: #"[x](w/\(1\))"#),
        (id: "angles and backtick", text: "x", url: "a<b>`c", expected: "[x](a%3Cb%3E%60c)"),
        (id: "ampersand", text: "x", url: "?a=1&lt;", expected: #"[x](?a=1\&lt;)"#),
        (id: "hostile text", text: "[*a*](b)", url: "u", expected: #"[\[\*a\*\](b)](u)"#),
    ])
    func links(_ row: (id: String, text: String, url: String, expected: String)) {
        #expect(Markdown.link(text: row.text, url: row.url) == row.expected, "case \(row.id)")
    }

    @Test func boldAndImage() {
        #expect(Markdown.bold(" high *risk* ") == #"**high \*risk\***"#)
        #expect(Markdown.bold(" ") == "")
        #expect(Markdown.image(alt: "Cost [bn]", url: "charts/cost.svg") == #"![Cost \[bn\]](charts/cost.svg)"#)
    }

    @Test(arguments: [
        (id: "pipe", inline: "a|b", expected: #"a\|b"#),
        (id: "escaped pipe", inline: #"a\|b"#, expected: #"a\\|b"#),
        (id: "code span", inline: "`a|b`", expected: #"`a\|b`"#),
        (id: "leading dash", inline: "---", expected: #"\---"#),
        (id: "leading colon", inline: ":--", expected: #"\:--"#),
        (id: "newline and padding", inline: "  a\nb  ", expected: "a b"),
    ])
    func tableCells(_ row: (id: String, inline: String, expected: String)) {
        #expect(Markdown.tableCell(row.inline) == row.expected, "case \(row.id)")
    }
}
