/// `claimdiff brief [--as-of DATE] [--about PREFIX] [--out FILE]`: the brief on standard output.
enum BriefCommand {
    static let spec = CommandSpec(name: "brief", valued: Analysis.options + ["--about", "--out"], maxOperands: 0)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x):
            return ReportOutput.emit(BriefReport.render(x.reports, about: a.value("--about") ?? ""), to: a.value("--out"), console: console)
        }
    }
}

/// `claimdiff diff --from DATE --to DATE [--out FILE]`: one diff on standard output.
enum DiffCommand {
    static let spec = CommandSpec(name: "diff", valued: ["--annotations", "--from", "--to", "--out"], maxOperands: 0)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        guard let f = a.value("--from") else { throw .missingOption("--from DATE", command: spec.name) }
        guard let t = a.value("--to") else { throw .missingOption("--to DATE", command: spec.name) }
        let from = try Analysis.parseDate(f, option: "--from"), to = try Analysis.parseDate(t, option: "--to")
        guard from.end < to.end else { throw .invalidValue(option: "--to", value: t, expected: "a date after --from") }
        var withAsOf = a
        withAsOf.options["--as-of"] = [to.text]
        switch try Analysis.run(withAsOf, console: console) {
        case .failure(let code): return code
        case .success(let x):
            return ReportOutput.emit(DiffReport.render(x.reports, from: from, to: to), to: a.value("--out"), console: console)
        }
    }
}

/// Prints a report, or writes it atomically to `--out`.
enum ReportOutput {
    /// `data`: machine-readable text, written as it is (see `Console.data`).
    static func emit(_ text: String, to path: String?, console: Console, data: Bool = false) -> ExitCode {
        guard let path else {
            if data { console.data(text) } else { console.out(text) }
            return .success
        }
        do throws(AtomicFile.WriteError) {
            try AtomicFile.write(text, to: path)
            return .success
        } catch {
            console.error("cannot write '\(error.path)': \(error.reason)")
            return .cantCreate
        }
    }
}
