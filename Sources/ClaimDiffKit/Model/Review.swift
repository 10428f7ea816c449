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
    /// The kind of finding it judged (`kind:`), when recorded: a disposition of an update no
    /// longer applies once the same finding is a contradiction.
    public var kind: String?
    /// The fingerprint of the evidence it judged (`fingerprint:`, `Flag.fingerprint(in:)`), when
    /// recorded: once a claim's value or time changes, the disposition no longer applies.
    public var fingerprint: String?
    public var location: SourceLocation

    public init(flagID: String, disposition: Disposition, resolvedBy: String?, note: String, by: String?,
                date: TimeSpan?, kind: String? = nil, fingerprint: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.fingerprint = fingerprint
        self.flagID = flagID
        self.disposition = disposition
        self.resolvedBy = resolvedBy
        self.note = note
        self.by = by
        self.date = date
        self.location = location
    }
}
