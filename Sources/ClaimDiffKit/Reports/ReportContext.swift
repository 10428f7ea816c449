/// What every report needs: the annotations, the flags, the review queue and the date, plus
/// the few phrasings all reports share so a claim reads the same everywhere.
public struct ReportContext: Sendable {
    public let set: AnnotationSet
    public let rules: RuleContext
    public let flags: [Flag]
    public let queue: ReviewQueue
    public let forecasts: [ForecastResolution]

    public init(set: AnnotationSet, asOf: TimeSpan? = nil) {
        let rules = RuleContext(set: set, asOf: asOf)
        self.init(rules: rules, flags: RuleEngine().run(rules))
    }

    /// A context for flags the engine already raised in `rules`.
    public init(rules: RuleContext, flags: [Flag]) {
        set = rules.set
        self.rules = rules
        self.flags = flags
        queue = ReviewQueue(flags: flags, reviews: set.reviews)
        forecasts = ForecastResolution.all(in: rules)
    }

    public var asOf: TimeSpan { rules.asOf }

    /// "Built from 5 papers and 192 claims on 54 propositions; as of 2024-11-30."
    public var corpusLine: String {
        "Built from \(set.papers.count) papers and \(set.claims.count) claims on \(set.propositions.count) propositions; it reflects what they say as of \(asOf.text)."
    }

    /// The flags that involve a claim.
    public func flags(involving claim: String) -> [Flag] { flags.filter { $0.claims.contains(claim) } }

    /// The review recorded for a flag, if any.
    public func review(of flag: Flag) -> Review? { set.reviews.first { $0.flagID == flag.id } }

    /// Plain text: the value in words (ladder bounds spelled out).
    public func valueText(_ c: Claim) -> String {
        let p = set.proposition(c.about)!
        if case .ladder(let r) = c.value, let l = p.ladder { return l.describe(r) }
        return c.value.text
    }

    /// Inline Markdown: the value in words.
    public func value(_ c: Claim) -> String { Markdown.escape(valueText(c)) }

    /// Inline Markdown: `grc-2024-11 (2024-11)` with the time the claim speaks of.
    public func source(_ c: Claim) -> String {
        Markdown.escape("\(c.paper) (\(c.time.text))")
    }

    /// Inline Markdown: the quote in typographic quotation marks, hedges and attributions named.
    public func quote(_ c: Claim) -> String {
        var s = "“" + Markdown.escape(c.quote) + "”"
        if let h = c.hedge { s += " " + Markdown.escape("(hedged: \(h))") }
        if let a = c.attributedTo { s += " " + Markdown.escape("(attributed to \(a))") }
        return s
    }

    /// Inline Markdown: value, source and quote in one line.
    public func claimLine(_ c: Claim) -> String {
        "\(Markdown.bold(valueText(c))): \(source(c)) \(quote(c))"
    }

    /// A link to a flag's entry in the review queue.
    public func flagLink(_ f: Flag, from dir: String = "") -> String {
        Markdown.link(text: f.id, url: "\(dir)contradictions.md#\(f.id)")
    }

    /// Inline Markdown for a paper's date, saying when it is an estimate.
    public func published(_ p: Paper) -> String {
        Markdown.escape(p.published.text + (p.published.estimated ? " (estimated)" : ""))
    }
}
