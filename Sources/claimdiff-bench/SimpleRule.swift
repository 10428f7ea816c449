import ClaimDiffKit
import Foundation

/// The rule both legs count: pairs of claims on the same proposition, from different papers,
/// whose times overlap and whose values differ (as written). Swift groups and sweeps; SQLite
/// self-joins the exported table on an index (and, for comparison, range-joins it).
enum SimpleRule {
    static func count(_ claims: [Claim]) -> Int {
        // Group: proposition, paper and value as numbers, then one sort by proposition and start.
        var props: [String: Int32] = [:], papers: [String: Int32] = [:], values: [ClaimValue: Int32] = [:]
        func number<K: Hashable>(_ key: K, _ table: inout [K: Int32]) -> Int32 {
            if let n = table[key] { return n }
            let n = Int32(table.count)
            table[key] = n
            return n
        }
        var rows: [(prop: Int32, start: Int32, end: Int32, paper: Int32, value: Int32)] = []
        rows.reserveCapacity(claims.count)
        for c in claims {
            rows.append((number(c.about, &props), Int32(c.time.start), Int32(c.time.end), number(c.paper, &papers), number(c.value, &values)))
        }
        rows.sort { ($0.prop, $0.start) < ($1.prop, $1.start) }
        // Compare: each claim with the later-starting claims of its proposition that start within it.
        var pairs = 0
        for i in rows.indices {
            let a = rows[i]
            var j = i + 1
            while j < rows.count, rows[j].prop == a.prop, rows[j].start <= a.end {
                if rows[j].paper != a.paper, rows[j].value != a.value { pairs += 1 }
                j += 1
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

    /// The self-join: an index on the proposition, every pair of its claims tested.
    static let joinIndex = "CREATE INDEX claims_prop ON claims(prop);"
    static let join = """
    SELECT count(*) FROM claims a JOIN claims b ON b.prop = a.prop AND b.rowid > a.rowid \
    WHERE a.start <= b."end" AND b.start <= a."end" AND b.paper <> a.paper AND b.value <> a.value;
    """

    /// A range join, for comparison: an index on (proposition, start), each claim joined with the
    /// claims that start within its span (ties broken by row id), so each overlapping pair once.
    static let rangeIndex = "CREATE INDEX claims_prop_start ON claims(prop, start);"
    static let range = """
    SELECT count(*) FROM claims a JOIN claims b ON b.prop = a.prop AND b.start >= a.start AND b.start <= a."end" \
    WHERE (b.start > a.start OR b.rowid > a.rowid) AND b.paper <> a.paper AND b.value <> a.value;
    """
}
