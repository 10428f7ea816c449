import Foundation

/// The options shared by the commands that run the rules, and the loading they share.
struct Analysis {
    var loaded: AnnotationLoader.Loaded
    var reports: ReportContext
    var progress: Progress
    var context: RuleContext { reports.rules }
    var flags: [Flag] { reports.flags }


    /// Loads annotations from `--annotations` (default Annotations/) and runs the engine.
    static func run(_ a: Arguments, console: Console) throws(UsageError) -> Result<Analysis, ExitCode> {
        var asOf: TimeSpan?
        if let raw = a.value("--as-of") {
            asOf = try parseDate(raw, option: "--as-of")
        }
        let progress = Progress(console: console, quiet: a.has("--quiet"))
        let folder = a.value("--annotations") ?? "Annotations"
        switch ClaimDiffTool.load([folder], console: console) {
        case .failure(let code): return .failure(code)
        case .success(let loaded):
            progress.step("read \(loaded.set.claims.count) claims in \(loaded.set.papers.count) papers; running the rules")
            progress.adviseRelease(claims: loaded.set.claims.count)
            // Reports name the folder relative to where the command runs (ReportProvenance).
            let provenance = ReportProvenance(annotations: folder, currentDirectory: FileManager.default.currentDirectoryPath)
            let analysis = Analysis(loaded: loaded, reports: ReportContext(set: loaded.set, asOf: asOf, provenance: provenance), progress: progress)
            progress.step("raised \(analysis.flags.count) flags")
            return .success(analysis)
        }
    }

    /// A date option: a year means its last day; other dates mean the end of their span.
    static func parseDate(_ raw: String, option: String) throws(UsageError) -> TimeSpan {
        guard case .success(let s) = TimeSpan.parse(raw) else {
            throw .invalidValue(option: option, value: raw, expected: "a date such as 2021, 2022-06 or 2022-06-30")
        }
        return TimeSpan(start: s.end, end: s.end, precision: .day, text: CivilDate.iso(s.end))
    }
}
