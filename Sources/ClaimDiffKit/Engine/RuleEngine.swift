/// Runs the rules over an annotation set and returns their flags, sorted and de-duplicated.
public struct RuleEngine: Sendable {
    public var rules: [any Rule.Type]

    public init(rules: [any Rule.Type] = builtInRules) { self.rules = rules }

    public func run(_ context: RuleContext) -> [Flag] {
        var seen: Set<String> = []
        var out: [Flag] = []
        for rule in rules {
            for f in rule.init().flags(in: context) where seen.insert(f.id).inserted {
                out.append(f)
            }
        }
        return out.sorted()
    }
}
