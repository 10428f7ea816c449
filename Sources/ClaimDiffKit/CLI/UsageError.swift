/// A command line that cannot be run as written.
public enum UsageError: Error, Equatable, Sendable {
    case unknownCommand(String)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String)
    case unexpectedValue(option: String)
    case repeatedOption(String)
    case unexpectedArgument(String, command: String)
    case missingOption(String, command: String)
    case invalidValue(option: String, value: String, expected: String)
    case conflicting(String, String)

    public var message: String {
        switch self {
        case .unknownCommand(let c):
            return "unknown command '\(c)'\(Suggestion.hint(c, Usage.commandNames))"
        case .unknownOption(let o, let c, let s):
            return "unknown option '\(o)' for '\(c)'" + (s.map { "; did you mean '\($0)'?" } ?? "")
        case .missingValue(let o): return "option '\(o)' needs a value"
        case .unexpectedValue(let o): return "option '\(o)' takes no value"
        case .repeatedOption(let o): return "option '\(o)' given more than once"
        case .unexpectedArgument(let a, let c): return "unexpected argument '\(a)' for '\(c)'"
        case .missingOption(let o, let c): return "'\(c)' needs '\(o)'"
        case .invalidValue(let o, let v, let e): return "invalid value '\(v)' for '\(o)'; expected \(e)"
        case .conflicting(let a, let b): return "'\(a)' and '\(b)' cannot be used together"
        }
    }
}
