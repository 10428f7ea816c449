/// The paragraph a diff opens with, and its forecasts.
extension DiffReport {
    /// The forecasts that came due between the dates: how many, and those shown, resolved as
    /// of the later date, by importance.
    struct Due {
        var count: Int
        var shown: [ForecastResolution]
    }

    /// Outcomes by importance: a forecast that failed or is disputed first.
    static func rank(_ o: ForecastResolution.Outcome) -> Int {
        switch o {
        case .missed: 0
        case .disputed: 1
        case .borneOut: 2
        case .noCall: 3
        default: 4
        }
    }

    static func dueForecasts(_ r: ReportContext, from: TimeSpan, to: TimeSpan) -> Due {
        // The context keeps every forecast in id order; of those due in between, the first
        // `ReportLimits.rows` are resolved as of the later date, the rest counted.
        let due = r.forecastClaims.lazy.filter { f in
            (f.forecastHorizon?.end ?? .min) > from.end && (f.forecastHorizon?.end ?? .min) <= to.end && f.madeAt.end <= to.end
        }
        let shown = due.prefix(ReportLimits.rows).map { r.resolve($0, asOf: to) }.enumerated().sorted { x, y in
            (rank(x.element.outcome), x.element.forecast.isKeyJudgement ? 0 : 1, x.offset) < (rank(y.element.outcome), y.element.forecast.isKeyJudgement ? 0 : 1, y.offset)
        }.map(\.element)
        return Due(count: due.count, shown: shown)
    }

    static func forecasts(_ due: Due, _ r: ReportContext, from: TimeSpan, to: TimeSpan, _ w: inout MarkdownWriter) {
        w.heading(2, Markdown.escape("Forecasts that came due (\(due.count))"))
        guard !due.shown.isEmpty else {
            w.paragraph(Markdown.escape("No forecast had a target date between \(from.text) and \(to.text)."))
            return
        }
        w.paragraph(Markdown.escape((due.count > due.shown.count ? "The first \(due.shown.count) by forecast id, " : "")
            + "Missed and disputed forecasts first, then those borne out, those that made no call and those nothing settles; key judgements first within each, then by forecast id."))
        w.table(headers: ["Forecast", "Paper", "Forecast value", "By", "Outcome", "Settled by", "Quote"], rows: due.shown.map { x in
            [Markdown.code(x.forecast.id), Markdown.escape(x.forecast.paper), r.value(x.forecast), Markdown.escape(x.forecast.forecastHorizon?.text ?? "-"),
             Markdown.escape(x.outcome.rawValue), x.evidence.isEmpty ? "-" : x.evidence.map { r.claimLine($0) }.joined(separator: "; "), r.quote(x.forecast)]
        })
    }

    /// How many of the first entries a summary names.
    static let named = 3

