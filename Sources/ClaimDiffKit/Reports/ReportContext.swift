/// What every report needs: the annotations, the flags, the review queue and the date, plus
/// the few phrasings all reports share so a claim reads the same everywhere.
public struct ReportContext: Sendable {
    public let set: AnnotationSet
    public let rules: RuleContext
    public let flags: [Flag]
    public let queue: ReviewQueue
    public let forecasts: [ForecastResolution]
    /// Open review items by proposition, in queue order.
    let openByProposition: [String: [Flag]]
    /// Each proposition's place in `rules.index.groups`.
    let groupIndex: [String: Int]
    let flagRuns: [String: Range<Int>]?

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
        var open: [String: [Flag]] = [:]
        for item in queue.open { open[item.flag.proposition, default: []].append(item.flag) }
        openByProposition = open
        groupIndex = Dictionary(uniqueKeysWithValues: rules.index.groups.enumerated().map { ($1.proposition.key, $0) })
        flagRuns = Self.runs(flags)
    }

    /// The claims of a proposition, in time order.
    public func claims(about key: String) -> [Claim] { groupIndex[key].map { rules.index.groups[$0].claims } ?? [] }

    public var asOf: TimeSpan { rules.asOf }

    /// "Built from 5 papers and 192 claims on 54 propositions; as of 2024-11-30."
    public var corpusLine: String {
        "Built from \(set.papers.count) papers and \(set.claims.count) claims on \(set.propositions.count) propositions; it reflects what they say as of \(asOf.text)."
    }

    /// The flags that involve a claim.
    public func flags(involving claim: String) -> [Flag] {
        guard let runs = flagRuns else { return flags.filter { $0.claims.contains(claim) } }
        guard let about = set.claim(claim)?.about, let run = runs[about] else { return [] }
        return flags[run].filter { $0.claims.contains(claim) }
    }

    /// The flags about a proposition.
    public func flags(about key: String) -> ArraySlice<Flag> {
        guard let runs = flagRuns else { return ArraySlice(flags.filter { $0.proposition == key }) }
        return runs[key].map { flags[$0] } ?? []
    }

    /// Where each proposition's flags are, when the flags come grouped by proposition (as the
    /// engine sorts them); nil otherwise.
    static func runs(_ flags: [Flag]) -> [String: Range<Int>]? {
        var runs: [String: Range<Int>] = [:]
        var start = 0
        let keys = flags.map(\.proposition)
        for i in keys.indices where i + 1 == keys.count || keys[i + 1] != keys[i] {
            guard runs.updateValue(start..<i + 1, forKey: keys[i]) == nil else { return nil }
            start = i + 1
        }
        return runs
    }

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
