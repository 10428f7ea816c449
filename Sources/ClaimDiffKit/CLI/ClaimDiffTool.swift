import Foundation

/// The command-line tool: parses arguments, runs one command, returns its exit code.
public enum ClaimDiffTool {
    public static let version = "0.1.0"

    /// Runs `claimdiff` on the process's standard streams and returns the exit status: the
    /// command's, or 74 when a write to standard output or error failed.
    public static func main(_ arguments: [String]) -> Int32 {
        let streams = StandardStreams()
        let code = run(arguments, console: streams.console)
        return streams.failed == nil ? code.rawValue : ExitCode.ioError.rawValue
    }

    /// Runs `claimdiff` with arguments (without the program name).
    public static func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let command = arguments.first else {
            console.err(Usage.overview + "\n")
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        do throws(UsageError) {
            switch command {
            case "--help", "-h", "help":
                // Help for a command that does not exist is a usage error, with a did-you-mean.
                // `help --help` is help's own page; help for a command that does not exist is a
                // usage error, with a did-you-mean.
                let topic = rest.first.map { $0 == "--help" || $0 == "-h" ? "help" : $0 }
                if let topic, !Usage.commandNames.contains(topic) { throw UsageError.unknownCommand(topic) }
                console.out(topic.map(Usage.page) ?? Usage.overview + "\n")
                return .success
            case "--version":
                console.print("claimdiff \(version)")
                return .success
            case "check": return try CheckCommand.run(rest, console: console)
            case "fmt": return try FormatCommand.run(rest, console: console)
            case "verify-quotes": return try VerifyQuotesCommand.run(rest, console: console)
            case "flags": return try FlagsCommand.run(rest, console: console)
            case "explain": return try ExplainCommand.run(rest, console: console)
            case "analyze": return try AnalyzeCommand.run(rest, console: console)
            case "brief": return try BriefCommand.run(rest, console: console)
            case "diff": return try DiffCommand.run(rest, console: console)
            case "review": return try ReviewCommand.run(rest, console: console)
            case "export": return try ExportCommand.run(rest, console: console)
            case "generate": return try GenerateCommand.run(rest, console: console)
            case "new": return try NewCommand.run(rest, console: console)
            case "completions": return try CompletionsCommand.run(rest, console: console)
            default: throw UsageError.unknownCommand(command)
            }
        } catch {
            console.error(error.message)
            let known = Usage.commandNames.contains(command) && command != "help"
            console.err(Usage.usageLine(known ? command : "") + "\n  See 'claimdiff \(known ? "help " + command : "--help")' for more information.\n")
            return .usage
        }
    }

    /// Parses arguments for a command; prints help and returns nil when help was asked for.
    static func arguments(_ args: [String], _ spec: CommandSpec, console: Console) throws(UsageError) -> Arguments? {
        let parsed = try Arguments.parse(args, spec: spec)
        if parsed.wantsHelp {
            console.out(Usage.page(spec.name))
            return nil
        }
        return parsed
    }

    /// Loads annotations, printing diagnostics; nil (with the exit code) when they cannot be used.
    static func load(_ paths: [String], console: Console) -> Result<AnnotationLoader.Loaded, ExitCode> {
        load(AnnotationScope(operands: paths, annotations: nil), console: console)
    }

    /// Loads what a scope names; only the diagnostics it shows count.
    static func load(_ scope: AnnotationScope, console: Console) -> Result<AnnotationLoader.Loaded, ExitCode> {
        do throws(AnnotationLoader.MissingInput) {
            let loaded = try AnnotationLoader.load(paths: scope.paths)
            let shown = scope.shown(loaded.diagnostics)
            if !shown.isEmpty {
                console.err(loaded.renderer.render(shown))
                // Warnings are printed; only errors stop the load.
                let errors = shown.filter { $0.severity == .error }.count
                if errors > 0 {
                    console.err("\(errors) error\(errors == 1 ? "" : "s") in annotations\n")
                    return .failure(.dataError)
                }
            }
            return .success(loaded)
        } catch {
            console.error("cannot read '\(error.path)': \(error.reason)")
            return .failure(.noInput)
        }
    }
}