    /// The main changes in plain words, from the entries, most important first: what moved,
    /// what a later claim disputes, what is new (by topic), how forecasts came out, what was
    /// not mentioned again, and how much stayed the same.
    static func summary(_ r: ReportContext, _ a: String, _ b: String, _ s: [[Entry]], _ due: Due) -> String {
        func quoted(_ e: Entry) -> String { "“\(e.item.title)”" + (e.item.period.map { " for \($0.text)" } ?? "") }
        func more(_ n: Int, _ what: String) -> String { n > 0 ? ", and \(n) more \(what)" : "" }
        var parts: [String] = []
        // Views only restated (compatible terms, consistent ranges) are named after those that moved.
        func isRestated(_ e: Entry) -> Bool {
            guard e.implied.isEmpty, let x = e.beforeView, let y = e.afterView, let p = r.set.proposition(e.item.key) else { return false }
            return restated(x, y, p)
        }
        let changed = s[Section.changed.rawValue].filter { !isRestated($0) }
        let restatedViews = s[Section.changed.rawValue].filter(isRestated)
        if !changed.isEmpty {
            parts.append("the papers moved " + list(changed.prefix(named).map { e in
                guard let x = e.implied.first, let p = r.set.proposition(e.item.key) else {
                    return "\(quoted(e)) from \(r.valueText(e.beforeView!)) to \(r.valueText(e.afterView!))"
                }
                let implied = x.link.to.ladder.flatMap { l in p.ladder.map { $0.describe(l) } } ?? x.link.to.terms.joined(separator: " or ")
                return "\(quoted(e)) from \(r.valueText(e.item.before!)) to \(implied) (implied by \(x.claim.about))"
            }) + more(changed.count - named, changed.count - named == 1 ? "change" : "changes"))
        }
        if !restatedViews.isEmpty {
            parts.append("they restated " + list(restatedViews.prefix(named).map { "\(quoted($0)) (\(r.valueText($0.beforeView!)) as \(r.valueText($0.afterView!)))" })
                         + more(restatedViews.count - named, restatedViews.count - named == 1 ? "restatement" : "restatements"))
        }
        let disputed = s[Section.contradicted.rawValue]
        if !disputed.isEmpty {
            parts.append(list(disputed.prefix(named).map { e in
                let f = e.disputes[0]
                let by = Set(f.claims.compactMap { r.set.claim($0) }.filter { $0.madeAt.end > (e.before.first?.madeAt.end ?? .min) && $0.paper != e.item.before!.paper }.map(\.paper)).sorted()
                return "the view of \(quoted(e)) held at \(a) (\(r.valueText(e.beforeView!))) is now \(disputeWord(f.kind))" + (by.isEmpty ? "" : " by \(list(by))")
            }) + more(disputed.count - named, "disputed views"))
        }
        let new = s[Section.new.rawValue]
        if !new.isEmpty {
            var count: [String: Int] = [:], firstAt: [String: Int] = [:]
            for (i, e) in new.enumerated() { count[e.item.topic, default: 0] += 1; if firstAt[e.item.topic] == nil { firstAt[e.item.topic] = i } }
            // The topics with most new propositions (two at least), the most important first on a tie.
            let top = count.keys.filter { count[$0]! > 1 }.sorted { (count[$1]!, firstAt[$0]!) < (count[$0]!, firstAt[$1]!) }.prefix(named)
            parts.append("\(new.count) proposition\(new.count == 1 ? " appears" : "s appear") for the first time" + (top.isEmpty ? "" : ", chiefly on " + list(top.map { "\($0) (\(count[$0]!))" })))
        }
        if due.count > 0 {
            var byOutcome: [ForecastResolution.Outcome: Int] = [:]
            for x in due.shown { byOutcome[x.outcome, default: 0] += 1 }
            let outcomes = byOutcome.keys.sorted { rank($0) < rank($1) }.map { "\(byOutcome[$0]!) \($0.rawValue)" }
            if due.count == 1, let x = due.shown.first {
                parts.append("the one forecast that came due is \(x.outcome.rawValue)")
            } else {
                parts.append("of \(due.count) forecasts that came due, " + (due.count > due.shown.count ? "the first \(due.shown.count): " : "") + list(outcomes))
            }
        }
        let dropped = s[Section.notMentioned.rawValue]
        if !dropped.isEmpty {
            parts.append("\(dropped.count) view\(dropped.count == 1 ? "" : "s") held at \(a) \(dropped.count == 1 ? "is" : "are") not mentioned again and stand\(dropped.count == 1 ? "s" : "") as last said" + (dropped.count > named ? ", among them " : ": ") + list(dropped.prefix(named).map(quoted)))
        }
        let same = s[Section.unchanged.rawValue].count
        if same > 0 { parts.append("\(same) \(same == 1 ? "is" : "are") unchanged") }
        guard !parts.isEmpty else { return "In short: the papers held nothing at \(a) or \(b) to compare." }
        return "In short: between \(a) and \(b) " + parts.joined(separator: "; ") + "."
    }

    static func disputeWord(_ k: Flag.Kind) -> String {
        switch k {
        case .dissent: "in dissent"
        case .unexplainedChange: "contradicted, with no change reported,"
        case .disputedReport: "disputed"
        default: "contradicted"
        }
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ xs: [String]) -> String {
        xs.count <= 1 ? xs.joined() : xs.dropLast().joined(separator: ", ") + " and " + xs.last!
    }
}
