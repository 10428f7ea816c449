/// Shell completion scripts, made from the commands' declarations (`CommandSpec`), so that
/// they complete exactly the commands and options the parser accepts.
enum Completions {
    static func bash(_ commands: [CommandSpec]) -> String {
        func reply(_ c: OptionSpec.Completion) -> String {
            switch c {
            case .none: "COMPREPLY=()"
            case .file: "COMPREPLY=($(compgen -f -- \"$cur\"))"
            case .directory: "COMPREPLY=($(compgen -d -- \"$cur\"))"
            case .choices(let words): "COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\"))"
            }
        }
        var values: [String] = [], options: [String] = [], operands: [String] = []
        for c in commands {
            for o in c.options where o.value != nil {
                let words = [o.name] + (o.short.map { [$0] } ?? [])
                values.append("    " + words.map { "\"\(c.name) \($0)\"" }.joined(separator: "|") + ") \(reply(o.completion)); return ;;")
            }
            options.append("    \(c.name)) opts=\"\((c.options.flatMap { [$0.name] + ($0.short.map { [$0] } ?? []) } + ["--help"]).joined(separator: " "))\" ;;")
            if c.operandCompletion != .none { operands.append("    \(c.name)) \(reply(c.operandCompletion)) ;;") }
        }
        operands.append("    help) COMPREPLY=($(compgen -W \"\(commands.map(\.name).joined(separator: " "))\" -- \"$cur\")) ;;")
        return """
        # bash completion for claimdiff, written by 'claimdiff completions bash'.
        _claimdiff() {
          local cur prev cmd opts
          cur="${COMP_WORDS[COMP_CWORD]}"
          prev="${COMP_WORDS[COMP_CWORD-1]}"
          if [ "$COMP_CWORD" -eq 1 ]; then
            COMPREPLY=($(compgen -W "\(commands.map(\.name).joined(separator: " ")) --help --version" -- "$cur"))
            return
          fi
          cmd="${COMP_WORDS[1]}"
          case "$cmd $prev" in
        \(values.joined(separator: "\n"))
          esac
          case "$cmd" in
        \(options.joined(separator: "\n"))
            *) opts="--help" ;;
          esac
          if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "$opts" -- "$cur"))
            return
          fi
          case "$cmd" in
        \(operands.joined(separator: "\n"))
            *) COMPREPLY=() ;;
          esac
        }
        complete -o filenames -F _claimdiff claimdiff

        """
    }

    static func zsh(_ commands: [CommandSpec]) -> String {
        func escaped(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "'\\''")
                .replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]").replacingOccurrences(of: ":", with: "\\:")
        }
        func action(_ c: OptionSpec.Completion) -> String {
            switch c {
            case .none: " "
            case .file: "_files"
            case .directory: "_files -/"
            case .choices(let words): "(\(words.joined(separator: " ")))"
            }
        }
        let list = commands.map { "    '\($0.name):\(escaped($0.summary))'" }.joined(separator: "\n")
        let cases = commands.map { c -> String in
            var specs = c.options.flatMap { o -> [String] in
                ([o.name] + (o.short.map { [$0] } ?? [])).map { name in
                    let head = (o.repeatable ? "*" : "") + name + "[\(escaped(o.help))]"
                    return "'" + head + (o.value.map { ":\(escaped($0)):\(action(o.completion))" } ?? "") + "'"
                }
            }
            specs.append("'(-h --help)'{-h,--help}'[show help]'")
            if c.name == "help" {
                specs.append("'1:command:(\(commands.map(\.name).joined(separator: " ")))'")
            } else if c.operandCompletion != .none {
                specs.append("'*:\(c.operands.isEmpty ? "operand" : escaped(c.operands)):\(action(c.operandCompletion))'")
            }
            return "    \(c.name))\n      _arguments \\\n        " + specs.joined(separator: " \\\n        ") + " ;;"
        }.joined(separator: "\n")
        return """
        #compdef claimdiff
        # zsh completion for claimdiff, written by 'claimdiff completions zsh'.
        _claimdiff() {
          local -a commands
          commands=(
        \(list)
          )
          if (( CURRENT == 2 )); then
            _describe 'command' commands
            return
          fi
          local cmd=$words[2]
          shift words
          (( CURRENT-- ))
          case $cmd in
        \(cases)
          esac
        }
        _claimdiff "$@"

        """
    }

    static func fish(_ commands: [CommandSpec]) -> String {
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'" }
        func argument(_ c: OptionSpec.Completion) -> String {
            switch c {
            case .none: "-x"
            case .file: "-r -F"
            case .directory: "-x -a '(__fish_complete_directories)'"
            case .choices(let words): "-x -a \(quoted(words.joined(separator: " ")))"
            }
        }
        var lines = ["# fish completion for claimdiff, written by 'claimdiff completions fish'.", "complete -c claimdiff -f"]
        for c in commands {
            lines.append("complete -c claimdiff -n __fish_use_subcommand -a \(c.name) -d \(quoted(c.summary))")
        }
        for c in commands {
            let when = "-n '__fish_seen_subcommand_from \(c.name)'"
            for o in c.options {
                let name = String(o.name.dropFirst(2))
                lines.append("complete -c claimdiff \(when)" + (o.short.map { " -s \($0.dropFirst())" } ?? "") + " -l \(name)" + (o.value == nil ? "" : " " + argument(o.completion)) + " -d \(quoted(o.help))")
            }
            switch c.operandCompletion {
            case .none: break
            case .file: lines.append("complete -c claimdiff \(when) -F")
            case let other: lines.append("complete -c claimdiff \(when) \(argument(other).replacingOccurrences(of: "-x ", with: ""))")
            }
        }
        lines.append("complete -c claimdiff -n '__fish_seen_subcommand_from help' -a \(quoted(commands.map(\.name).joined(separator: " ")))")
        return lines.joined(separator: "\n") + "\n"
    }
}
