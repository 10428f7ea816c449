import Foundation
import Testing

/// Every committed input of the command-line fuzz target (`Tests/Fuzz/cli-corpus/`) through
/// its invariants, by the `fuzz-cli` executable that `swift build` makes (it changes its
/// working directory for each input, so it runs as a child, not in this process).
@Suite struct FuzzCLICorpusTests {
    static let executable: String? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fuzz-cli").path
        return [beside, PackagePaths.root + "/.build/debug/fuzz-cli"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test("every committed CLI fuzz input keeps the invariants: documented exit codes, inert output, nothing outside touched",
          .enabled(if: executable != nil, "needs the fuzz-cli executable beside the test bundle; run 'swift build' first"))
    func corpus() throws {
        let folder = PackagePaths.root + "/Tests/Fuzz/cli-corpus"
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        #expect(inputs.count >= 10)
        let run = try ChildProcess.run(Self.executable!, inputs)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasSuffix("\(inputs.count) inputs, 0 broken invariants\n"), "\(run.stdout)")
    }
}
