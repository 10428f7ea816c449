import Foundation
import Testing

/// Golden files kept next to these tests, in `Golden/`. Run with `RECORD_GOLDEN=1` to
/// write them afresh, then review the diff before committing.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func assertMatches(_ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(file); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let diff = lineDiff(expected, actual)
        Issue.record("\(file) differs from the golden file; run with RECORD_GOLDEN=1 to update\n\(diff)",
                     sourceLocation: sourceLocation)
    }

    /// The first few lines that differ, as `-expected` / `+actual` pairs with line numbers.
    static func lineDiff(_ expected: String, _ actual: String, limit: Int = 8) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) where out.count < 2 * limit {
            let x = i < a.count ? a[i] : nil, y = i < b.count ? b[i] : nil
            if x != y {
                out.append("\(i + 1): -\(x ?? "<end>")")
                out.append("\(i + 1): +\(y ?? "<end>")")
            }
        }
        return out.joined(separator: "\n")
    }
}
