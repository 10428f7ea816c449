/// What a rule sees: the annotations, claims grouped by proposition, and the analysis date.
public final class RuleContext: Sendable {
    public let set: AnnotationSet
    public let index: ClaimIndex
    /// The date the analysis reflects: forecasts due by then are resolved.
    public let asOf: TimeSpan

    public init(set: AnnotationSet, asOf: TimeSpan? = nil) {
        self.set = set
        self.index = ClaimIndex(set)
        self.asOf = asOf ?? RuleContext.latestDate(in: set)
    }

    /// The same claims and index at another analysis date.
    init(_ other: RuleContext, asOf: TimeSpan) {
        set = other.set
        index = other.index
        self.asOf = asOf
    }

    /// The end of the latest paper's publication span: the default analysis date.
    public static func latestDate(in set: AnnotationSet) -> TimeSpan {
        let end = set.papers.map(\.published.end).max() ?? 0
        return TimeSpan(start: end, end: end, precision: .day, text: CivilDate.iso(end))
    }

    public func paper(of c: Claim) -> Paper? { set.paper(c.paper) }

    /// `grc-2024-11 (2024-11)`: the paper and the time a claim speaks of.
    public func cite(_ c: Claim) -> String { Self.cite(c) }

    /// A value in words: ladder bounds spelled out.
    public func words(_ c: Claim, on p: Proposition) -> String { Self.words(c, on: p) }

    /// `cite` for reasons worded later, which need not keep the context.
    static func cite(_ c: Claim) -> String { "\(c.paper) (\(c.time.text))" }

    /// How a paper holds a claim, in words for reasons: `hedges ('allegedly')`, `attributes to …`.
    static func stanceWords(_ c: Claim) -> String {
        if let h = c.hedge { return "hedges ('\(h)')" }
        if let s = c.attributedTo { return "attributes to \(s)" }
        if let s = c.speaker { return "attributes to speaker '\(s)'" }
        return "asserts"
    }

    /// `words` for reasons worded later, which need not keep the context.
    static func words(_ c: Claim, on p: Proposition) -> String {
        if case .ladder(let r) = c.value, let l = p.ladder { return "'\(l.describe(r))'" }
        return "'\(c.value.text)'"
    }
}
