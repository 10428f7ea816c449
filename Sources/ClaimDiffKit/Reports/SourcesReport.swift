/// `sources.md`: per paper, its claims, how often other papers agree with or contradict it,
/// and its own forecast record with Brier scores (what it only relayed is listed, not
/// counted); per declared speaker, the claims relayed and the speaker's forecast record.
public enum SourcesReport {
    public static func render(_ r: ReportContext) -> String {
        var w = MarkdownWriter()
        w.heading(1, "Sources")
        w.paragraph(Markdown.escape(r.corpusLine + " Brier scores are one-sided binary: the mean of (p - outcome)^2 over resolved forecasts, where p is the middle of the forecast's likelihood band (a forecast with no estimative word of its own is not scored) and outcome is 1 when the forecast event happened; 0 is perfect, 0.25 is what always saying 50% earns, 1 is worst. A score is shown only over at least \(Self.minimumScored) scored forecasts: fewer say little about a source. Forecasts of one paper about one proposition with the same horizon are one judgement, scored once."))
        // A large corpus: the first papers by id, the rest counted.
        let (papers, more) = ReportLimits.top(r.set.papers, ReportLimits.rows)
        let shown = Set(papers.map(\.id))
        let claimsOf = r.claimsOfListedPapers
        var forecastsOf: [String: [ForecastResolution]] = [:]
        // A paper's own record leaves out what it only relayed (a speaker's statement, a cited paper's).
        let sources = r.rules.index.sources
        var relayedOf: [String: [Claim]] = [:]
        for f in r.forecastClaims where shown.contains(f.paper) {
            if sources.isRelayed(f) { relayedOf[f.paper, default: []].append(f) } else { forecastsOf[f.paper, default: []].append(r.resolve(f)) }
        }
        // The flags on each shown paper's claims that also involve another paper's: each
        // proposition's flags are looked through once, for all the shown claims about it.
        var shownClaims: [String: [Claim]] = [:]
        for (_, cs) in claimsOf { for c in cs { shownClaims[c.about, default: []].append(c) } }
        var crossOf: [String: [(claim: String, flag: Flag)]] = [:]
        for key in shownClaims.keys.sorted() {
            // Usually one or two shown claims on a proposition: compared in turn, not hashed.
            let here = shownClaims[key]!
            let byID = here.count > 8 ? Dictionary(here.map { ($0.id, $0.paper) }, uniquingKeysWith: { a, _ in a }) : [:]
            let flags = r.flags(about: key)
            for n in flags.indices {
                let ids = flags[n].claims
                for id in ids {
                    guard let paper = here.count > 8 ? byID[id] : here.first(where: { $0.id == id })?.paper else { continue }
                    guard ids.contains(where: { r.set.claim($0)?.paper != paper }) else { continue }
                    crossOf[paper, default: []].append((id, flags[n]))
                }
            }
        }
        w.table(headers: ["Paper", "Published", "Grade", "Claims", "Agreements", "Contradictions", "Disputed", "Updates", "Forecasts scored", "Brier"],
                rows: papers.map { p in
                    var seen: Set<String> = []
                    let flags = (crossOf[p.id] ?? []).map(\.flag).filter { seen.insert($0.id).inserted }
                    let fr = forecastsOf[p.id] ?? []
                    let scored = ForecastResolution.oneJudgementEach(fr).compactMap(\.brier)
                    return [Markdown.link(text: p.id, url: "#\(p.id)"), r.published(p), Markdown.escape(p.reliability ?? "-"), "\(claimsOf[p.id]?.count ?? 0)",
                            "\(flags.filter { $0.kind == .agreement || $0.kind == .consensus }.count)", "\(flags.filter { $0.kind == .contradiction || $0.kind == .dissent }.count)",
                            "\(flags.filter { $0.kind == .disputedReport }.count)", "\(flags.filter { $0.kind == .update }.count)",
                            "\(scored.count) of \(fr.count)", Self.brier(scored)]
                })
        if more > 0 {
            w.paragraph(Markdown.escape(ReportLimits.more(more, "paper", "papers").capitalizedFirst + " are left out here; claimdiff export --what claims lists every claim with its paper."))
        }
        // Each paper in detail; in a large corpus the first few, as examples of the rest.
        let detailed = more > 0 ? papers.prefix(ReportLimits.items * 2) : papers
        if detailed.count < papers.count {
            w.paragraph(Markdown.escape("The first \(detailed.count) papers in detail; claimdiff export --what claims lists the rest."))
        }
        for p in detailed {
            w.heading(2, Markdown.escape(p.id))
            w.bullets([
                Markdown.bold("Title") + ": " + Markdown.escape(p.title),
                Markdown.bold("Authors") + ": " + Markdown.escape(p.authors.isEmpty ? "not printed" : p.authors.joined(separator: "; ")),
                Markdown.bold("Publisher") + ": " + Markdown.escape(p.publisher),
                Markdown.bold("Published") + ": " + r.published(p) + (p.printed.map { Markdown.escape("; the paper prints \($0.text)") } ?? ""),
                Markdown.bold("Source reliability") + ": " + Markdown.escape(p.reliability.map { "\($0) (Admiralty grade)" } ?? "not graded"),
                Markdown.bold("Source file") + ": " + Markdown.code(p.source),
            ] + (p.note.map { [Markdown.bold("Note") + ": " + Markdown.escape($0)] } ?? []))
            let claims = (claimsOf[p.id] ?? []).sorted { ($0.about, $0.id) < ($1.about, $1.id) }
            var flagsOf: [String: [Flag]] = [:]
            for x in crossOf[p.id] ?? [] { flagsOf[x.claim, default: []].append(x.flag) }
            w.heading(3, Markdown.escape("Claims (\(claims.count))"))
            w.table(headers: ["Claim", "Proposition", "Value", "Speaks of", "Others agree", "Others contradict"], rows: claims.prefix(ReportLimits.rows).map { c in
                let fs = flagsOf[c.id] ?? []
                return [Markdown.code(c.id), Markdown.code(c.about), r.value(c), Markdown.escape(c.time.text),
                        "\(fs.filter { $0.kind == .agreement }.count)",
                        "\(fs.filter { $0.kind == .contradiction || $0.kind == .disputedReport }.count)"]
            })
            if claims.count > ReportLimits.rows {
                w.paragraph(Markdown.escape(ReportLimits.more(claims.count - ReportLimits.rows, "claim", "claims").capitalizedFirst + "."))
            }
            let fr = forecastsOf[p.id] ?? []
            w.heading(3, Markdown.escape("Forecast record (\(fr.count))"))
            if let relayed = relayedOf[p.id] {
                w.paragraph(Markdown.escape("Forecasts the paper relayed, not its own (each counts in its source's record): ")
                    + relayed.map { Markdown.code($0.id) + Markdown.escape(" (\(Self.whose($0, sources)))") }.joined(separator: ", ") + ".")
            }
            if fr.isEmpty {
                if relayedOf[p.id] == nil { w.paragraph("No forecasts annotated.") }
            } else {
                let counted = Set(ForecastResolution.oneJudgementEach(fr).map(\.forecast.id))
                w.table(headers: ["Forecast", "Value", "By", "Likelihood", "Outcome", "Settled by", "Brier"], rows: fr.prefix(ReportLimits.rows).map { x in
                    [Markdown.code(x.forecast.id), r.value(x.forecast), Markdown.escape(x.forecast.forecastHorizon?.text ?? "-"),
                     Markdown.escape(x.probability.map { "\(x.forecast.likelihood ?? x.forecast.value.text) (\(Numbers.plain($0 * 100))%)" } ?? "none (not scored)"),
                     Markdown.escape(x.outcome.rawValue + (x.tentative ? " (tentative)" : "")),
                     x.evidence.isEmpty ? "-" : x.evidence.map { Markdown.code($0.id) }.joined(separator: ", "),
                     counted.contains(x.forecast.id) ? (x.brier.map(Numbers.plain) ?? "-") : "same judgement as another forecast: not scored again"]
                })
            }
        }
        speakers(r, &w)
        return w.text
    }

