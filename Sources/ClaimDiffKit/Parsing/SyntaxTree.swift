/// A field as written: `key: value`, with its comments.
public struct SyntaxField: Hashable, Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    /// The value with quotes removed and escapes resolved.
    public var value: String
    public var valueLocation: SourceLocation
    public var quoted: Bool
    /// A trailing `# comment` on the same line, without the `#`'s leading blank.
    public var comment: String?
    /// Comment lines directly above the field.
    public var leadingComments: [String] = []
}

/// A record as written: `keyword id` and its indented fields.
public struct SyntaxRecord: Hashable, Sendable {
    public var keyword: String
    public var id: String
    public var location: SourceLocation
    public var idLocation: SourceLocation
    public var comment: String?
    public var leadingComments: [String] = []
    public var fields: [SyntaxField] = []
    /// Indented comments after the last field.
    public var trailingComments: [String] = []
    /// Keys of field lines the reader rejected (and reported), so they are not also reported missing.
    public var unreadableFields: [String] = []

    public func field(_ key: String) -> SyntaxField? { fields.first { $0.key == key } }
}

/// One file as written: records and free-standing comment blocks, in order.
public struct SyntaxFile: Hashable, Sendable {
    public enum Item: Hashable, Sendable {
        case comments([String])
        case record(SyntaxRecord)
    }

    public var path: String
    public var items: [Item] = []
    /// Where a record header that was probably a paper's could not be read (and was reported):
    /// the claims below it are checked without also being reported as coming before any paper.
    public var unreadablePaperHeaders: [SourceLocation] = []

    public var records: [SyntaxRecord] {
        items.compactMap { if case .record(let r) = $0 { return r } else { return nil } }
    }
}
