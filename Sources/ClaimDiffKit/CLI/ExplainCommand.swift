/// `claimdiff explain FLAG-ID`: one flag with its evidence and reason.
enum ExplainCommand {
    static let spec = CommandSpec(
        name: "explain", summary: "show one flag with its evidence and reason", operands: "FLAG-ID",
        options: CommonOptions.analysis, maxOperands: 1,
        details: "Prints one flag: the rule that raised it, why, and each claim with its paper, date and quote.",
        examples: [("claimdiff explain f-h0rkkk0fph", "a denial that a later paper contradicts")])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        guard let id = a.operands.first else { throw .missingOption("FLAG-ID", command: spec.name) }
        let analysis: Analysis
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x): analysis = x
        }
        guard let f = analysis.flags.first(where: { $0.id == id }) else {
            let hint = Suggestion.hint(id, analysis.flags.map(\.id))
            console.error("no flag '\(id)'\(hint); run 'claimdiff flags' to list them")
            return .noInput
        }
        console.out(render(f, analysis.context))
        return .success
    }

    static func render(_ f: Flag, _ ctx: RuleContext) -> String {
        let set = ctx.set
        let rule = builtInRules.first { $0.description.identifier == f.rule }?.description
        let title = set.proposition(f.proposition)?.title ?? ""
        var lines = [
            "\(f.id): \(f.kind.rawValue) (\(f.severity.rawValue))",
            "rule: \(f.rule)" + (rule.map { " (\($0.name)): \($0.summary)" } ?? ""),
            "proposition: \(f.proposition): \(title)",
            "why: \(f.why)",
            "evidence fingerprint: \(f.fingerprint(in: set))",
        ]
        // The positions compared: each paper's claims on the proposition, combined.
        let papers = f.claims.compactMap { set.claim($0)?.paper }.uniquedInOrder
        let positions = PositionSummary.lines(proposition: f.proposition, papers: papers, in: ctx)
        if !positions.isEmpty { lines += ["positions compared:"] + positions }
        lines.append("")
        for id in f.claims {
            guard let c = set.claim(id), let p = set.paper(c.paper) else { continue }
            let prop = set.proposition(c.about)!
            lines.append("\(c.id): \(p.id), \"\(p.title)\", published \(p.published.text)")
            lines.append("  value: \(ctx.words(c, on: prop)) for \(c.time.text)" + (c.stance == .asserted ? "" : " (\(RuleContext.stanceWords(c)))"))
            lines.append("  quote: \"\(c.quote)\"")
            if let n = c.note { lines.append("  note: \(n)") }
            lines.append("  at: \(c.location)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
