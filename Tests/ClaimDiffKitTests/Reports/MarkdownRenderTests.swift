import Testing
@testable import ClaimDiffKit

/// Renders the writer's output with cmark-gfm, GitHub's own engine, when it is installed.
///
/// `--unsafe` passes raw HTML through, so an escaping mistake shows up as a real tag
/// instead of cmark-gfm's "raw HTML omitted" placeholder.
@Suite(.enabled(if: ExternalTool.cmarkGFM != nil, "cmark-gfm is not installed; install it with apt-get install cmark-gfm"))
struct MarkdownRenderTests {
    private func html(_ markdown: String) throws -> String {
        let out = try ExternalTool.run(ExternalTool.cmarkGFM!, ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink"], input: markdown)
        #expect(out.status == 0, "cmark-gfm failed: \(out.stderr)")
        return out.stdout
    }

    /// What cmark-gfm writes for literal text.
    private func htmlText(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    @Test(arguments: HostileText.cases)
    func hostileTextRendersAsItselfInEveryBlock(_ row: (id: String, input: String, escaped: String)) throws {
        let inline = Markdown.escape(row.input)
        var w = MarkdownWriter()
        w.heading(2, inline)
        w.paragraph(inline)
        w.bullets([inline])
        w.quote(inline)
        w.table(headers: ["Text"], rows: [[inline]])
        // Invisible characters show as <U+XXXX> (bug 5).
        let literal = htmlText(VisibleText.render(Markdown.flattened(row.input)).trimmingCharacters(in: [" ", "\t"]))
        let expected = """
            <h2>\(literal)</h2>
            <p>\(literal)</p>
            <ul>
            <li>\(literal)</li>
            </ul>
            <blockquote>
            <p>\(literal)</p>
            </blockquote>
            <table>
            <thead>
            <tr>
            <th>Text</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>\(literal)</td>
            </tr>
            </tbody>
            </table>

            """
        // The zero-width space after an `@` stops e-mail autolinks (bug 10); it is not text.
        let rendered = try html(w.text).replacingOccurrences(of: "\u{200B}", with: "")
        #expect(rendered == expected, "case \(row.id)")
        #expect(!rendered.contains("<script"), "case \(row.id)")
        #expect(!rendered.contains("<a "), "case \(row.id)")
    }

    @Test func everyHostileRowStaysInOneTable() throws {
        var w = MarkdownWriter()
        w.table(headers: ["Id", "Claim", "Code"],
                rows: HostileText.cases.map { [Markdown.code($0.id), Markdown.escape($0.input), Markdown.code($0.input)] },
                align: [.left, .default, .right])
        let rendered = try html(w.text)
        #expect(rendered.components(separatedBy: "<table>").count - 1 == 1)
        #expect(rendered.components(separatedBy: "<tr>").count - 1 == HostileText.cases.count + 1)
        #expect(rendered.components(separatedBy: "<td").count - 1 == 3 * HostileText.cases.count)
        #expect(rendered.contains("<td align=\"right\"><code>a | b</code></td>"))
        #expect(rendered.contains("<td align=\"right\"><code>a\\|b</code></td>"))
        #expect(!rendered.contains("<script"))
    }

    @Test func everyConstructRendersAsItsElement() throws {
        var w = MarkdownWriter()
        w.heading(1, "Report")
        w.paragraph("See \(Markdown.link(text: "the [source]", url: "https://example.org/a (1)")) and \(Markdown.bold("this")).")
        w.bullets(["a", "b"])
        w.bullets(["c"])
        w.numbered(["one", "two"])
        w.quote("quoted")
        w.code("<script>x</script>\n```", language: "text")
        w.table(headers: ["x", "y"], rows: [["1", "2"]], align: [.center, .right])
        w.rule()
        #expect(try html(w.text) == """
            <h1>Report</h1>
            <p>See <a href="https://example.org/a%20(1)">the [source]</a> and <strong>this</strong>.</p>
            <ul>
            <li>a</li>
            <li>b</li>
            </ul>
            <!-- -->
            <ul>
            <li>c</li>
            </ul>
            <ol>
            <li>one</li>
            <li>two</li>
            </ol>
            <blockquote>
            <p>quoted</p>
            </blockquote>
            <pre><code class="language-text">&lt;script&gt;x&lt;/script&gt;
            ```
            </code></pre>
            <table>
            <thead>
            <tr>
            <th align="center">x</th>
            <th align="right">y</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="center">1</td>
            <td align="right">2</td>
            </tr>
            </tbody>
            </table>
            <hr />

            """)
    }
}
