/// A source paper: its bibliographic facts and the date its claims default to.
public struct Paper: Hashable, Sendable {
    public var id: String
    public var title: String
    public var authors: [String]
    public var publisher: String
    /// When the paper was published; `estimated` when the paper prints no date.
    public var published: TimeSpan
    /// The date the paper prints, when it differs from `published`.
    public var printed: TimeSpan?
    /// File name of the source text.
    public var source: String
    /// Admiralty source reliability grade, A-F.
    public var reliability: String?
    public var note: String?
    public var location: SourceLocation
    /// Where the `source:` field was written (for verify-quotes errors).
    public var sourceLocation: SourceLocation

    public init(id: String, title: String, authors: [String], publisher: String, published: TimeSpan,
                printed: TimeSpan?, source: String, reliability: String?, note: String?,
                location: SourceLocation, sourceLocation: SourceLocation) {
        self.id = id
        self.title = title
        self.authors = authors
        self.publisher = publisher
        self.published = published
        self.printed = printed
        self.source = source
        self.reliability = reliability
        self.note = note
        self.location = location
        self.sourceLocation = sourceLocation
    }
}
