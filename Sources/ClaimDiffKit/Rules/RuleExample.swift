/// An example in the annotation language, with the flags it must raise.
///
/// The snippet holds papers and claims; the shared `RuleExample.vocabulary` is added in front
/// of it when the example runs, so examples stay short. `file` and `line` point at the example
/// so a failing example is reported where it was written.
public struct RuleExample: Sendable {
    /// A flag an example expects: its kind and claim ids (any order).
    public struct Expected: Hashable, Sendable, CustomStringConvertible {
        public var kind: Flag.Kind
        public var claims: [String]
        public init(_ kind: Flag.Kind, _ claims: String...) {
            self.kind = kind
            self.claims = claims.sorted()
        }
        public var description: String { "\(kind.rawValue)(\(claims.joined(separator: ", ")))" }
    }

    public var snippet: String
    public var expected: [Expected]
    /// The analysis date, for rules that depend on it (forecasts).
    public var asOf: String?
    public var file: String
    public var line: Int

    public init(_ snippet: String, expect: [Expected] = [], asOf: String? = nil, file: String = #filePath, line: Int = #line) {
        self.snippet = snippet
        self.expected = expect
        self.asOf = asOf
        self.file = file
        self.line = line
    }

    /// The vocabulary every example can use.
    public static let vocabulary = """
    ladder transfer
      steps: none < requested < promised < contracted < delivered

    scale icd203
      unlikely: 20..45
      roughly-even-chance: 45..55
      likely: 55..80
      very-likely: 80..95
      will: 95..99

    proposition jets.transfer
      kind: ladder
      title: Jets for Iran
      ladder: transfer
      implies: >= contracted -> arms.deals >= contracted

    proposition arms.deals
      kind: ladder
      title: New arms deals for Iran
      ladder: transfer

    proposition ties.nature
      kind: category
      title: Nature of the ties
      terms: strategic, tactical, pragmatic, partnership
      equivalent: tactical = pragmatic
      excludes: strategic | tactical

    proposition trade.volume
      kind: amount
      title: Trade
      unit: USD
      tolerance: 5%

    proposition ties.becomes-strategic
      kind: likelihood
      title: Will ties become strategic?
      scale: icd203

    """
}
