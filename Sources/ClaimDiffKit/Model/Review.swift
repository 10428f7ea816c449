/// An analyst's disposition of a flag, kept in `reviews.claims`.
public struct Review: Hashable, Sendable {
    public enum Disposition: String, Sendable, CaseIterable {
        /// The contradiction is real and stands.
        case accepted
        /// The flag is wrong or immaterial.
        case dismissed
        /// A claim settles it.
        case resolved
    }

    public var flagID: String
    public var disposition: Disposition
    public var resolvedBy: String?
    public var note: String
    public var by: String?
    public var date: TimeSpan?
    public var location: SourceLocation

    public init(flagID: String, disposition: Disposition, resolvedBy: String?, note: String, by: String?,
                date: TimeSpan?, location: SourceLocation) {
        self.flagID = flagID
        self.disposition = disposition
        self.resolvedBy = resolvedBy
        self.note = note
        self.by = by
        self.date = date
        self.location = location
    }
}
