/// The fields each record keyword takes, in canonical order, and which are required.
///
/// `fmt` writes fields in this order; the parser rejects fields not listed here.
public struct RecordSchema: Sendable {
    public var keyword: String
    public var fields: [String]
    public var required: [String]

    public static let all: [RecordSchema] = [
        RecordSchema(keyword: "paper",
                     fields: ["title", "authors", "publisher", "published", "printed", "source", "reliability", "note"],
                     required: ["title", "publisher", "published", "source"]),
        RecordSchema(keyword: "claim",
                     fields: ClaimSchema.names, required: ClaimSchema.fields.filter(\.required).map(\.name)),
        RecordSchema(keyword: "proposition",
                     fields: ["kind", "title", "terms", "equivalent", "compatible", "excludes", "ladder", "unit",
                              "tolerance", "converts", "scale", "persists", "fixed", "implies", "rules-out", "resolves-on", "parties", "parties-up-to", "note"],
                     required: ["kind", "title"]),
        RecordSchema(keyword: "speaker", fields: ["name", "role", "aliases", "note"], required: ["name"]),
        RecordSchema(keyword: "ladder", fields: ["steps", "note"], required: ["steps"]),
        // A scale's fields are its terms; any name is allowed.
        RecordSchema(keyword: "scale", fields: [], required: []),
        RecordSchema(keyword: "review", fields: ["disposition", "resolved-by", "kind", "fingerprint", "note", "by", "date", "history"],
                     required: ["disposition", "note"]),
    ]

    /// Fields a record may give more than once, by keyword: a review's `history:` lines.
    public static let repeatable: [String: Set<String>] = ["review": ["history"]]

    public static func named(_ keyword: String) -> RecordSchema? { all.first { $0.keyword == keyword } }

    /// Fields that `fmt` always writes double-quoted.
    public static let alwaysQuoted: Set<String> = ["quote"]
}
