/// `claimdiff flags`: list the flags, filtered by kind and proposition prefix.
enum FlagsCommand {
    static let spec = CommandSpec(
        name: "flags", summary: "list the flags the rules raise",
        options: CommonOptions.analysis + [CommonOptions.kind, CommonOptions.about,
                  OptionSpec("--format", "FORMAT", "text, or json with the columns of Docs/export.md", default: "text", completion: .choices(["text", "json"]), short: "-f")],
        maxOperands: 0,
        details: "Lists the flags the rules raise, sorted by proposition key, then by kind in a fixed order (contradictions first); the same order every run.",
        examples: [("claimdiff flags --kind contradiction", "every contradiction"),
                   ("claimdiff flags --about trade. --format json", "the flags on trade propositions, as JSON")])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        var kind: Flag.Kind?
        if let k = a.value("--kind") {
            guard let parsed = Flag.Kind(rawValue: k) else {
                throw .invalidValue(option: "--kind", value: k, expected: Flag.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                                    + Suggestion.hint(k, Flag.Kind.allCases.map(\.rawValue)))
            }
            kind = parsed
        }
        let format = a.value("--format") ?? "text"
        guard format == "text" || format == "json" else { throw .invalidValue(option: "--format", value: format, expected: "text or json") }
        let analysis: Analysis
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x): analysis = x
        }
        let prefix = a.value("--about") ?? ""
        let flags = analysis.flags.filter { (kind == nil || $0.kind == kind) && $0.proposition.hasPrefix(prefix) }
        if format == "json" {
            // The schema of `export --what flags` (Docs/export.md): one for every finding export.
            console.out(Export.json(Export.flags(flags, analysis.loaded.set)))
            return .success
        }
        for f in flags {
            console.print("\(f.id)  \(f.kind.rawValue) (\(f.severity.rawValue))  \(f.proposition)  \(f.claims.joined(separator: ", "))")
            console.print("    \(f.why)")
        }
        console.print("\(flags.count) flag\(flags.count == 1 ? "" : "s")")
        return .success
    }
}
