/// Help, rendered from the commands' declarations (`CommandSpec`): the overview and one page
/// per command, with usage, options, defaults and examples. Nothing here is typed apart from
/// what the parser accepts.
enum Usage {
    /// Every command, in the order the overview lists them.
    static let commands: [CommandSpec] = [
        AnalyzeCommand.spec, CheckCommand.spec, NewCommand.spec, FormatCommand.spec, VerifyQuotesCommand.spec,
        FlagsCommand.spec, ExplainCommand.spec, BriefCommand.spec, DiffCommand.spec, ReviewCommand.spec,
        ExportCommand.spec, GenerateCommand.spec, CompletionsCommand.spec, helpSpec,
    ]

    static let helpSpec = CommandSpec(name: "help", summary: "show help for a command", operands: "[COMMAND]", maxOperands: 1,
                                      examples: [("claimdiff help export", "the options of export")])

    static let commandNames = commands.map(\.name)

    static func spec(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }

    static let exitCodes = """
    EXIT CODES: 0 ok, 1 findings, 64 usage error, 65 bad annotations, 66 missing input,
    70 internal error, 73 cannot write output, 74 cannot write to standard output or error.
    """

    static var overview: String {
        let width = commands.map(\.name.count).max()! + 4
        let list = commands.map { "  " + $0.name.padded(to: width) + $0.summary }.joined(separator: "\n")
        return """
        claimdiff: compare the claims papers make; flag agreements, contradictions and updates over time

        USAGE: claimdiff <command> [options]

        COMMANDS:
        \(list)

        Every command that reads annotations takes --annotations DIR (default Annotations/).
        '-' as --out FILE is standard output. Large corpora want a release build:
        swift build -c release (see README.md, Install).
        Run 'claimdiff help <command>' or 'claimdiff <command> --help' for details.

        \(exitCodes)
        """
    }

    /// `claimdiff fmt [--annotations DIR] [--check] [PATH...]`.
    static func synopsis(_ spec: CommandSpec) -> String {
        let options = spec.options.map { o in
            let s = o.synopsis + (o.repeatable ? "..." : "")
            return o.required ? s : "[\(s)]"
        }
        let operands = spec.operands.isEmpty ? [] : [spec.operands]
        return (["claimdiff", spec.name] + (spec.operandsFirst ? operands + options : options + operands)).joined(separator: " ")
    }

    /// A command's help page, or the overview for an unknown name.
    static func page(_ command: String) -> String {
        guard let spec = spec(command) else { return overview + "\n" }
        var lines = ["USAGE: " + synopsis(spec)] + spec.otherForms.map { "       " + $0 }
        lines += ["", spec.summary.prefix(1).uppercased() + spec.summary.dropFirst() + "."]
        if !spec.details.isEmpty { lines += ["", spec.details] }
        if !spec.options.isEmpty {
            let width = min(spec.options.map(\.label.count).max()! + 4, 28)
            lines += ["", "OPTIONS:"]
            for o in spec.options {
                var help = o.help
                if let d = o.defaultText { help += " (default: \(d))" }
                if case .choices(let c) = o.completion, o.name == "--kind" { help += "; one of " + c.joined(separator: ", ") }
                if o.repeatable { help += "; may be repeated" }
                if o.required { help += "; required" }
                let head = "  " + o.label, indent = String(repeating: " ", count: width + 2)
                let wrapped = wrap(help, width: 96 - indent.count)
                lines += head.count + 2 > width + 2 ? [head] + wrapped.map { indent + $0 }
                    : [head.padded(to: width + 2) + wrapped[0]] + wrapped.dropFirst().map { indent + $0 }
            }
            lines += ["  " + "-h, --help".padded(to: width) + "show this help"]
        }
        if !spec.examples.isEmpty {
            lines += ["", "EXAMPLES:"]
            for e in spec.examples { lines += ["  " + e.command, "      " + e.says] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Words filled into lines of at most `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }

    /// The first line of a command's page, as a usage error shows it.
    static func usageLine(_ command: String) -> String {
        spec(command).map { "usage: " + synopsis($0) } ?? "usage: claimdiff <command> [options]"
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func padded(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
