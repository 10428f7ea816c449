import Foundation
import Testing
@testable import ClaimDiffKit

/// The committed Reports/ must be exactly what `claimdiff analyze` writes from Annotations/.
@Suite struct ReportsCurrentTests {
    static let root = PackagePaths.root

    @Test func committedReportsAreCurrent() throws {
        let loaded = try AnnotationLoader.load(paths: [Self.root + "/Annotations"])
        #expect(loaded.diagnostics.isEmpty)
        // What 'claimdiff analyze' run in the package root shows: the default folder, its reviews.
        let provenance = ReportProvenance(folder: "Annotations/", given: Self.root + "/Annotations")
        let files = ReportSet.build(ReportContext(set: loaded.set, provenance: provenance))
        let fm = FileManager.default
        for f in files {
            let path = Self.root + "/Reports/" + f.path
            let committed = fm.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            #expect(committed != nil, "Reports/\(f.path) is missing; run 'swift run claimdiff analyze'")
            if let committed, committed != f.contents {
                Issue.record("Reports/\(f.path) is out of date; run 'swift run claimdiff analyze'. First difference:\n\(Self.firstDifference(committed, f.contents))")
            }
        }
        let expected = Set(files.map(\.path))
        var found: [String] = []
        for sub in ["", "charts/"] {
            for name in (try? fm.contentsOfDirectory(atPath: Self.root + "/Reports/" + sub)) ?? [] where name.hasSuffix(".md") || name.hasSuffix(".svg") {
                found.append(sub + name)
            }
        }
        #expect(Set(found).subtracting(expected).isEmpty, "stale files in Reports/: \(Set(found).subtracting(expected).sorted())")
    }

    @Test func reportsAreDeterministic() throws {
        let loaded = try AnnotationLoader.load(paths: [Self.root + "/Annotations"])
        let a = ReportSet.build(ReportContext(set: loaded.set))
        let reversed = AnnotationParser.parse(loaded.sources.reversed()).0
        let b = ReportSet.build(ReportContext(set: reversed))
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.contents) == b.map(\.contents))
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : "<end>", r = i < y.count ? String(y[i]) : "<end>"
            if l != r { return "line \(i + 1):\n- \(l)\n+ \(r)" }
        }
        return "(none)"
    }
}
