/// `claimdiff brief [--as-of DATE] [--about PREFIX] [--out FILE]`: the brief on standard output.
enum BriefCommand {
    static let spec = CommandSpec(
        name: "brief", summary: "print the analyst brief",
        options: CommonOptions.analysis + [CommonOptions.about, CommonOptions.outFile], maxOperands: 0,
        details: """
        Prints the analyst brief: first the key judgements (the current position on each key
        proposition, what changed since the previous year, what is contested and by whom, what to
        watch), then per topic the current position as of DATE, who agrees, who dissents, who
        held an earlier view, open flags and single-source caveats.
        """,
        examples: [("claimdiff brief --about su35.", "the brief on the Su-35 transfer"),
                   ("claimdiff brief --as-of 2022-06 --out brief-mid-2022.md", "the brief as it stood in June 2022, to a file")])

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
    static let spec = CommandSpec(
        name: "diff", summary: "print what changed between two dates or years",
        options: [CommonOptions.annotations,
                  OptionSpec("--from", "DATE", "the earlier date (2021 means the end of 2021)", required: true),
                  OptionSpec("--to", "DATE", "the later date", required: true),
                  CommonOptions.outFile],
        maxOperands: 0,
        details: """
        Prints what the papers published by --from held against what the papers published by --to
        held: the main changes in a paragraph, then changed, contradicted, new, not mentioned
        again and unchanged (each with every paper on each side), and forecasts that came due.
        """,
        examples: [("claimdiff diff --from 2021 --to 2024", "what changed in the assessment since 2021")])

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
        // '-' is standard output (it created a file named '-').
        guard let path, path != "-" else {
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
