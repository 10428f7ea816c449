/// What every report needs: the annotations, the flags, the review queue and the date, plus
/// the few phrasings all reports share so a claim reads the same everywhere.
public struct ReportContext: Sendable {
    public let set: AnnotationSet
    public let rules: RuleContext
    public let flags: [Flag]
    public let queue: ReviewQueue
    /// Every forecast resolved, ordered by forecast id: worked out on each read (reports
    /// resolve only the forecasts they show, from `forecastClaims`).
    public var forecasts: [ForecastResolution] { forecastClaims.map { resolve($0) } }
    /// The forecasts `ForecastResolution.all` resolves (those on propositions that are not
    /// likelihoods), in forecast id order.
    let forecastClaims: [Claim]
    /// Open review items by proposition, in queue order.
    let openByProposition: [String: [Flag]]
    /// Each proposition's place in `rules.index.groups`.
    let groupIndex: [String: Int]
    let flagRuns: [String: Range<Int>]?
    /// The claims of the papers the README and sources list (the first `ReportLimits.rows`),
    /// by paper, in the set's order; a paper without claims has none here.
    let claimsOfListedPapers: [String: [Claim]]
    /// The annotations folder the reports were built from, as the command line named it.
    public var provenance: ReportProvenance
    /// The `implies:` links ending on each proposition (`ImpliedStep.links`).
    let impliesLinks: [String: [(from: String, link: PropositionLink)]]

    public init(set: AnnotationSet, asOf: TimeSpan? = nil, provenance: ReportProvenance = ReportProvenance()) {
        let rules = RuleContext(set: set, asOf: asOf)
        self.init(rules: rules, flags: RuleEngine().run(rules), provenance: provenance)
    }

    /// A context for flags the engine already raised in `rules`.
    ///
    /// The queue, the forecasts and the indexes are worked out at once, on every core.
    public init(rules: RuleContext, flags: [Flag], provenance: ReportProvenance = ReportProvenance()) {
        self.provenance = provenance
        set = rules.set
        self.rules = rules
        self.flags = flags
        let set = rules.set
        let parts = Parallel.map([0, 1, 2]) { job -> Any in
            switch job {
            case 0:
                let queue = ReviewQueue(flags: flags, reviews: set.reviews, set: set, rules: rules)
                return (queue, Self.byProposition(queue.open))
            case 1:
                return Self.forecastClaims(set)
            default:
                let groups = rules.index.groups
                var index: [String: Int] = [:]
                index.reserveCapacity(groups.count)
                for n in groups.indices { index[groups[n].proposition.key] = n }
                let listed = Set(ReportLimits.top(set.papers, ReportLimits.rows).shown.map(\.id))
                return (index, Self.runs(flags), Self.claims(of: listed, in: set))
            }
        }
        (queue, openByProposition) = parts[0] as! (ReviewQueue, [String: [Flag]])
        forecastClaims = parts[1] as! [Claim]
        (groupIndex, flagRuns, claimsOfListedPapers) = parts[2] as! ([String: Int], [String: Range<Int>]?, [String: [Claim]])
        impliesLinks = ImpliedStep.links(in: set)
    }

    /// The claims with a forecast date, on propositions that are not likelihoods, by id.
    static func forecastClaims(_ set: AnnotationSet) -> [Claim] {
        var out: [Claim] = []
        let claims = set.claims
        // Judgements of likelihood that resolve on an outcome count as forecasts too.
        let judged = Set(set.propositions.filter { $0.kind == .likelihood && $0.links.contains { $0.kind == .resolvesOn } }.map(\.key))
        for i in claims.indices {
            let c = claims[i]
            if c.by != nil, let p = set.proposition(c.about), p.kind != .likelihood { out.append(c) }
            else if !judged.isEmpty, judged.contains(c.about), c.isPlainStatement { out.append(c) }
        }
        if !out.isSorted(by: { $0.id < $1.id }) { out.sort { $0.id < $1.id } }
        return out
    }

