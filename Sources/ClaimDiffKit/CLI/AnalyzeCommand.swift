/// `claimdiff analyze`: run every rule and write every report.
enum AnalyzeCommand {
    static let spec = CommandSpec(name: "analyze", valued: Analysis.options + ["--out"], maxOperands: 0)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        let analysis: Analysis
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x): analysis = x
        }
        let out = a.value("--out") ?? "Reports"
        let files = ReportSet.build(analysis.reports)
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
