/// `claimdiff completions bash|zsh|fish`: a completion script made from the declarations.
enum CompletionsCommand {
    static let spec = CommandSpec(
        name: "completions", summary: "print a shell completion script (bash, zsh or fish)", operands: "SHELL", maxOperands: 1,
        details: "Prints a completion script for SHELL, made from the same declarations as the parser and this help.",
        examples: [("source <(claimdiff completions bash)", "complete in this bash session"),
                   ("claimdiff completions fish > ~/.config/fish/completions/claimdiff.fish", "install for fish"),
                   ("claimdiff completions zsh > ~/.zfunc/_claimdiff", "install for zsh (with ~/.zfunc in fpath)")],
        operandCompletion: .choices(["bash", "zsh", "fish"]))

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        guard let shell = a.operands.first else { throw .missingOption("SHELL", command: spec.name) }
        switch shell {
        case "bash": console.out(Completions.bash(Usage.commands))
        case "zsh": console.out(Completions.zsh(Usage.commands))
        case "fish": console.out(Completions.fish(Usage.commands))
        default: throw .invalidValue(option: "SHELL", value: shell, expected: "bash, zsh or fish")
        }
        return .success
    }
}
