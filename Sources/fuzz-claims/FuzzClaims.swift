import ClaimDiffKit

/// One fuzz input through the whole pipeline, with invariants that stop the process when broken.
///
/// The input is split at each ASCII record separator (0x1E) into at most four files, so
/// the fuzzer can build a vocabulary in one file and papers in another. Every file is
/// decoded and parsed, which must never crash. When parsing finds no problem, the input is
/// a valid annotation set, and then:
/// - `fmt` output re-parses without problems, into the same papers, claims and values;
/// - `fmt` is idempotent;
/// - the rule engine runs and every report renders.
enum FuzzClaims {
    static let separator: UInt8 = 0x1E

    /// Runs one input; `fail` is called with a message for each broken invariant (libFuzzer
    /// needs the process to stop: `fatalError`; the regression tests record an issue).
    static func run(_ bytes: [UInt8], fail: (String) -> Void = { fatalError($0) }) {
        /// Reports a broken invariant.
        func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
            if !condition() { fail(message()) }
        }

        let parts = bytes.split(separator: separator, maxSplits: 3, omittingEmptySubsequences: false)
        var sources: [SourceText] = []
        for (i, part) in parts.enumerated() {
            switch SourceText.decode(Array(part), path: fileName(i, of: parts.count)) {
            case .success(let s): sources.append(s)
            case .failure: return
            }
        }
        let (set, diagnostics) = AnnotationParser.parse(sources)
        _ = DiagnosticRenderer(lines: Dictionary(sources.map { ($0.path, $0.lines) }, uniquingKeysWith: { a, _ in a }))
            .render(diagnostics)
        guard diagnostics.isEmpty else { return }

        var formatted: [SourceText] = []
        for source in sources {
            let (file, readProblems) = SyntaxFile.read(source)
            check(readProblems.isEmpty, "reader found problems the parser did not report in \(source.path)")
            let text = Formatter.format(file)
            guard case .success(let again) = SourceText.decode(Array(text.utf8), path: source.path) else {
                return fail("fmt output does not decode:\n\(text)")
            }
            let (file2, problems2) = SyntaxFile.read(again)
            check(problems2.isEmpty, "fmt output has syntax problems: \(problems2.map(\.headline))\n\(text)")
            let text2 = Formatter.format(file2)
            check(text == text2, "fmt is not idempotent:\n--- once\n\(text)\n--- twice\n\(text2)")
            formatted.append(again)
        }
        let (set2, diagnostics2) = AnnotationParser.parse(formatted)
        check(diagnostics2.isEmpty, "fmt output does not parse: \(diagnostics2.map(\.headline))")
        check(summary(set) == summary(set2), "fmt changed the meaning:\n\(summary(set))\n---\n\(summary(set2))")

        let context = ReportContext(set: set)
        // Every report `analyze` writes but rules.md, which does not depend on the input.
        var reports = [("brief.md", BriefReport.render(context)), ("contradictions.md", ContradictionsReport.render(context)),
                       ("sources.md", SourcesReport.render(context))]
        reports += TimelineReport.render(context)
        let years = ReportSet.years(set)
        if let first = years.first, let last = years.last, first < last {
            reports.append(("diff.md", DiffReport.render(context, from: .endOfYear(first), to: .endOfYear(last))))
        }
        reports.append(("README.md", ReadmeReport.render(context, diffs: [], hasTimeline: true)))
        for (path, contents) in reports {
            check(contents.hasSuffix("\n"), "report \(path) does not end in a newline")
        }
        _ = Export.csv(Export.claims(set))
        _ = Export.json(Export.flags(context.flags, set))
    }

    /// The name of part `i`: the last of several is `reviews.claims`, the one file that may
    /// hold review records; the others are `f0.claims`, `f1.claims`, ...
    static func fileName(_ i: Int, of count: Int) -> String {
        count > 1 && i == count - 1 ? "reviews.claims" : "f\(i).claims"
    }

    /// What a set says, without source locations: formatting moves lines, not meaning.
    static func summary(_ set: AnnotationSet) -> String {
        var out = ""
        for p in set.papers { out += "paper \(p.id) \(p.title) \(p.published.text) \(p.source)\n" }
        for c in set.claims {
            out += "claim \(c.id) \(c.paper) \(c.about) \(c.value.text) \(c.time.text) \(c.quote) \(c.note ?? "")\n"
        }
        for p in set.propositions { out += "proposition \(p.key) \(p.kind.rawValue) \(p.title)\n" }
        for l in set.ladders { out += "ladder \(l.name) \(l.steps)\n" }
        for s in set.scales { out += "scale \(s.name)\n" }
        for r in set.reviews { out += "review \(r.flagID) \(r.disposition.rawValue) \(r.note)\n" }
        return out
    }
}
