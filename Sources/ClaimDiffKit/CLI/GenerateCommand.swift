/// `claimdiff generate --claims N [--papers P] [--seed S] [--skew] --out DIR`: a synthetic
/// corpus with the flags it planted.
enum GenerateCommand {
    static let spec = CommandSpec(
        name: "generate", summary: "write a synthetic corpus and the flags it planted",
        options: [OptionSpec("--claims", "N", "how many claims (at least 2)", required: true),
                  OptionSpec("--papers", "P", "how many papers", default: "one per 100 claims"),
                  OptionSpec("--seed", "S", "the seed of the generator", default: "1"),
                  OptionSpec("--skew", nil, "put a tenth of the claims into propositions of 10,000 claims each"),
                  OptionSpec("--out", "DIR", "where to write", required: true, short: "-o"),
                  CommonOptions.quiet],
        maxOperands: 0,
        details: """
        Writes a synthetic corpus to DIR: vocabulary.claims, one file per paper under papers/, and
        ground-truth.tsv listing every flag the rules must raise on it. The same options always
        write the same bytes.
        """,
        examples: [("claimdiff generate --claims 10000 --out corpus", "10,000 claims in 100 papers")])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        guard let out = a.value("--out") else { throw .missingOption("--out DIR", command: spec.name) }
        if out == "-" { throw .invalidValue(option: "--out", value: out, expected: "a folder") }
        guard let raw = a.value("--claims") else { throw .missingOption("--claims N", command: spec.name) }
        guard let claims = Int(raw), claims >= 2 else { throw .invalidValue(option: "--claims", value: raw, expected: "a whole number of at least 2") }
        var papers: Int?
        if let p = a.value("--papers") {
            guard let n = Int(p), n >= 2 else { throw .invalidValue(option: "--papers", value: p, expected: "a whole number of at least 2") }
            papers = n
        }
        var seed: UInt64 = 1
        if let s = a.value("--seed") {
            guard let n = UInt64(s) else { throw .invalidValue(option: "--seed", value: s, expected: "a whole number") }
            seed = n
        }
        let options = CorpusGenerator.Options(claims: claims, papers: papers, seed: seed, skew: a.has("--skew"))
        if claims >= 100_000 { Progress(console: console, quiet: a.has("--quiet")).begin("generating \(claims) claims into \(out)/") }
        do throws(CorpusGenerator.WriteError) {
            let s = try CorpusGenerator.write(options, to: out)
            console.print("wrote \(s.papers) papers, \(s.claims) claims, \(s.propositions) propositions (\(s.bytes) bytes) to \(out)/; \(s.expected.count) planted flags in \(out)/ground-truth.tsv")
            return .success
        } catch {
            console.error("cannot write '\(error.path)': \(error.reason)")
            return .cantCreate
        }
    }
}
