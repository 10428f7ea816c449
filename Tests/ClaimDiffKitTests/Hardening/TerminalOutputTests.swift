import Foundation
import Testing
@testable import ClaimDiffKit

/// Issue 15, bug 5: escape sequences, DEL, vertical tab, C1 controls and bidi overrides in
/// titles, quotes, notes and reviews never reach the terminal or a report raw, whichever
/// command prints them; they show as `<U+XXXX>`.
@Suite("Terminal output")
struct TerminalOutputTests {
    static let nasty = "\u{1B}]0;pwned\u{07}\u{1B}[2J del\u{7F} vt\u{0B} c1\u{9B}31m bidi\u{202E}txet\u{2066}"

    /// A one-paper set with `nasty` in the title, the quote and the note, and a reviewed flag.
    static func annotations(in dir: TemporaryDirectory) throws -> (path: String, flag: String) {
        let q = nasty.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        try dir.write(HostileInputTests.vocabulary, to: "a/vocabulary.claims")
        try dir.write("""
            paper p
              title: T \(nasty)
              publisher: P
              published: 2024
              source: p.txt

            claim c1
              about: x.transfer
              value: promised
              quote: "Russia promised \(q)"
              note: n \(nasty)

            """, to: "a/papers/p.claims")
        let path = dir.path + "/a"
        let flag = try #require(ClaimDiffTool.capture(["flags", "--annotations", path]).outLines.first?.split(separator: " ").first.map(String.init))
        return (path, flag)
    }

    /// Characters that must not be printed raw: every invisible one but the line break.
    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { VisibleText.isInvisible($0) && $0 != "\n" }.map { VisibleText.spelled($0) }
    }

    @Test("bug 5: explain, brief, diff, flags, review and export print controls and bidi visibly",
          arguments: ["explain", "brief", "diff", "flags", "flags-json", "review", "export-json", "export-csv"])
    func command(_ name: String) throws {
        try withTemporaryDirectory { dir in
            let (a, flag) = try Self.annotations(in: dir)
            let note = "reviewed \(Self.nasty)".replacingOccurrences(of: "\u{0B}", with: " ")
            #expect(ClaimDiffTool.capture(["review", flag, "--dismiss", "--note", note, "--annotations", a]).code == .success)
            let args: [String] = switch name {
            case "explain": ["explain", flag, "--annotations", a]
            case "diff": ["diff", "--from", "2023", "--to", "2024", "--annotations", a]
            case "flags-json": ["flags", "--format", "json", "--annotations", a]
            case "export-json": ["export", "--format", "json", "--annotations", a]
            case "export-csv": ["export", "--format", "csv", "--annotations", a]
            default: [name, "--annotations", a]
            }
            let streams = ToolStreams()
            let code = ClaimDiffTool.run(args, console: streams.terminal)
            #expect(code == .success, "\(streams.err)")
            #expect(Self.raw(streams.out).isEmpty, "\(name) printed \(Self.raw(streams.out)) raw")
            #expect(Self.raw(streams.err).isEmpty, "\(name) printed \(Self.raw(streams.err)) raw on standard error")
            // Where the title, quote or note is printed, the escape shows (spelled, or escaped in JSON).
            if ["explain", "brief", "flags-json", "export-json", "export-csv"].contains(name) {
                #expect(["<U+001B>", "&lt;U+001B&gt;", "\\u001b", "\\u001B"].contains { streams.out.contains($0) }, "\(name): the escape is not shown")
            }
        }
    }

    @Test("bug 5: every report analyze writes shows controls and bidi visibly")
    func reports() throws {
        try withTemporaryDirectory { dir in
            let (a, flag) = try Self.annotations(in: dir)
            #expect(ClaimDiffTool.capture(["review", flag, "--dismiss", "--note", "r \(Self.nasty)".replacingOccurrences(of: "\u{0B}", with: " "), "--annotations", a]).code == .success)
            let out = dir.path + "/out"
            #expect(ClaimDiffTool.capture(["analyze", "--annotations", a, "--out", out]).code == .success)
            let files = AnalyzeOutputTests.tree(out)
            #expect(!files.isEmpty)
            var shown = false
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                #expect(Self.raw(text).isEmpty, "\(path) holds \(Self.raw(text)) raw")
                shown = shown || text.contains("&lt;U+001B&gt;") || text.contains("<U+001B>")
            }
            #expect(shown)
        }
    }
}

/// Output captured the way the standard streams treat it on a terminal: `data` (CSV) too is
/// shown visibly there.
final class ToolStreams: @unchecked Sendable {
    private let lock = NSLock()
    private var o = "", e = ""
    var out: String { lock.withLock { o } }
    var err: String { lock.withLock { e } }
    var terminal: Console {
        Console(out: { s in self.lock.withLock { self.o += s } }, err: { s in self.lock.withLock { self.e += s } },
                data: { s in self.lock.withLock { self.o += VisibleText.render(s.replacingOccurrences(of: "\r\n", with: "\n"), keepingLineBreaks: true) } })
    }
}
