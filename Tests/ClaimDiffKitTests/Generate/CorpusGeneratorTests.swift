import Foundation
import Testing
@testable import ClaimDiffKit

/// A generated corpus parses without a problem and the engine raises exactly the flags the
/// generator planted: no planted flag missing, no flag that was not planted.
@Suite struct CorpusGeneratorTests {
    @Test("the engine finds exactly the planted flags", arguments: [
        (id: "even", options: CorpusGenerator.Options(claims: 2000, seed: 1)),
        (id: "skewed", options: CorpusGenerator.Options(claims: 2000, seed: 7, skew: true)),
        (id: "few papers", options: CorpusGenerator.Options(claims: 2000, papers: 3, seed: 11)),
        (id: "many papers", options: CorpusGenerator.Options(claims: 2000, papers: 900, seed: 23)),
    ])
    func engineFindsExactlyThePlantedFlags(id: String, options: CorpusGenerator.Options) throws {
        try withTemporaryDirectory { dir in
            let summary = try CorpusGenerator.write(options, to: dir.path)
            #expect(summary.claims == options.claims, "\(id)")
            let loaded = try AnnotationLoader.load(paths: [dir.path])
            #expect(loaded.diagnostics.isEmpty, "\(id): \(loaded.diagnostics.prefix(3).map(\.headline))")
            #expect(loaded.set.claims.count == options.claims)
            let flags = RuleEngine().run(RuleContext(set: loaded.set))
            let found = flags.map(ExpectedFlag.init)
            #expect(Set(found).count == found.count, "\(id): two flags with the same kind, rule and claims")
            let planted = try #require(CorpusGenerator.readGroundTruth(dir.path + "/ground-truth.tsv"))
            #expect(planted == summary.expected)
            let missing = Set(planted).subtracting(found).sorted(), extra = Set(found).subtracting(planted).sorted()
            #expect(missing.isEmpty, "\(id): \(missing.count) planted flags not raised, e.g. \(missing.prefix(5).map(\.line))")
            #expect(extra.isEmpty, "\(id): \(extra.count) flags raised but not planted, e.g. \(extra.prefix(5).map(\.line))")
            if options.papers == nil {
                #expect(Set(found.map(\.kind)) == Set(Flag.Kind.allCases.map(\.rawValue)), "\(id): not every kind of flag is planted")
            }
        }
    }

    @Test func everyKindOfFlagIsPlanted() {
        let kinds = Set(CorpusGenerator.expectedFlags(.init(claims: 20_000, seed: 3)).map(\.kind))
        #expect(kinds == Set(Flag.Kind.allCases.map(\.rawValue)))
    }

    @Test func theSameSeedWritesTheSameBytes() throws {
        try withTemporaryDirectory { dir in
            let options = CorpusGenerator.Options(claims: 500, seed: 5, skew: true)
            _ = try CorpusGenerator.write(options, to: dir.path + "/a")
            _ = try CorpusGenerator.write(options, to: dir.path + "/b")
            let files = try AnnotationLoader.files(in: [dir.path + "/a"]).map { String($0.dropFirst(dir.path.count + 2)) }
            #expect(files.count == 6)
            for f in files + ["ground-truth.tsv"] {
                #expect(FileManager.default.contents(atPath: dir.path + "/a/" + f) == FileManager.default.contents(atPath: dir.path + "/b/" + f), "\(f)")
            }
            _ = try CorpusGenerator.write(.init(claims: 500, seed: 6, skew: true), to: dir.path + "/c")
            #expect(FileManager.default.contents(atPath: dir.path + "/a/ground-truth.tsv") != FileManager.default.contents(atPath: dir.path + "/c/ground-truth.tsv"))
        }
    }

    @Test func generatedFilesAreInCanonicalForm() throws {
        try withTemporaryDirectory { dir in
            _ = try CorpusGenerator.write(.init(claims: 300, seed: 9), to: dir.path)
            let run = ClaimDiffTool.capture(["fmt", "--check", dir.path])
            #expect(run.code == .success, "\(run.out)\(run.err)")
        }
    }

    @Test func skewPutsATenthOfTheClaimsIntoPropositionsOf10000() {
        let plan = CorpusGenerator.plan(.init(claims: 200_000, seed: 2, skew: true))
        let big = plan.propositions.filter { $0.claims.count == 10_000 }
        #expect(big.count == 2)
        #expect(Set(big.flatMap { $0.claims.map { plan.claims[Int($0)].paper } }).count == 2000)
    }
}
