import Foundation
import Testing
@testable import ClaimDiffKit

/// Reports of an annotation set full of hostile text render as that text: compared with the
/// reports of the same set in plain words, cmark-gfm finds the same elements in every report,
/// every table row has its header's cells, and each hostile string shows as itself.
@Suite(.enabled(if: ExternalTool.cmarkGFM != nil, "cmark-gfm is not installed; install it with apt-get install cmark-gfm"))
struct InertOutputTests {
    /// Analyzes `files` (with a review of the first open flag) and returns the reports by path.
    static func reports(_ files: [String: String], in dir: TemporaryDirectory, name: String) throws -> [String: String] {
        for (path, text) in files { try dir.write(text, to: name + "/" + path) }
        let annotations = dir.path + "/" + name
        let check = ClaimDiffTool.capture(["check", annotations])
        #expect(check.code == .success, "\(check.err)")
        let open = ClaimDiffTool.capture(["review", "--annotations", annotations]).outLines
        let flag = try #require(open.first?.split(separator: " ").first.map(String.init))
        let hostile = name == "hostile"
        let review = ClaimDiffTool.capture(["review", flag, "--dismiss", "--annotations", annotations,
                                            "--note", hostile ? HostileCorpus.reviewNote : "plain note",
                                            "--by", hostile ? HostileCorpus.reviewer : "plain reviewer"])
        #expect(review.code == .success, "\(review.err)")
        let out = dir.path + "/" + name + "-reports"
        let analyze = ClaimDiffTool.capture(["analyze", "--annotations", annotations, "--out", out])
        #expect(analyze.code == .success, "\(analyze.err)")
        var reports: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: out)
        while let rel = walker?.nextObject() as? String {
            if rel.hasSuffix(".md") || rel.hasSuffix(".svg") { reports[rel] = try String(contentsOfFile: out + "/" + rel, encoding: .utf8) }
        }
        return reports
    }

    static func html(_ markdown: String) throws -> String {
        let out = try ExternalTool.run(ExternalTool.cmarkGFM!, ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink"], input: markdown)
        #expect(out.status == 0, "cmark-gfm failed: \(out.stderr)")
        return out.stdout
    }

    /// How many times each element (and comment) starts in rendered HTML.
    static func elements(_ html: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        let tags = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "img", "script", "table", "tr", "th", "td", "ul", "ol", "li",
                    "blockquote", "pre", "code", "hr", "em", "strong", "del", "details", "summary", "br"]
        for t in tags {
            counts[t] = html.components(separatedBy: "<\(t)>").count - 1 + html.components(separatedBy: "<\(t) ").count - 1
        }
        counts["<!--"] = html.components(separatedBy: "<!--").count - 1
        return counts
    }

    /// What cmark-gfm writes for literal text.
    static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test("every report renders hostile text as itself, with the elements of the plain-text reports")
    func reportsAreInert() throws {
        try withTemporaryDirectory { dir in
            let hostile = try Self.reports(HostileCorpus.hostile, in: dir, name: "hostile")
            let benign = try Self.reports(HostileCorpus.benign, in: dir, name: "benign")
            #expect(hostile.keys.sorted() == benign.keys.sorted())
            var allHTML = ""
            for path in hostile.keys.sorted() where path.hasSuffix(".md") {
                let h = try Self.html(hostile[path]!), b = try Self.html(benign[path] ?? "")
                allHTML += h
                #expect(Self.elements(h) == Self.elements(b), "\(path): the hostile text changed the elements")
                #expect(!h.contains("<script") && !h.contains("evil.example\""), "\(path)")
                // Bug 10: with the autolink extension (as GitHub renders), no bare URL or address links.
                #expect(!h.contains("href=\"http") && !h.contains("href=\"mailto") && !h.contains("href=\"xmpp"), "bug 10: \(path) has a live link")
                for problem in MarkdownTables.problems(hostile[path]!) { Issue.record("\(path): \(problem)") }
            }
            // Invisible characters show as <U+XXXX>; the zero-width space after each `@` keeps
            // e-mail addresses from becoming links and is not part of the text.
            let shown = allHTML.replacingOccurrences(of: "\u{200B}", with: "")
            for s in HostileCorpus.strings + [HostileCorpus.reviewNote, HostileCorpus.reviewer] {
                #expect(shown.contains(Self.literal(VisibleText.render(s.trimmingCharacters(in: [" "])))), "'\(s)' does not show as itself in any report")
            }
            #expect(!allHTML.unicodeScalars.contains { VisibleText.isInvisible($0) && $0 != "\n" && $0 != "\u{200B}" }, "bug 5: an invisible character reached a report")
            for path in hostile.keys.sorted() where path.hasSuffix(".svg") {
                let svg = try SVGParse(hostile[path]!)
                #expect(!svg.elements.contains { ["script", "foreignObject", "a", "image"].contains($0) }, "\(path)")
                #expect(!svg.attributes.contains { $0.keys.contains { $0.hasPrefix("on") } }, "\(path)")
            }
        }
    }
}
