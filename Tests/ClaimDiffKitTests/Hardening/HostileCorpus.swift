/// An annotation set whose every free-text field holds text that would break a careless
/// report: table pipes, backticks, HTML, comments, headings, links, list markers, formulas.
///
/// `benign` builds the same set with each hostile string replaced by plain words, so that
/// the reports of the two can be compared element by element.
enum HostileCorpus {
    /// One line each: the annotation language has no multi-line values.
    static let strings: [String] = [
        "pipe | in | cells",
        "tick ` and ``` fences ``",
        "<script>alert(1)</script>",
        "before <!-- hidden --> after",
        "# Heading",
        "[link](https://evil.example/x) ![img](https://evil.example/i.png)",
        #"<a href="https://evil.example">click</a>"#,
        "*bold* _em_ ~~del~~ **strong**",
        "- bullet",
        "1. ordered",
        "> quoted",
        "&amp; &#60; &copy;",
        #"$x$ and \(math\)"#,
        #"=HYPERLINK("https://evil.example","x")"#,
        "+1+2",
        "-3+4",
        "@SUM(A1:A2)",
        "line\u{2028}separator\u{85}next",
        "[ref]: https://evil.example",
        "| --- | --- |",
        "<img src=x onerror=alert(1)>",
        "---",
        #"trailing backslash \"#,
        "## Second-level heading",
        "<details><summary>x</summary>",
        "    indented code",
        "```",
        // Round two: bare links GitHub autolinks (bug 10), terminal controls and bidi (bug 5).
        "see https://evil.example/bare and www.evil.example now",
        "write to bob@evil.example or mailto:eve@evil.example",
        "esc \u{1B}[2J\u{1B}]0;title\u{07} del\u{7F} vt\u{0B} c1\u{9B} bidi\u{202E}txet",
    ]

    /// The annotation files, by relative path, with `text(i)` in place of the i-th string.
    static func files(_ text: (Int) -> String) -> [String: String] {
        let n = strings.count
        func q(_ i: Int) -> String {
            var out = "\""
            for c in text(i % n).unicodeScalars {
                if c == "\"" || c == "\\" { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(c)
            }
            return out + "\""
        }
        // Strings with ';' would split the authors field; these have none.
        let authorsFrom = (0..<n).filter { !text($0).contains(";") }
        var vocabulary = """
            ladder transfer
              steps: none < promised < contracted < delivered

            proposition jets.transfer
              kind: ladder
              title: \(q(4))
              ladder: transfer

            proposition ties.nature
              kind: category
              title: \(q(23))
              terms: alliance, partnership, rivalry
              excludes: alliance | rivalry

            proposition trade.volume
              kind: amount
              title: \(q(2))
              unit: USD

            """
        vocabulary += "\n"
        var files = ["vocabulary.claims": vocabulary]
        let papers = [("pa", 2022), ("pb", 2023), ("pc", 2024)]
        var k = 0
        for (p, (id, year)) in papers.enumerated() {
            var s = """
                paper \(id)
                  title: \(q(p * 3))
                  authors: "\(authorsFrom[p % authorsFrom.count]); \(authorsFrom[(p + 5) % authorsFrom.count])"
                  publisher: \(q(p * 3 + 1))
                  published: ~\(year)-02..\(year)-04
                  source: \(id).txt
                  note: \(q(p * 3 + 2))

                """
            // Ten claims a paper: every string is a quote once and a note, hedge,
            // attribution or denial at least once.
            for j in 0..<10 {
                let i = k
                k += 1
                s += "\nclaim \(id)-c\(j)\n"
                switch j % 3 {
                case 0:
                    s += "  about: jets.transfer\n  value: \(p % 2 == 0 ? "delivered" : "< contracted")\n  as-of: 2022\n"
                case 1:
                    s += "  about: ties.nature\n  value: \(p % 2 == 0 ? "alliance" : "rivalry")\n  as-of: 2022-06\n"
                default:
                    s += "  about: trade.volume\n  value: ~\(4 + p) billion USD\n  period: \(2019 + j / 3)\n"
                }
                s += "  quote: \(q(i))\n  note: \(q(i + 7))\n"
                switch j % 4 {
                case 0: s += "  hedge: \(q(i + 11))\n"
                case 1: s += "  attributed-to: \(q(i + 13))\n"
                case 2 where j % 3 == 0: s += "  denied-by: \(q(i + 17))\n"
                default: break
                }
            }
            files["papers/\(id).claims"] = s
        }
        return files
    }

    static var hostile: [String: String] { files { strings[$0] } }
    static var benign: [String: String] { files { "plain words \($0)" } }

    /// A review note and reviewer for the first open flag.
    static let reviewNote = "<script>note()</script> | *not bold* [x](y)"
    static let reviewer = "# reviewer <!-- -->"
}