    /// A forecast resolved as of the analysis date, or as of `date`.
    func resolve(_ f: Claim, asOf date: TimeSpan? = nil) -> ForecastResolution {
        let g = group(about: f.about)!  // every forecast in `forecastClaims` has its group
        let context = date.map { RuleContext(rules, asOf: $0) } ?? rules
        if g.proposition.kind == .likelihood, let link = g.proposition.links.first(where: { $0.kind == .resolvesOn }) {
            guard let outcomes = group(about: link.to.proposition) else {
                return ForecastResolution(forecast: f, outcome: .pending, probability: nil,
                                          reason: "the judgement resolves on \(link.to.text), of which no paper speaks")
            }
            return ForecastResolution.resolveJudgement(f, on: g.proposition, link, outcomes: outcomes, context: context)
        }
        return ForecastResolution.resolve(f, among: g.claims, on: g.proposition, context: context)
    }

    /// Open items' flags by proposition, in queue order. Queue order keeps each proposition's
    /// flags together within a severity, so a key is looked up once a run.
    static func byProposition(_ open: [ReviewQueue.Item]) -> [String: [Flag]] {
        var out: [String: [Flag]] = [:]
        var i = 0
        while i < open.count {
            let key = open[i].flag.proposition
            var j = i + 1
            while j < open.count && open[j].flag.proposition == key { j += 1 }
            out[key, default: []].append(contentsOf: open[i..<j].lazy.map(\.flag))
            i = j
        }
        return out
    }

    /// The claims of some papers, by paper, in the set's order. The set keeps a paper's claims
    /// together, so a paper is looked up once a run.
    static func claims(of papers: Set<String>, in set: AnnotationSet) -> [String: [Claim]] {
        var out: [String: [Claim]] = [:]
        let claims = set.claims
        var i = 0
        while i < claims.count {
            let paper = claims[i].paper
            var j = i + 1
            while j < claims.count && claims[j].paper == paper { j += 1 }
            if papers.contains(paper) { out[paper, default: []].append(contentsOf: claims[i..<j]) }
            i = j
        }
        return out
    }

    /// The ladder steps of a proposition that claims of others imply through `implies:` links.
    func implied(_ key: String) -> [ImpliedStep] {
        guard let links = impliesLinks[key] else { return [] }
        return ImpliedStep.all(links) { claims(about: $0) }
    }

    /// The group of a proposition's claims, if it has any.
    func group(about key: String) -> ClaimIndex.Group? { groupIndex[key].map { rules.index.groups[$0] } }

    /// The claims of a proposition, in time order.
    public func claims(about key: String) -> [Claim] { groupIndex[key].map { rules.index.groups[$0].claims } ?? [] }

    public var asOf: TimeSpan { rules.asOf }

    /// Every report's provenance line: the annotations folder (`ReportProvenance`), the files
    /// its reviews came from, and the date: "Built from Annotations/ (5 papers, 192 claims on
    /// 54 propositions) with the reviews in Annotations/reviews.claims (2 dispositions); it
    /// reflects what they say as of 2024-11-30, the latest paper's date."
    public var corpusLine: String {
        var files: [String] = []
        for r in set.reviews where !files.contains(r.location.file) { files.append(r.location.file) }
        let reviews = files.isEmpty ? "no reviews"
            : "the reviews in \(files.sorted().map(provenance.show).joined(separator: ", ")) (\(set.reviews.count) disposition\(set.reviews.count == 1 ? "" : "s"))"
        let date = asOf.end == RuleContext.latestDate(in: set).end ? "\(asOf.text), the latest paper's date" : "\(asOf.text), the date asked for"
        func n(_ k: Int, _ what: String) -> String { "\(k) \(what)\(k == 1 ? "" : "s")" }
        return "Built from \(provenance.folder) (\(n(set.papers.count, "paper")), \(n(set.claims.count, "claim")) on \(n(set.propositions.count, "proposition"))) with \(reviews); it reflects what they say as of \(date)."
    }

    /// The flags that involve a claim.
    public func flags(involving claim: String) -> [Flag] {
        guard let runs = flagRuns else { return flags.filter { $0.evidence.contains(claim) } }
        guard let about = set.claim(claim)?.about, let run = runs[about] else { return [] }
        return flags[run].filter { $0.evidence.contains(claim) }
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
        var i = 0
        while i < flags.count {
            let key = flags[i].proposition
            var j = i + 1
            while j < flags.count && flags[j].proposition == key { j += 1 }
            guard runs.updateValue(i..<j, forKey: key) == nil else { return nil }
            i = j
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
        if let a = c.attributedTo ?? c.speaker.map({ set.speaker($0)?.name ?? $0 }) { s += " " + Markdown.escape("(attributed to \(a))") }
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
