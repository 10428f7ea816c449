/// What a rule is for, written where the rule is, and rendered into `Reports/rules.md`.
public struct RuleDescription: Sendable {
    /// snake_case, never renamed: flag ids and reviews depend on it.
    public var identifier: String
    /// Title Case name.
    public var name: String
    /// One sentence: what fires it.
    public var summary: String
    /// Why an analyst should care, and how it treats time.
    public var rationale: String
    /// The flag kinds it can emit.
    public var kinds: [Flag.Kind]
    /// Snippets that must raise exactly the expected flags.
    public var triggeringExamples: [RuleExample]
    /// Snippets that must raise no flag from this rule.
    public var nonTriggeringExamples: [RuleExample]

    public init(identifier: String, name: String, summary: String, rationale: String, kinds: [Flag.Kind],
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.identifier = identifier
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.kinds = kinds
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
