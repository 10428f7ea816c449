import Foundation
import Testing
@testable import fuzz_claims

/// Every committed fuzz input (the seed corpus in `Tests/Fuzz/corpus/` and each input the
/// fuzzer ever stopped on, in `Tests/Fuzz/regressions/`) through the fuzz target's own checks,
/// in a plain test run: decode, parse, `fmt` round trip, engine, reports.
@Suite struct FuzzCorpusTests {
    static let folders = ["corpus", "regressions"].map { PackagePaths.root + "/Tests/Fuzz/" + $0 }

    static let inputs: [String] = folders.flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
            .sorted().map { folder + "/" + $0 }
    }

    @Test("the seed corpus is there and small")
    func corpusSize() throws {
        let seeds = Self.inputs.filter { $0.contains("/corpus/") }
        #expect(seeds.count >= 5)
        let bytes = try seeds.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) }
        #expect(bytes < 100_000)
    }

    @Test("every committed fuzz input keeps the fuzz target's invariants", arguments: inputs)
    func input(_ path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path))
        FuzzClaims.run([UInt8](bytes)) { Issue.record(Comment(rawValue: "\((path as NSString).lastPathComponent): \($0)")) }
    }
}
