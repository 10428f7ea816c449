import Foundation

/// One typed cell of an export: what JSON writes as a string, number, boolean, null, array or
/// object, and CSV as text.
public enum ExportValue: Equatable, Sendable, ExpressibleByStringLiteral {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([ExportValue])
    /// Keys in any order; written sorted.
    case object([String: ExportValue])

    public init(stringLiteral s: String) { self = .string(s) }

    /// A string, or null for nil.
    static func text(_ s: String?) -> ExportValue { s.map(ExportValue.string) ?? .null }

    /// A number, or null for nil and for an infinite bound (`> 4 billion USD` has no high).
    static func number(_ d: Double?) -> ExportValue { d.flatMap { $0.isFinite ? ExportValue.number($0) : nil } ?? .null }

    /// The cell as CSV holds it: null is empty, an array its elements' text joined by spaces,
    /// an object its `id`.
    var csvText: String {
        switch self {
        case .string(let s): s
        case .number(let d): Self.format(d)
        case .bool(let b): b ? "true" : "false"
        case .null: ""
        case .array(let a): a.map(\.csvText).joined(separator: " ")
        case .object(let o): o["id"]?.csvText ?? ""
        }
    }

    /// A whole number without a fraction (`40000000000`), any other number in Swift's shortest
    /// form that reads back the same (`0.35`, `1e+20`): valid JSON and read by every spreadsheet.
    /// Rounded to 15 significant digits first: `4.85 billion` is 4850000000, not the
    /// 4850000000.000001 that scaling the written figure gives.
    static func format(_ d: Double) -> String {
        let r = Double(String(format: "%.15g", d)) ?? d
        if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
        return "\(r)"
    }

    /// JSON with sorted keys and no escaped slashes; `indent` nil for one line.
    func json(indent: Int? = 2, level: Int = 0) -> String {
        switch self {
        case .string(let s): return Self.quoted(s)
        case .number, .bool: return csvText
        case .null: return "null"
        case .array(let a):
            if a.isEmpty { return "[]" }
            guard let indent else { return "[" + a.map { $0.json(indent: nil) }.joined(separator: ",") + "]" }
            let pad = String(repeating: " ", count: indent * (level + 1))
            return "[\n" + a.map { pad + $0.json(indent: indent, level: level + 1) }.joined(separator: ",\n")
                + "\n" + String(repeating: " ", count: indent * level) + "]"
        case .object(let o):
            if o.isEmpty { return "{}" }
            let keys = o.keys.sorted()
            guard let indent else { return "{" + keys.map { Self.quoted($0) + ":" + o[$0]!.json(indent: nil) }.joined(separator: ",") + "}" }
            let pad = String(repeating: " ", count: indent * (level + 1))
            return "{\n" + keys.map { pad + Self.quoted($0) + " : " + o[$0]!.json(indent: indent, level: level + 1) }.joined(separator: ",\n")
                + "\n" + String(repeating: " ", count: indent * level) + "}"
        }
    }

    /// A JSON string: `"` and `\` escaped, controls as `\uXXXX` (the rest is made visible by
    /// `VisibleText.jsonEscaped`).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
