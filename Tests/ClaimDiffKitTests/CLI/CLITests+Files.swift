import Foundation
import Testing
@testable import ClaimDiffKit

/// Commands that read and write files: fmt and verify-quotes.
extension CLITests {
    /// A valid file, out of canonical order and indent.
    static let unformatted = """
    ladder l
        steps: none < promised < delivered
    proposition x.transfer
      title: How far the transfer got
      kind: ladder
      ladder: l
    paper p
      source: p.txt
      title: T
      publisher: P
      published: 2024
    claim c1
      quote: "Russia promised the jets."
      about: x.transfer
      value: promised
    claim c2
      about: x.transfer
      value: delivered
      quote: "The jets were delivered in March."

    """

    static let formatted = """
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

    claim c1
      about: x.transfer
      value: promised
      quote: "Russia promised the jets."

    claim c2
      about: x.transfer
      value: delivered
      quote: "The jets were delivered in March."

    """

    @Test("fmt --check lists an unformatted file, exits 1 and leaves it alone")
    func formatCheck() throws {
        try withTemporaryDirectory { dir in
            let path = try dir.write(Self.unformatted, to: "a.claims")
            let run = ClaimDiffTool.capture(["fmt", "--check", dir.path])
            #expect(run.code == .findings)
            #expect(run.outLines == [path])
            #expect(run.err == "1 file is not formatted; run 'claimdiff fmt'\n")
            #expect(try dir.read("a.claims") == Self.unformatted)
        }
    }

    @Test("fmt rewrites an unformatted file in canonical form; then fmt --check passes")
    func formatRewrites() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.unformatted, to: "a.claims")
            let run = ClaimDiffTool.capture(["fmt", dir.path])
            #expect(run.code == .success)
            #expect(run.outLines == ["formatted 1 of 1 files"])
            #expect(try dir.read("a.claims") == Self.formatted)
            let check = ClaimDiffTool.capture(["fmt", "--check", dir.path])
            #expect(check.code == .success)
            #expect(check.out == "" && check.err == "")
        }
    }

    @Test("fmt leaves a file with errors untouched and exits 65")
    func formatRefusesBrokenFiles() throws {
        try withTemporaryDirectory { dir in
            let broken = Self.unformatted.replacingOccurrences(of: "value: delivered", with: "value: delivred")
            try dir.write(broken, to: "a.claims")
            let run = ClaimDiffTool.capture(["fmt", dir.path])
            #expect(run.code == .dataError)
            #expect(run.err.contains("/a.claims:18:10: error: unknown ladder step 'delivred'"))
            #expect(try dir.read("a.claims") == broken)
        }
    }

    @Test("verify-quotes names the claim, the paper and the closest passage of a quote not found")
    func verifyQuotesMissing() throws {
        try withTemporaryDirectory { dir in
            let annotations = try dir.write(Self.formatted, to: "annotations/a.claims")
            try dir.write("Russia promised the jets.\n\nThe jets were  not delivered in\nMarch, officials said.\n", to: "sources/p.txt")
            let run = ClaimDiffTool.capture(["verify-quotes", "--sources", dir.path + "/sources", dir.path + "/annotations"])
            #expect(run.code == .dataError)
            #expect(run.out == "")
            #expect(run.err == """
                \(annotations):20:1: error: quote of claim 'c2' not found in 'p.txt' (paper 'p')
                  claim c2
                  ^
                \(annotations):20:1: note: closest passage: "The jets were not delivered in"
                  claim c2
                  ^
                1 quote not verified

                """)
        }
    }

    @Test("verify-quotes passes when every quote is found, with --sources=DIR too")
    func verifyQuotesFound() throws {
        try withTemporaryDirectory { dir in
            try dir.write(Self.formatted, to: "annotations/a.claims")
            try dir.write("Russia promised the jets.\nThe jets were delivered\nin March.\n", to: "sources/p.txt")
            let run = ClaimDiffTool.capture(["verify-quotes", "--sources=\(dir.path)/sources", dir.path + "/annotations"])
            #expect(run.code == .success)
            #expect(run.outLines == ["2 quotes verified in 1 paper"])
        }
    }

    @Test("verify-quotes on the real annotations and ../shared/seeds exits 0",
          .enabled(if: FileManager.default.fileExists(atPath: PackagePaths.seeds),
                   "needs the seed texts in ../shared/seeds beside the checkout"))
    func verifyQuotesReal() throws {
        let set = try AnnotationLoader.load(paths: [PackagePaths.annotations]).set
        let run = ClaimDiffTool.capture(["verify-quotes", "--sources", PackagePaths.seeds, PackagePaths.annotations])
        #expect(run.code == .success, "\(run.err)")
        #expect(run.outLines.last == "\(set.claims.count) quotes verified in \(Set(set.claims.map(\.paper)).count) papers")
    }
}