    /// Who a relayed forecast belongs to, in words.
    static func whose(_ c: Claim, _ sources: SourceIndex) -> String {
        let s = sources.source(of: c)
        if s != .paper(c.paper) { return sources.label(s) }
        return c.attributedTo.map { "attributed to \($0)" } ?? sources.label(s)
    }

    /// One record per declared speaker: the claims relayed and the forecasts made, one row per
    /// statement however many papers relay it.
    static func speakers(_ r: ReportContext, _ w: inout MarkdownWriter) {
        let set = r.set, sources = r.rules.index.sources
        guard !set.speakers.isEmpty else { return }
        var claimsOf: [String: [Claim]] = [:]
        for c in set.claims {
            if case .speaker(let id) = sources.source(of: c) { claimsOf[id, default: []].append(c) }
        }
        let resolvable = Set(r.forecastClaims.filter(sources.isRelayed).map(\.id))
        let (shown, more) = ReportLimits.top(set.speakers, ReportLimits.rows)
        w.heading(2, "Speakers")
        w.paragraph(Markdown.escape("A speaker's statements belong to the speaker; the papers that report them relay them. Papers relaying one speaker are one source."))
        w.table(headers: ["Speaker", "Name", "Role", "Claims", "Relayed by", "Forecasts"], rows: shown.map { s in
            let cs = claimsOf[s.id] ?? []
            let papers = cs.map(\.paper).uniquedInOrder
            return [Markdown.link(text: s.id, url: "#speaker-\(s.id)"), Markdown.escape(s.name), Markdown.escape(s.role ?? "-"), "\(cs.count)",
                    papers.isEmpty ? "-" : papers.map(Markdown.code).joined(separator: ", "),
                    "\(sources.statements(cs.filter(\.isForecast)).count)"]
        })
        if more > 0 { w.paragraph(Markdown.escape(ReportLimits.more(more, "speaker", "speakers").capitalizedFirst + " are left out here.")) }
        for s in shown.prefix(ReportLimits.items * 2) {
            w.heading(2, Markdown.escape("Speaker \(s.id)"))
            w.bullets([Markdown.bold("Name") + ": " + Markdown.escape(s.name)]
                + (s.role.map { [Markdown.bold("Role") + ": " + Markdown.escape($0)] } ?? [])
                + (s.aliases.isEmpty ? [] : [Markdown.bold("Also written") + ": " + Markdown.escape(s.aliases.joined(separator: "; "))]))
            let cs = (claimsOf[s.id] ?? []).sorted { ($0.about, $0.id) < ($1.about, $1.id) }
            w.heading(3, Markdown.escape("Claims relayed (\(cs.count))"))
            if !cs.isEmpty {
                w.table(headers: ["Claim", "Paper", "Proposition", "Value", "Speaks of"], rows: cs.prefix(ReportLimits.rows).map { c in
                    [Markdown.code(c.id), Markdown.code(c.paper), Markdown.code(c.about), r.value(c), Markdown.escape(c.time.text)]
                })
            }
            let statements = sources.statements(cs.filter(\.isForecast).filter { resolvable.contains($0.id) })
            w.heading(3, Markdown.escape("Forecast record (\(statements.count))"))
            if statements.isEmpty {
                w.paragraph("No forecasts annotated.")
                continue
            }
            let resolved = statements.map { (claims: $0, x: r.resolve($0[0])) }
            let scored = resolved.compactMap(\.x.brier)
            w.table(headers: ["Forecast", "Value", "By", "Likelihood", "Outcome", "Settled by", "Brier"], rows: resolved.prefix(ReportLimits.rows).map { st in
                let x = st.x
                return [st.claims.map { Markdown.code($0.id) }.joined(separator: ", "), r.value(x.forecast), Markdown.escape(x.forecast.by!.text),
                        Markdown.escape(x.probability.map { "\(x.forecast.likelihood!) (\(Numbers.plain($0 * 100))%)" } ?? "none (not scored)"),
                        Markdown.escape(x.outcome.rawValue + (x.tentative ? " (tentative)" : "")),
                        x.evidence.isEmpty ? "-" : x.evidence.map { Markdown.code($0.id) }.joined(separator: ", "),
                        x.brier.map(Numbers.plain) ?? "-"]
            })
            w.paragraph(Markdown.escape("Brier: \(brier(scored))."))
        }
    }

    /// Forecasts a Brier score needs before it says anything about a source.
    static let minimumScored = 5

    /// The mean Brier score with its n, or why there is none.
    static func brier(_ scored: [Double]) -> String {
        guard scored.count >= minimumScored else { return scored.isEmpty ? "-" : "too few forecasts to score (\(scored.count))" }
        return "\(Numbers.plain(scored.reduce(0, +) / Double(scored.count))) (n = \(scored.count))"
    }
}
