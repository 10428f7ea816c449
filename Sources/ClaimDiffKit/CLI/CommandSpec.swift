/// One option a command accepts, declared once: the parser, the help pages, the README test
/// and the shell completion scripts all read it.
struct OptionSpec: Sendable, Equatable {
    /// What a shell completes the option's value with.
    enum Completion: Sendable, Equatable {
        case none, file, directory
        case choices([String])
    }

    /// The long name, `--out`.
    var name: String
    /// The value's placeholder (`DIR`); nil for an option that takes no value.
    var value: String?
    /// One line saying what it does.
    var help: String
    /// What applies when it is not given, as help shows it; nil when nothing does.
    var defaultText: String?
    /// True when it may be given more than once (its values are collected).
    var repeatable = false
    /// True when the command cannot run without it.
    var required = false
    var completion: Completion = .none
    /// The one-letter form, `-o`, for the options typed most.
    var short: String?

    init(_ name: String, _ value: String? = nil, _ help: String, default defaultText: String? = nil,
         repeatable: Bool = false, required: Bool = false, completion: Completion? = nil, short: String? = nil) {
        (self.name, self.value, self.help, self.defaultText) = (name, value, help, defaultText)
        (self.repeatable, self.required, self.short) = (repeatable, required, short)
        self.completion = completion ?? (value == "DIR" ? .directory : value == "FILE" || value == "PATH" ? .file : .none)
    }

    /// `--out FILE`, or `--check`.
    var synopsis: String { value.map { "\(name) \($0)" } ?? name }

    /// How help lists it: `-o, --out FILE`.
    var label: String { (short.map { $0 + ", " } ?? "") + synopsis }
}

/// A command's declaration: its name, operands, options and examples. `Arguments.parse`
/// accepts exactly these options; `Usage` renders help from them.
struct CommandSpec: Sendable {
    var name: String
    /// One line for the overview.
    var summary: String
    /// The operands as the usage line shows them (`[PATH...]`, `FLAG-ID`); empty for none.
    var operands: String = ""
    var options: [OptionSpec] = []
    /// How many operands the command takes at most (nil: any number).
    var maxOperands: Int? = nil
    /// What the command does, a few lines.
    var details: String = ""
    /// Command lines worth copying, each with what it does.
    var examples: [(command: String, says: String)] = []
    /// Further usage lines, for a command with more than one form.
    var otherForms: [String] = []
    /// What a shell completes operands with.
    var operandCompletion: OptionSpec.Completion = .none
    /// True when the usage line shows the operands before the options (`new paper ID --source FILE`).
    var operandsFirst = false

    /// Options that take a value, e.g. `--out`.
    var valued: [String] { options.filter { $0.value != nil }.map(\.name) }
    /// Options that take no value, e.g. `--check`.
    var flags: [String] { options.filter { $0.value == nil }.map(\.name) }
    /// Options that may be repeated.
    var repeatable: [String] { options.filter(\.repeatable).map(\.name) }

    func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

    /// The long name of a one-letter option (`-o` is `--out`).
    func longName(_ short: String) -> String? { options.first { $0.short == short }?.name }
}

/// Options several commands share, declared once.
enum CommonOptions {
    static let annotations = OptionSpec("--annotations", "DIR", "the folder of annotation files", default: "Annotations/", short: "-a")
    static let asOf = OptionSpec("--as-of", "DATE", "assess as of this date (2021 means the end of 2021)", default: "the latest paper's date")
    static let outFile = OptionSpec("--out", "FILE", "write to FILE (atomically) instead of standard output; '-' is standard output", default: "standard output", short: "-o")
    static let about = OptionSpec("--about", "PREFIX", "only propositions whose key starts with PREFIX")
    static let kind = OptionSpec("--kind", "KIND", "only flags of this kind", completion: .choices(Flag.Kind.allCases.map(\.rawValue)))
    static let quiet = OptionSpec("--quiet", nil, "no progress lines on standard error (they appear only on a terminal, for work over a second)", short: "-q")
    /// The options of every command that runs the rules.
    static let analysis = [annotations, asOf, quiet]
}
