import Foundation

/// Every report `analyze` writes, as (relative path, contents), in a fixed order.
public enum ReportSet {
    public static func build(_ r: ReportContext) -> [(path: String, contents: String)] {
        var files: [(String, String)] = []
        let years = Self.years(r.set)
        var diffs: [String] = []
        if let first = years.first, let last = years.last, first < last {
            var pairs = zip(years, years.dropFirst()).map { ($0, $1) }
            if !pairs.contains(where: { $0 == (first, last) }) { pairs.insert((first, last), at: 0) }
            for (a, b) in pairs {
                let name = "diff-\(a)-\(b).md"
                diffs.append(name)
                files.append((name, DiffReport.render(r, from: .endOfYear(a), to: .endOfYear(b))))
            }
        }
        files.insert(("README.md", ReadmeReport.render(r, diffs: diffs, hasTimeline: TimelineReport.isAvailable)), at: 0)
        files.append(("brief.md", BriefReport.render(r)))
        files.append(("contradictions.md", ContradictionsReport.render(r)))
        files.append(("sources.md", SourcesReport.render(r)))
        files += TimelineReport.render(r)
        files.append(("rules.md", RulesReport.render()))
        return files
    }

    /// The years in which the corpus's papers were (certainly) published, in order.
    public static func years(_ set: AnnotationSet) -> [Int] {
        Array(Set(set.papers.map(\.published.endYear))).sorted()
    }

    /// Writes the reports atomically, and removes reports and charts of earlier runs that this run no longer writes.
    public static func write(_ files: [(path: String, contents: String)], to dir: String) throws(AtomicFile.WriteError) {
        let fm = FileManager.default
        let keep = Set(files.map(\.path))
        for sub in ["", "charts/"] {
            let existing = (try? fm.contentsOfDirectory(atPath: dir + "/" + sub)) ?? []
            for name in existing.sorted() where (name.hasSuffix(".md") || name.hasSuffix(".svg")) && !keep.contains(sub + name) {
                try? fm.removeItem(atPath: dir + "/" + sub + name)
            }
        }
        for f in files { try AtomicFile.write(f.contents, to: dir + "/" + f.path) }
    }
}
