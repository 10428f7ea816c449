import Foundation
import Testing
@testable import ClaimDiffKit

/// `claimdiff fmt`: one canonical form, idempotent, lossless, and comments kept in place.
@Suite("Formatter")
struct FormatterTests {
    /// Every annotation file with its text, read once.
    static let corpus: [(path: String, text: String)] = PackagePaths.annotationFiles().map { path in
        (path, (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    }

    @Test("the real annotations are found and parse cleanly")
    func corpusParses() {
        #expect(Self.corpus.count >= 6)
        let (set, diagnostics) = Snippet.parse(Self.corpus)
        #expect(diagnostics.map(\.headline) == [])
        #expect(set.papers.count >= 5)
        #expect(set.claims.count >= 100)
    }

    @Test("fmt is idempotent on every annotation file", arguments: PackagePaths.annotationFiles())
    func idempotent(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let once = Snippet.format(text, path: path)
        #expect(!once.isEmpty)
        #expect(Snippet.format(once, path: path) == once)
    }

    @Test("fmt is lossless on every annotation file: the formatted file parses to the same model",
          arguments: PackagePaths.annotationFiles())
    func lossless(_ path: String) {
        let formatted = Self.corpus.map { file in
            file.path == path ? (file.path, Snippet.format(file.text, path: file.path)) : file
        }
        let (before, d1) = Snippet.parse(Self.corpus)
        let (after, d2) = Snippet.parse(formatted)
        #expect(d1.isEmpty && d2.isEmpty)
        #expect(ModelDump.text(after, locations: false) == ModelDump.text(before, locations: false))
    }

    @Test("the committed annotation files are already in canonical form", arguments: PackagePaths.annotationFiles())
    func committedFilesAreFormatted(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(Snippet.format(text, path: path) == text, "run 'claimdiff fmt' on \(path)")
    }

    // MARK: - Comments

    /// Comments in every position a file can hold one, written carelessly.
    static let commented = """
    # file header comment

    # leading comment of ladder l
    ladder l   # after the header
        # before the steps field
    \tsteps: none < promised < delivered   # trailing on a field
    # at column 1 between fields
      note: how far it got
        # indented after the last field

    # a standalone block
    # of two lines

    proposition x.transfer
      ladder: l
      title: How far the transfer got
      # above kind, which fmt moves first
      kind: ladder

    paper p
      source: p.txt
      title: "T"
      publisher: P
      published: 2024

    claim c
      quote: "Russia promised"   # trailing on a quoted field
      about: x.transfer
      value: promised
    # end of file
    """

    /// The same file in canonical form: every comment where it was, fields in schema order.
    static let commentedCanonical = """
    # file header comment

    # leading comment of ladder l
    ladder l  # after the header
      # before the steps field
      steps: none < promised < delivered  # trailing on a field
      # at column 1 between fields
      note: how far it got
      # indented after the last field

    # a standalone block
    # of two lines

    proposition x.transfer
      # above kind, which fmt moves first
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
      quote: "Russia promised"  # trailing on a quoted field

    # end of file

    """

    @Test("comments in every position stay where they were written")
    func commentsStayInPlace() {
        #expect(Snippet.report(Self.commented) == [])
        #expect(Snippet.format(Self.commented) == Self.commentedCanonical)
    }

    @Test("every comment line survives formatting exactly once")
    func everyCommentSurvives() {
        func comments(_ text: String) -> [String] {
            text.split(separator: "\n").compactMap { line in
                guard let hash = line.firstIndex(of: "#") else { return nil }
                return String(line[hash...]).trimmingCharacters(in: .whitespaces)
            }
        }
        let before = comments(Self.commented)
        #expect(before.count == 12)
        #expect(comments(Snippet.format(Self.commented)) == before)
    }

    @Test("the commented file formats idempotently and losslessly")
    func commentedIsStable() {
        #expect(Snippet.format(Self.commentedCanonical) == Self.commentedCanonical)
        let (a, _) = Snippet.parse(Self.commented)
        let (b, _) = Snippet.parse(Self.commentedCanonical)
        #expect(a.claims.count == 1)
        #expect(ModelDump.text(a, locations: false) == ModelDump.text(b, locations: false))
    }

    // MARK: - Golden

    /// Tabs, odd indents, fields out of order, extra blank lines, CRLF, needless and needed quotes.
    static let messy = "\n\n\nladder   l\r\n\tsteps:   none < promised < delivered   \r\n\r\n\r\n\r\n"
        + "proposition x.transfer\r\n    title: \"How far the transfer got\"\r\n  ladder: l\r\n  kind: ladder\r\n"
        + "paper p\r\n  source: p.txt\r\n  published: 2024-11\r\n  publisher: Gulf Research Center\r\n"
        + "  title: Partners in Defiance\r\n  authors: A; B\r\n  note: \"a # b\"\r\n"
        + "claim c\r\n  quote: \"He said \\\"no\\\" to C:\\\\\"\r\n  value: promised\r\n  about: x.transfer\r\n"
        + "  hedge:   \" reportedly\"\r\n"

    static let messyCanonical = """
    ladder l
      steps: none < promised < delivered

    proposition x.transfer
      kind: ladder
      title: How far the transfer got
      ladder: l

    paper p
      title: Partners in Defiance
      authors: A; B
      publisher: Gulf Research Center
      published: 2024-11
      source: p.txt
      note: "a # b"

    claim c
      about: x.transfer
      value: promised
      hedge: " reportedly"
      quote: "He said \\"no\\" to C:\\\\"

    """

    @Test("golden: a messy snippet formats to exactly the canonical text")
    func golden() {
        #expect(Snippet.report(Self.messy) == [])
        #expect(Snippet.format(Self.messy) == Self.messyCanonical)
        #expect(Snippet.format(Self.messyCanonical) == Self.messyCanonical)
        let (a, _) = Snippet.parse(Self.messy)
        let (b, _) = Snippet.parse(Self.messyCanonical)
        #expect(a.claims.first?.quote == #"He said "no" to C:\"#)
        #expect(a.claims.first?.hedge == " reportedly")
        #expect(ModelDump.text(a, locations: false) == ModelDump.text(b, locations: false))
    }

    @Test("an empty file and a file of only comments")
    func degenerate() {
        #expect(Snippet.format("") == "")
        #expect(Snippet.format("\n\n") == "")
        #expect(Snippet.format("# one\n\n\n# two\n") == "# one\n\n# two\n")
    }
}
