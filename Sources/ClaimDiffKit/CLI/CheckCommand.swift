/// `claimdiff check [PATH...]`: parse and report every problem, or print a summary.
enum CheckCommand {
    static let spec = CommandSpec(name: "check")

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        let paths = a.operands.isEmpty ? ["Annotations"] : a.operands
        switch ClaimDiffTool.load(paths, console: console) {
        case .failure(let code): return code
        case .success(let loaded):
            let s = loaded.set
            console.print("\(s.papers.count) papers, \(s.claims.count) claims, \(s.propositions.count) propositions")
            return .success
        }
    }
}
