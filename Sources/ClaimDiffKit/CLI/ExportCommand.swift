/// `claimdiff export --format json|jsonl|csv [--what claims|flags]`: machine-readable output.
enum ExportCommand {
    static let spec = CommandSpec(name: "export", valued: Analysis.options + ["--format", "--what", "--out"], maxOperands: 0)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        let format = a.value("--format") ?? "json"
        guard ["json", "jsonl", "csv"].contains(format) else { throw .invalidValue(option: "--format", value: format, expected: "json, jsonl or csv") }
        let what = a.value("--what") ?? "claims"
        guard ["claims", "flags"].contains(what) else { throw .invalidValue(option: "--what", value: what, expected: "claims or flags") }
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x):
            let table = what == "claims" ? Export.claims(x.loaded.set) : Export.flags(x.flags, x.loaded.set)
            let text: String
            switch format {
            case "csv": text = Export.csv(table)
            case "jsonl": text = Export.jsonLines(table)
            default: text = Export.json(table)
            }
            return ReportOutput.emit(text, to: a.value("--out"), console: console, data: format == "csv")
        }
    }
}
