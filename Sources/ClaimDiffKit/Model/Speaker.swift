/// A person or body whose statements papers report, declared once in the vocabulary
/// (`speaker ID`) and named by claims with `speaker: ID`.
///
/// An attributed claim belongs to its speaker: the paper only relays it. Papers that relay
/// the same speaker are one source, not several (`Docs/findings.md`, "Sources and papers").
public struct Speaker: Hashable, Sendable {
    public var id: String
    /// The name as an analyst would write it (`Ali Shahriar`).
    public var name: String
    /// The speaker's role or office, if declared (`MP, defence committee`).
    public var role: String?
    /// Other spellings of the name that papers use.
    public var aliases: [String]
    public var note: String?
    public var location: SourceLocation

    public init(id: String, name: String, role: String? = nil, aliases: [String] = [], note: String? = nil, location: SourceLocation) {
        (self.id, self.name, self.role, self.aliases, self.note, self.location) = (id, name, role, aliases, note, location)
    }

    /// The name and every alias.
    public var names: [String] { [name] + aliases }
}
