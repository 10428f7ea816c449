import Foundation

/// Every report `analyze` writes, as (relative path, contents), in a fixed order.
public enum ReportSet {
    public static func build(_ r: ReportContext) -> [(path: String, contents: String)] {
        Parallel.map(jobs(r)) { $0.run() }.flatMap { $0 }
    }

    /// Builds each report on its own, one after the other, and says how long each took (the
    /// diffs' shared items count as a job of their own): what the benchmark profiles.
    public static func timings(_ r: ReportContext) -> [(name: String, seconds: Double)] {
        let clock = ContinuousClock()
        var out: [(String, Double)] = []
        var list: [(name: String, run: () -> [(String, String)])] = []
        let t = clock.measure { list = jobs(r) }
        out.append(("diff items", t.seconds))
        for j in list { out.append((j.name, clock.measure { _ = j.run() }.seconds)) }
        return out
    }

    /// Every report as a named job, in output order; the diffs' items are worked out first.
    static func jobs(_ r: ReportContext) -> [(name: String, run: () -> [(String, String)])] {
        let years = Self.years(r.set)
        var pairs: [(Int, Int)] = []
        if let first = years.first, let last = years.last, first < last {
            pairs = zip(years, years.dropFirst()).map { ($0, $1) }
            if !pairs.contains(where: { $0 == (first, last) }) { pairs.insert((first, last), at: 0) }
        }
        let diffs = pairs.map { "diff-\($0.0)-\($0.1).md" }
        // Every report is built on its own core when there are several; the order is fixed.
        var jobs: [(name: String, run: () -> [(String, String)])] = [("README.md", { [("README.md", ReadmeReport.render(r, diffs: diffs, hasTimeline: TimelineReport.isAvailable))] })]
        // Every diff's items come from one pass over the claims; each diff is then written on its own.
        let spans = pairs.map { (from: TimeSpan.endOfYear($0.0), to: TimeSpan.endOfYear($0.1)) }
        let items = spans.isEmpty ? [] : DiffReport.items(r, pairs: spans)
        for (n, name) in diffs.enumerated() {
            jobs.append((name, { [(name, DiffReport.render(r, from: spans[n].from, to: spans[n].to, items: items[n]))] }))
        }
        jobs.append(("brief.md", { [("brief.md", BriefReport.render(r))] }))
        jobs.append(("contradictions.md", { [("contradictions.md", ContradictionsReport.render(r))] }))
        jobs.append(("sources.md", { [("sources.md", SourcesReport.render(r))] }))
        jobs.append(("timeline.md", { TimelineReport.render(r) }))
        jobs.append(("rules.md", { [("rules.md", RulesReport.render(links: r.set.propositions.flatMap { p in p.links.map { (p.key, $0) } }, provenance: r.corpusLine))] }))
        return jobs
    }

    /// The years in which the corpus's papers were (certainly) published, in order.
    public static func years(_ set: AnnotationSet) -> [Int] {
        Array(Set(set.papers.map(\.published.endYear))).sorted()
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
