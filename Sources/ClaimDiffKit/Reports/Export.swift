import Foundation

/// Tabular exports of claims and flags: RFC 4180 CSV, JSON and JSON Lines with sorted keys.
public enum Export {
    /// Column names and rows of strings; `text` marks free-text columns (guarded against formulas in CSV).
    public struct Table: Sendable {
        public var columns: [String]
        public var text: Set<String>
        public var rows: [[String]]
    }

    public static func claims(_ set: AnnotationSet) -> Table {
        // Then a column for each field of the schema that has one and that some claim gives.
        let optional = ClaimSchema.fields.filter { f in f.column != nil && set.claims.contains { f.get($0) != nil } }
        return Table(columns: ["id", "paper", "proposition", "kind", "value", "time", "published", "stance", "forecast_by", "denied_by", "quote", "note"]
                         + optional.map { $0.column! },
                     text: ["value", "stance", "denied_by", "quote", "note", "paper", "proposition", "id"],
                     rows: set.claims.map { c in
                         [c.id, c.paper, c.about, set.proposition(c.about)?.kind.rawValue ?? "", c.value.text, c.time.text, c.madeAt.text,
                          c.stance.rawValue, c.by?.text ?? "", c.deniedBy ?? "", c.quote, c.note ?? ""] + optional.map { $0.text(c) ?? "" }
                     })
    }

    public static func flags(_ flags: [Flag], _ set: AnnotationSet) -> Table {
        Table(columns: ["id", "kind", "rule", "severity", "proposition", "claims", "why"],
              text: ["why", "claims", "proposition"],
              rows: flags.map { [$0.id, $0.kind.rawValue, $0.rule, $0.severity.rawValue, $0.proposition, $0.claims.joined(separator: " "), $0.why] })
    }

    /// RFC 4180: CRLF line ends, fields quoted when they hold `,` `"` CR or LF, quotes doubled.
    /// Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so that
    /// spreadsheets do not run them as formulas.
    public static func csv(_ t: Table) -> String {
        func field(_ v: String, _ column: String) -> String {
            var s = v
            if t.text.contains(column), let f = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { s = "'" + s }
            let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = t.columns.joined(separator: ",") + "\r\n"
        for row in t.rows {
            out += zip(row, t.columns).map { field($0, $1) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func json(_ t: Table) -> String {
        VisibleText.jsonEscaped(FlagRecord.json(t.rows.map { Dictionary(uniqueKeysWithValues: zip(t.columns, $0)) })) + "\n"
    }

    public static func jsonLines(_ t: Table) -> String {
        t.rows.map { VisibleText.jsonEscaped(FlagRecord.json(Dictionary(uniqueKeysWithValues: zip(t.columns, $0)), pretty: false)) + "\n" }.joined()
    }
}
