import ClaimDiffKit
import Foundation

/// The rule both legs count: pairs of claims on the same proposition, from different papers,
/// whose times overlap and whose values differ (as written). Swift groups and sweeps; SQLite
/// self-joins the exported table on an index.
enum SimpleRule {
    static func count(_ claims: [Claim]) -> Int {
        var pairs = 0
        for (_, group) in Dictionary(grouping: claims, by: \.about) {
            let sorted = group.sorted { $0.time.start < $1.time.start }
            for i in sorted.indices {
                let a = sorted[i]
                var j = i + 1
                while j < sorted.count, sorted[j].time.start <= a.time.end {
                    let b = sorted[j]
                    if a.paper != b.paper, a.value != b.value { pairs += 1 }
                    j += 1
                }
            }
        }
        return pairs
    }

    /// `id,prop,paper,start,end,value`, every text field quoted.
    static func exportCSV(_ claims: [Claim], to path: String) {
        var out = "id,prop,paper,start,end,value\n"
        out.reserveCapacity(claims.count * 60)
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        for c in claims {
            out += "\(q(c.id)),\(q(c.about)),\(q(c.paper)),\(c.time.start),\(c.time.end),\(q(c.value.text))\n"
        }
        _ = FileManager.default.createFile(atPath: path, contents: Data(out.utf8))
    }

    static let schema = "CREATE TABLE claims(id TEXT, prop TEXT, paper TEXT, start INTEGER, \"end\" INTEGER, value TEXT);"
    static let index = "CREATE INDEX claims_prop_start ON claims(prop, start);"
    /// Each overlapping pair once: `b` starts within `a`'s span, ties broken by row id.
    static let query = """
    SELECT count(*) FROM claims a JOIN claims b ON b.prop = a.prop AND b.start >= a.start AND b.start <= a."end" \
    WHERE (b.start > a.start OR b.rowid > a.rowid) AND b.paper <> a.paper AND b.value <> a.value;
    """
}
