import Testing
@testable import ClaimDiffKit

/// `VisibleText`, the one place for how invisible characters look (issue 15, bug 5).
@Suite struct VisibleTextTests {
    @Test("bug 5: the byte-level fast check agrees with isInvisible for every scalar of the first two planes")
    func fastCheckAgrees() {
        var disagreements: [String] = []
        for v in 0..<0x2_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = "a" + String(s) + "b"
            if VisibleText.mayHoldInvisible(text) != VisibleText.isInvisible(s), s != "\t" { disagreements.append(VisibleText.spelled(s)) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test("bug 5: render spells controls and bidi, keeps tabs, and keeps line breaks only when asked",
          arguments: [
              (id: "escape sequence", input: "a\u{1B}[2Jb", keep: false, expected: "a<U+001B>[2Jb"),
              (id: "window title", input: "\u{1B}]0;t\u{07}", keep: false, expected: "<U+001B>]0;t<U+0007>"),
              (id: "DEL and VT", input: "x\u{7F}y\u{0B}", keep: false, expected: "x<U+007F>y<U+000B>"),
              (id: "C1 CSI", input: "\u{9B}31m", keep: false, expected: "<U+009B>31m"),
              (id: "bidi override and isolate", input: "a\u{202E}b\u{2067}c", keep: false, expected: "a<U+202E>b<U+2067>c"),
              (id: "tab stays", input: "a\tb", keep: false, expected: "a\tb"),
              (id: "line break spelled", input: "a\nb", keep: false, expected: "a<U+000A>b"),
              (id: "line break kept", input: "a\nb\r", keep: true, expected: "a\nb<U+000D>"),
              (id: "typographic text untouched", input: "“Iran–Russia” — 5 € · é", keep: false, expected: "“Iran–Russia” — 5 € · é"),
          ])
    func render(_ row: (id: String, input: String, keep: Bool, expected: String)) {
        #expect(VisibleText.render(row.input, keepingLineBreaks: row.keep) == row.expected, "row '\(row.id)'")
    }

    @Test("bug 5: JSON keeps its strings and shows nothing raw")
    func json() {
        #expect(VisibleText.jsonEscaped("{\"q\":\"a\u{202E}b\u{85}\"}") == #"{"q":"a\u202eb\u0085"}"#)
    }
}
