/// A command line split into options, flags and operands.
struct Arguments: Equatable, Sendable {
    var options: [String: [String]] = [:]
    var flags: Set<String> = []
    var operands: [String] = []
    var wantsHelp = false

    func value(_ name: String) -> String? { options[name]?.last }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// Splits `--opt=value`, `--opt value`, flags, `--` and operands; `-h`/`--help` anywhere asks for help.
    static func parse(_ args: [String], spec: CommandSpec) throws(UsageError) -> Arguments {
        var out = Arguments()
        var rest = args[...]
        var onlyOperands = false
        while let arg = rest.popFirst() {
            if onlyOperands || arg == "-" || !arg.hasPrefix("-") {
                out.operands.append(arg)
                continue
            }
            if arg == "--" { onlyOperands = true; continue }
            if arg == "--help" || arg == "-h" { out.wantsHelp = true; continue }
            var name = spec.longName(arg) ?? arg
            var inline: String?
            if let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            if spec.flags.contains(name) {
                if inline != nil { throw .unexpectedValue(option: name) }
                out.flags.insert(name)
            } else if spec.valued.contains(name) {
                // An empty value is a mistake (an unset shell variable): `--out ""` wrote to `/`.
                guard let v = inline ?? rest.popFirst(), !v.isEmpty else { throw .missingValue(option: name) }
                if out.options[name] != nil, !spec.repeatable.contains(name) { throw .repeatedOption(name) }
                out.options[name, default: []].append(v)
            } else {
                // `--out-dir` for `--out`: a declared name the word starts with, when none is close.
                let declared = spec.valued + spec.flags
                let suggestion = Suggestion.closest(to: name, in: declared)
                    ?? declared.filter { name.hasPrefix($0 + "-") || $0.hasPrefix(name) && name.count > 3 }.max { $0.count < $1.count }
                throw .unknownOption(name, command: spec.name, suggestion: suggestion)
            }
        }
        if let max = spec.maxOperands, out.operands.count > max, !out.wantsHelp {
            throw .unexpectedArgument(out.operands[max], command: spec.name)
        }
        return out
    }
}
