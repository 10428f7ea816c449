/// `sources.md`: per paper, its claims, how often other papers agree with or contradict it,
/// and its forecast record with Brier scores.
public enum SourcesReport {
    public static func render(_ r: ReportContext) -> String {
        var w = MarkdownWriter()
        w.heading(1, "Sources")
        w.paragraph(Markdown.escape(r.corpusLine + " Brier scores are one-sided binary: the mean of (p - outcome)^2 over resolved forecasts, where p is the middle of the forecast's likelihood band (a plain \"will\" counts as 97%) and outcome is 1 when the forecast event happened; 0 is perfect, 0.25 is what always saying 50% earns, 1 is worst."))
        w.table(headers: ["Paper", "Published", "Grade", "Claims", "Agreements", "Contradictions", "Disputed", "Updates", "Forecasts resolved", "Brier"],
                rows: r.set.papers.map { p in
                    let ids = Set(r.set.claims.filter { $0.paper == p.id }.map(\.id))
                    let cross = r.flags.filter { f in f.claims.contains(where: ids.contains) && f.claims.contains { !ids.contains($0) } }
                    let fr = r.forecasts.filter { $0.forecast.paper == p.id }
                    let scored = fr.compactMap(\.brier)
                    return [Markdown.link(text: p.id, url: "#\(p.id)"), r.published(p), Markdown.escape(p.reliability ?? "-"), "\(ids.count)",
                            "\(cross.filter { $0.kind == .agreement }.count)", "\(cross.filter { $0.kind == .contradiction }.count)",
                            "\(cross.filter { $0.kind == .disputedReport }.count)", "\(cross.filter { $0.kind == .update }.count)",
                            "\(scored.count) of \(fr.count)", scored.isEmpty ? "-" : Numbers.plain(scored.reduce(0, +) / Double(scored.count))]
                })
        for p in r.set.papers {
            w.heading(2, Markdown.escape(p.id))
            w.bullets([
                Markdown.bold("Title") + ": " + Markdown.escape(p.title),
                Markdown.bold("Authors") + ": " + Markdown.escape(p.authors.isEmpty ? "not printed" : p.authors.joined(separator: "; ")),
                Markdown.bold("Publisher") + ": " + Markdown.escape(p.publisher),
                Markdown.bold("Published") + ": " + r.published(p) + (p.printed.map { Markdown.escape("; the paper prints \($0.text)") } ?? ""),
                Markdown.bold("Source reliability") + ": " + Markdown.escape(p.reliability.map { "\($0) (Admiralty grade)" } ?? "not graded"),
                Markdown.bold("Source file") + ": " + Markdown.code(p.source),
            ] + (p.note.map { [Markdown.bold("Note") + ": " + Markdown.escape($0)] } ?? []))
            let claims = r.set.claims.filter { $0.paper == p.id }.sorted { ($0.about, $0.id) < ($1.about, $1.id) }
            w.heading(3, Markdown.escape("Claims (\(claims.count))"))
            w.table(headers: ["Claim", "Proposition", "Value", "Speaks of", "Others agree", "Others contradict"], rows: claims.map { c in
                let fs = r.flags(involving: c.id).filter { f in f.claims.contains { id in r.set.claim(id)?.paper != p.id } }
                return [Markdown.code(c.id), Markdown.code(c.about), r.value(c), Markdown.escape(c.time.text),
                        "\(fs.filter { $0.kind == .agreement }.count)",
                        "\(fs.filter { $0.kind == .contradiction || $0.kind == .disputedReport }.count)"]
            })
            let fr = r.forecasts.filter { $0.forecast.paper == p.id }
            w.heading(3, Markdown.escape("Forecast record (\(fr.count))"))
            if fr.isEmpty {
                w.paragraph("No forecasts annotated.")
            } else {
                w.table(headers: ["Forecast", "Value", "By", "Likelihood", "Outcome", "Settled by", "Brier"], rows: fr.map { x in
                    [Markdown.code(x.forecast.id), r.value(x.forecast), Markdown.escape(x.forecast.by!.text),
                     Markdown.escape("\(x.forecast.likelihood ?? "will") (\(Numbers.plain(x.probability * 100))%)"),
                     Markdown.escape(x.outcome.rawValue), x.evidence.map { Markdown.code($0.id) } ?? "-",
                     x.brier.map(Numbers.plain) ?? "-"]
                })
            }
        }
        return w.text
    }
}
