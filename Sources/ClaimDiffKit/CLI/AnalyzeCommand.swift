/// `claimdiff analyze`: run every rule and write every report.
enum AnalyzeCommand {
    static let spec = CommandSpec(
        name: "analyze", summary: "run the rules on the annotations and write every report",
        options: CommonOptions.analysis + [OptionSpec("--out", "DIR", "the folder to write the reports to", default: "Reports/", short: "-o")],
        maxOperands: 0,
        details: """
        Runs every rule on the annotations and writes the reports to --out. The whole set is built
        in a staging folder inside DIR and then moved into place, so a failure leaves the old set;
        DIR/.claimdiff-manifest lists what was written, and only files it lists are ever deleted.
        The same input always gives byte-identical reports.
        """,
        examples: [("claimdiff analyze", "Annotations/ in, Reports/ out"),
                   ("claimdiff analyze --as-of 2022 --out reports-2022", "the reports as they stood at the end of 2022")])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        if a.value("--out") == "-" { throw .invalidValue(option: "--out", value: "-", expected: "a folder (analyze writes several files; 'brief' and 'diff' print one)") }
        let analysis: Analysis
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x): analysis = x
        }
        let out = a.value("--out") ?? "Reports"
        let files = ReportSet.build(analysis.reports)
        analysis.progress.step("built \(files.count) reports; writing them to \(out)/")
        do throws(AtomicFile.WriteError) {
            try ReportSet.write(files, to: out)
        } catch {
            console.error("cannot write '\(error.path)': \(error.reason)")
            return .cantCreate
        }
        let q = analysis.reports.queue
        console.print("wrote \(files.count) files to \(out)/: \(analysis.flags.count) flags, \(q.open.count) open in the review queue")
        return .success
    }
}
