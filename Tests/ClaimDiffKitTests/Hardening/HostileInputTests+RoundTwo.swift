import Foundation
import Testing
@testable import ClaimDiffKit
#if canImport(Glibc)
import Glibc
#endif

/// Rows for issue 15 ("Hardening, round two"): each id names the bug it covers.
extension HostileInputTests {
    static let roundTwoRows: [Row] = [
        // MARK: bug 2: --out onto something that is not a regular file
        Row(id: "bug-2-brief-out-onto-a-named-pipe", files: corpus(),
            setup: { #expect(mkfifo($0 + "/pipe", 0o644) == 0) },
            args: ["brief", "--annotations", "$D", "--out", "$D/pipe"], code: .cantCreate,
            expected: ["claimdiff: error: cannot write '$D/pipe': it is a named pipe, not a regular file; refusing to replace it"]),
        Row(id: "bug-2-brief-out-through-a-link-to-a-named-pipe", files: corpus(),
            setup: { #expect(mkfifo($0 + "/pipe", 0o644) == 0 && symlink($0 + "/pipe", $0 + "/stdout") == 0) },
            args: ["brief", "--annotations", "$D", "--out", "$D/stdout"], code: .cantCreate,
            expected: ["claimdiff: error: cannot write '$D/stdout': it is a named pipe, not a regular file; refusing to replace it"]),
        Row(id: "bug-2-export-out-onto-a-dangling-link", files: corpus(),
            setup: { #expect(symlink($0 + "/nowhere", $0 + "/out.csv") == 0) },
            args: ["export", "--format", "csv", "--annotations", "$D", "--out", "$D/out.csv"], code: .cantCreate,
            expected: ["claimdiff: error: cannot write '$D/out.csv': it is a symbolic link, not a regular file; refusing to replace it"]),
        Row(id: "bug-2-analyze-report-name-taken-by-a-named-pipe", files: corpus(),
            setup: {
                try FileManager.default.createDirectory(atPath: $0 + "/out", withIntermediateDirectories: true)
                #expect(mkfifo($0 + "/out/brief.md", 0o644) == 0)
            },
            args: ["analyze", "--annotations", "$D", "--out", "$D/out"], code: .cantCreate,
            expected: ["claimdiff: error: cannot write '$D/out/brief.md': it is a named pipe, not a regular file; refusing to replace it"]),

        // MARK: bug 4: verify-quotes reads sources only inside --sources
        Row(id: "bug-4-verify-quotes-source-climbs-out-of-sources",
            files: corpus("source: p.txt", "source: ../secret/passwd", extra: ["secret/passwd": "root:x:0:0:TOP SECRET LINE\n"]),
            setup: { try FileManager.default.createDirectory(atPath: $0 + "/src", withIntermediateDirectories: true) },
            args: ["verify-quotes", "--sources", "$D/src", "$D/vocabulary.claims", "$D/papers"], code: .dataError,
            expected: ["$D/papers/p.claims:5:11: error: source file '../secret/passwd' of paper 'p' is outside '$D/src'; name it relative to --sources, without '..'"]),
        Row(id: "bug-4-verify-quotes-source-is-a-link-out-of-sources",
            files: corpus("source: p.txt", "source: p.txt", extra: ["secret/passwd": "root:x:0:0:TOP SECRET LINE\n"]),
            setup: {
                try FileManager.default.createDirectory(atPath: $0 + "/src", withIntermediateDirectories: true)
                #expect(symlink($0 + "/secret/passwd", $0 + "/src/p.txt") == 0)
            },
            args: ["verify-quotes", "--sources", "$D/src", "$D/vocabulary.claims", "$D/papers"], code: .dataError,
            expected: ["$D/papers/p.claims:5:11: error: source file 'p.txt' of paper 'p' is outside '$D/src'; name it relative to --sources, without '..'"]),
        Row(id: "bug-4-verify-quotes-absolute-source",
            files: corpus("source: p.txt", "source: /etc/passwd"),
            setup: { try FileManager.default.createDirectory(atPath: $0 + "/src", withIntermediateDirectories: true) },
            args: ["verify-quotes", "--sources", "$D/src", "$D/vocabulary.claims", "$D/papers"], code: .dataError,
            expected: ["$D/papers/p.claims:5:11: error: source file '/etc/passwd' of paper 'p' is outside '$D/src'; name it relative to --sources, without '..'"]),

        // MARK: bug 7: a review record outside reviews.claims
        Row(id: "bug-7-review-in-a-paper-file-is-an-error",
            files: corpus("quote: \"Russia promised the jets.\"\n", "quote: \"Russia promised the jets.\"\n\nreview f-0000000000\n  disposition: dismissed\n  note: n\n"),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/papers/p.claims:12:1: error: review of 'f-0000000000' in 'p.claims'; reviews belong in reviews.claims, where 'claimdiff review' records them"]),
        Row(id: "bug-7-review-command-refuses-a-set-with-a-misplaced-review",
            files: corpus("quote: \"Russia promised the jets.\"\n", "quote: \"Russia promised the jets.\"\n\nreview f-0000000000\n  disposition: dismissed\n  note: n\n"),
            args: ["review", "f-0000000000", "--accept", "--note", "x", "--annotations", "$D"], code: .dataError,
            expected: ["$D/papers/p.claims:12:1: error: review of 'f-0000000000' in 'p.claims'; reviews belong in reviews.claims, where 'claimdiff review' records them"]),

        // MARK: bug 8: legal output names of 235-255 bytes
        Row(id: "bug-8-brief-out-with-a-240-byte-name", files: corpus(),
            args: ["brief", "--annotations", "$D", "--out", "$D/" + String(repeating: "b", count: 237) + ".md"], code: .success, expected: []),
        Row(id: "bug-8-brief-out-with-a-255-byte-name", files: corpus(),
            args: ["brief", "--annotations", "$D", "--out", "$D/" + String(repeating: "b", count: 252) + ".md"], code: .success, expected: []),
        Row(id: "bug-8-export-out-with-a-250-byte-non-ascii-name", files: corpus(),
            args: ["export", "--format", "json", "--annotations", "$D", "--out", "$D/" + String(repeating: "é", count: 123) + ".json"],
            code: .success, expected: []),
    ]
}

extension HostileInputTests {
    /// As root, a device node could be replaced (the reported case was `--out /dev/stdout`); one
    /// made in a temporary folder stands in for it, so that no real device is at risk.
    @Test("bug 2: as root, --out onto a device node is refused and the node stays a device",
          .enabled(if: getuid() == 0, "only root can make a device node"))
    func deviceNode() throws {
        try withTemporaryDirectory { dir in
            for (path, bytes) in Self.corpus() { try dir.write(Data(bytes), to: path) }
            let node = dir.path + "/null"
            #expect(mknod(node, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)  // major 1, minor 3: what /dev/null is
            let run = ClaimDiffTool.capture(["brief", "--annotations", dir.path, "--out", node])
            #expect(run.code == .cantCreate)
            #expect(run.err == "claimdiff: error: cannot write '\(node)': it is a device, not a regular file; refusing to replace it\n")
            var st = stat()
            #expect(lstat(node, &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
        }
    }
}
