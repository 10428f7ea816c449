/// `claimdiff export --format json|jsonl|csv [--what claims|flags]`: machine-readable output.
enum ExportCommand {
    static let spec = CommandSpec(
        name: "export", summary: "write claims or flags as JSON, JSON Lines or CSV",
        options: CommonOptions.analysis + [
            OptionSpec("--format", "FORMAT", "json, jsonl or csv", default: "json", completion: .choices(["json", "jsonl", "csv"]), short: "-f"),
            OptionSpec("--what", "WHAT", "claims or flags", default: "claims", completion: .choices(["claims", "flags"])),
            CommonOptions.about,
            OptionSpec("--kind", "KIND", "only flags of this kind (with --what flags)", completion: .choices(Flag.Kind.allCases.map(\.rawValue))),
            OptionSpec("--bom", nil, "start CSV with a UTF-8 byte-order mark, for spreadsheets that need one"),
            CommonOptions.outFile],
        maxOperands: 0,
        details: """
        Writes claims or flags with typed fields (Docs/export.md): figures as numbers (low, high,
        unit), times as ISO start and end dates with their precision, null for what a claim does
        not give, and each flag's claims as an array. JSON has sorted keys; CSV is RFC 4180, one
        column per typed field, its free-text cells guarded so they cannot run as formulas.
        """,
        examples: [("claimdiff export --format csv --bom --out claims.csv", "every claim, for a spreadsheet"),
                   ("claimdiff export --what flags --kind contradiction --format jsonl", "contradictions, one JSON object a line")])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        let format = a.value("--format") ?? "json"
        guard ["json", "jsonl", "csv"].contains(format) else { throw .invalidValue(option: "--format", value: format, expected: "json, jsonl or csv") }
        let what = a.value("--what") ?? "claims"
        guard ["claims", "flags"].contains(what) else { throw .invalidValue(option: "--what", value: what, expected: "claims or flags") }
        var kind: Flag.Kind?
        if let k = a.value("--kind") {
            guard what == "flags" else { throw .conflicting("--kind", "--what claims") }
            guard let parsed = Flag.Kind(rawValue: k) else {
                throw .invalidValue(option: "--kind", value: k, expected: Flag.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                                    + Suggestion.hint(k, Flag.Kind.allCases.map(\.rawValue)))
            }
            kind = parsed
        }
        if a.has("--bom"), format != "csv" { throw .conflicting("--bom", "--format \(format)") }
        let prefix = a.value("--about") ?? ""
        if what == "claims" {
            // Claims need no rules: loaded only (a million claims exported seconds sooner).
            if let raw = a.value("--as-of") { _ = try Analysis.parseDate(raw, option: "--as-of") }
            switch ClaimDiffTool.load([a.value("--annotations") ?? "Annotations"], console: console) {
            case .failure(let code): return code
            case .success(let loaded): return write(Export.claims(loaded.set, about: prefix), format: format, a, console: console)
            }
        }
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x):
            let table = Export.flags(x.flags.filter { (kind == nil || $0.kind == kind) && $0.proposition.hasPrefix(prefix) }, x.loaded.set)
            return write(table, format: format, a, console: console)
        }
    }

    static func write(_ table: Export.Table, format: String, _ a: Arguments, console: Console) -> ExitCode {
        let text: String
        switch format {
        case "csv": text = Export.csv(table, byteOrderMark: a.has("--bom"))
        case "jsonl": text = Export.jsonLines(table)
        default: text = Export.json(table)
        }
        return ReportOutput.emit(text, to: a.value("--out"), console: console, data: format == "csv")
    }
}
