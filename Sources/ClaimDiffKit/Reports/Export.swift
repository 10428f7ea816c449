import Foundation

/// Typed exports of claims and flags: RFC 4180 CSV, JSON and JSON Lines with sorted keys.
/// The columns are documented in `Docs/export.md` (a test holds the two together).
public enum Export {
    /// Column names and rows of typed cells; `text` marks free-text columns (guarded against
    /// formulas in CSV).
    public struct Table: Sendable {
        public var columns: [String]
        public var text: Set<String>
        public var rows: [[ExportValue]]

        public init(columns: [String], text: Set<String>, rows: [[ExportValue]]) {
            (self.columns, self.text, self.rows) = (columns, text, rows)
        }

        /// A table of text cells.
        public init(columns: [String], text: Set<String>, rows: [[String]]) {
            self.init(columns: columns, text: text, rows: rows.map { $0.map(ExportValue.string) })
        }

        /// Each row as an object keyed by column.
        var objects: [ExportValue] { rows.map { .object(Dictionary(uniqueKeysWithValues: zip(columns, $0))) } }
    }

    /// The claim columns every export has, in order; `Docs/export.md` describes each.
    public static let claimColumns = [
        "id", "paper", "proposition", "kind", "value", "low", "high", "unit", "time", "start", "end", "precision", "estimated",
        "published", "published_start", "published_end", "stance", "forecast_by", "forecast_by_end", "likelihood",
        "attributed_to", "hedge", "denied_by", "quote", "note",
    ]
    static let claimText: Set<String> = ["id", "paper", "proposition", "value", "unit", "stance", "likelihood", "attributed_to",
                                         "hedge", "denied_by", "quote", "note"]

    /// Every claim, with a column for each further field of the schema (`ClaimSchema`) that
    /// has one and that some claim gives.
    public static func claims(_ set: AnnotationSet, about prefix: String = "") -> Table {
        let claims = prefix.isEmpty ? set.claims : set.claims.filter { $0.about.hasPrefix(prefix) }
        let optional = ClaimSchema.fields.filter { f in f.column != nil && claims.contains { f.get($0) != nil } }
        let kinds = Dictionary(set.propositions.map { ($0.key, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a })
        return Table(columns: claimColumns + optional.map { $0.column! }, text: claimText.union(optional.map { $0.column! }),
                     rows: claims.map { c in claimRow(c, kind: kinds[c.about]) + optional.map { typed($0.get(c)) } })
    }

    static func claimRow(_ c: Claim, kind: String?) -> [ExportValue] {
        var low: Double?, high: Double?, unit: String?
        if case .amount(let a) = c.value { (low, high, unit) = (a.low, a.high, a.unit) }
        let t = c.time, p = c.madeAt
        return [.string(c.id), .string(c.paper), .string(c.about), .text(kind), .string(c.value.text),
                .number(low), .number(high), .text(unit),
                .string(t.text), .string(CivilDate.iso(t.start)), .string(CivilDate.iso(t.end)), .string(t.precision.rawValue), .bool(t.estimated),
                .string(p.text), .string(CivilDate.iso(p.start)), .string(CivilDate.iso(p.end)),
                .string(c.stance.rawValue), .text(c.by?.text), .text(c.by.map { CivilDate.iso($0.end) }), .text(c.likelihood),
                .text(c.attributedTo), .text(c.hedge), .text(c.deniedBy), .string(c.quote), .text(c.note)]
    }

    /// A schema field's value typed: a date or span as written, yes/no as a boolean, words as text.
    static func typed(_ v: Any?) -> ExportValue {
        switch v {
        case nil: .null
        case let s as TimeSpan: .string(s.text)
        case let b as Bool: .bool(b)
        case let s as String: .string(s)
        case let r as any RawRepresentable<String>: .string(r.rawValue)
        case let other?: .string("\(other)")
        }
    }

    public static let flagColumns = ["id", "kind", "rule", "severity", "proposition", "fingerprint", "claims", "why"]

    /// Flags; `claims` is an array of claim objects (the claim columns) in JSON, their ids in CSV.
    public static func flags(_ flags: [Flag], _ set: AnnotationSet) -> Table {
        let kinds = Dictionary(set.propositions.map { ($0.key, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a })
        return Table(columns: flagColumns, text: ["why", "claims", "proposition"], rows: flags.map { f in
            let claims = f.claims.compactMap { set.claim($0) }.map { c in
                ExportValue.object(Dictionary(uniqueKeysWithValues: zip(claimColumns, claimRow(c, kind: kinds[c.about]))))
            }
            return [.string(f.id), .string(f.kind.rawValue), .string(f.rule), .string(f.severity.rawValue), .string(f.proposition),
                    .string(f.fingerprint(in: set)), .array(claims), .string(f.why)]
        })
    }

    /// The UTF-8 byte-order mark some spreadsheets need to read CSV as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// RFC 4180: CRLF line ends, fields quoted when they hold `,` `"` CR or LF, quotes doubled.
    /// Text cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so that
    /// spreadsheets do not run them as formulas.
    public static func csv(_ t: Table, byteOrderMark bom: Bool = false) -> String {
        func field(_ v: ExportValue, _ column: String) -> String {
            var s = v.csvText
            if t.text.contains(column), let f = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { s = "'" + s }
            let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = (bom ? byteOrderMark : "") + t.columns.joined(separator: ",") + "\r\n"
        for row in t.rows {
            out += zip(row, t.columns).map { field($0, $1) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func json(_ t: Table) -> String {
        if t.rows.isEmpty { return "[]\n" }
        let (order, keys) = sortedColumns(t, separator: " : ")
        var out = "[\n"
        for (n, row) in t.rows.enumerated() {
            out += "  {\n"
            for (k, i) in order.enumerated() {
                out += "    " + keys[k] + row[i].json(indent: 2, level: 2) + (k + 1 < order.count ? ",\n" : "\n")
            }
            out += n + 1 < t.rows.count ? "  },\n" : "  }\n"
        }
        return VisibleText.jsonEscaped(out + "]") + "\n"
    }

    public static func jsonLines(_ t: Table) -> String {
        let (order, keys) = sortedColumns(t, separator: ":")
        var out = ""
        for row in t.rows {
            var line = "{"
            for (k, i) in order.enumerated() { line += (k == 0 ? "" : ",") + keys[k] + row[i].json(indent: nil) }
            out += line + "}\n"
        }
        return VisibleText.jsonEscaped(out)
    }

    /// The columns' positions in key order and each key quoted with its separator, worked out
    /// once per table rather than once per row.
    static func sortedColumns(_ t: Table, separator: String) -> ([Int], [String]) {
        let order = t.columns.indices.sorted { t.columns[$0] < t.columns[$1] }
        return (order, order.map { ExportValue.quoted(t.columns[$0]) + separator })
    }
}
