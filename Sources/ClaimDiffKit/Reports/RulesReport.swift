/// `rules.md`: the rule catalogue, generated from the rules' own descriptions.
public enum RulesReport {
    /// - Parameter links: the links the analysed vocabulary declares, by the proposition declaring them.
    /// - Parameter provenance: the provenance line (`ReportContext.corpusLine`), when built from annotations.
    public static func render(_ rules: [any Rule.Type] = builtInRules, links: [(String, PropositionLink)] = [], provenance: String? = nil) -> String {
        var w = MarkdownWriter()
        w.heading(1, "Rules")
        if let provenance { w.paragraph(Markdown.escape(provenance)) }
        w.paragraph(Markdown.escape("Every flag names the rule that raised it. Each rule below is generated from its own description in Sources/ClaimDiffKit/Rules/, and its examples are run as tests. The examples use a small shared vocabulary, shown at the end."))
        w.table(headers: ["Rule", "Identifier", "Flags it raises"],
                rows: rules.map { r in
                    let d = r.description
                    return [Markdown.link(text: d.name, url: "#" + d.identifier.replacingOccurrences(of: "_", with: "-")),
                            Markdown.code(d.identifier), Markdown.escape(d.kinds.map(\.rawValue).joined(separator: ", "))]
                })
        for r in rules {
            let d = r.description
            w.heading(2, Markdown.escape(d.identifier.replacingOccurrences(of: "_", with: "-")))
            w.paragraph(Markdown.bold(d.name) + ": " + Markdown.escape(d.summary))
            w.paragraph(Markdown.escape(d.rationale))
            w.paragraph("Flags: " + Markdown.escape(d.kinds.map(\.rawValue).joined(separator: ", ")))
            w.heading(3, "Triggering examples")
            for e in d.triggeringExamples {
                w.code(e.snippet.trimmingTrailingNewlines, language: "claims")
                w.paragraph("Raises: " + Markdown.escape(e.expected.map(\.description).joined(separator: "; ")) + (e.asOf.map { Markdown.escape(" (analysis as of \($0))") } ?? ""))
            }
            w.heading(3, "Non-triggering examples")
            for e in d.nonTriggeringExamples {
                w.code(e.snippet.trimmingTrailingNewlines, language: "claims")
            }
        }
        w.heading(2, "Links the vocabulary declares")
        if links.isEmpty {
            w.paragraph("The vocabulary declares no links between propositions.")
        } else {
            w.paragraph(Markdown.escape("Links are rules an analyst writes in the vocabulary, without Swift (implies:, rules-out: and resolves-on: on a proposition); linked_propositions and forecast_resolution check them."))
            w.table(headers: ["Proposition", "Link", "Checked by"], rows: links.sorted { ($0.0, $0.1.text) < ($1.0, $1.1.text) }.map { key, link in
                [Markdown.code(key), Markdown.escape(link.text), Markdown.code(link.kind == .resolvesOn ? "forecast_resolution" : "linked_propositions")]
            })
        }
        w.heading(2, "Example vocabulary")
        w.code(RuleExample.vocabulary.trimmingTrailingNewlines, language: "claims")
        return w.text
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
