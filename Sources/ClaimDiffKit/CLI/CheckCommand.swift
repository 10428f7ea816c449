/// `claimdiff check [PATH...]`: parse and report every problem, or print a summary.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check", summary: "check annotation files and print a summary", operands: "[PATH...]",
        options: [CommonOptions.annotations, CommonOptions.quiet],
        details: """
        Parses the annotation files under each PATH (default: the --annotations folder) and reports
        every problem as file:line:col: error: message, with the line and a caret. On success the
        last line is 'N papers, M claims, K propositions'. A PATH that is one file (the paper you
        are editing) is checked with the vocabulary and reviews of the nearest folder above it
        that holds vocabulary.claims, or of --annotations when given. PATH '-' reads one file from
        standard input, checked with the --annotations folder. Exit 0 when clean, 65 on errors.
        """,
        examples: [("claimdiff check", "check Annotations/"),
                   ("claimdiff check Annotations/papers/ips-2022.claims", "check one paper against the bundled vocabulary"),
                   ("claimdiff check - < draft.claims", "check what an editor pipes in, with Annotations/'s vocabulary")],
        operandCompletion: .file)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        if a.operands == ["-"] { return StandardInput.check(annotations: a.value("--annotations"), console: console) }
        let scope = AnnotationScope(operands: a.operands, annotations: a.value("--annotations"))
        let progress = Progress(console: console, quiet: a.has("--quiet"))
        switch ClaimDiffTool.load(scope, console: console) {
        case .failure(let code): return code
        case .success(let loaded):
            progress.step("read \(loaded.set.claims.count) claims")
            let s = loaded.set
            // One file checked in its corpus: its own papers and claims are counted.
            let papers = s.papers.filter { scope.reports($0.location.file) }.count
            let claims = scope.focus == nil ? s.claims.count : s.claims.filter { scope.reports($0.location.file) }.count
            console.print("\(papers) paper\(papers == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"), \(s.propositions.count) propositions")
            return .success
        }
    }
}
