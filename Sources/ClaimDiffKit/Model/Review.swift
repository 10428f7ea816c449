/// An analyst's disposition of a flag, kept in `reviews.claims`.
public struct Review: Hashable, Sendable {
    public enum Disposition: String, Sendable, CaseIterable {
        /// The contradiction is real and stands.
        case accepted
        /// The flag is wrong or immaterial.
        case dismissed
        /// A claim settles it.
        case resolved
        /// An analyst opened it again (`claimdiff review FLAG-ID --reopen`): it is in the queue
        /// as open, with the dispositions before it kept in `history`.
        case reopened
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
    /// Earlier dispositions of the same flag, oldest first (`history:` lines): recording a new
    /// disposition or reopening keeps the one it replaces here, never drops it.
    public var history: [Review] = []
    public var location: SourceLocation

    public init(flagID: String, disposition: Disposition, resolvedBy: String?, note: String, by: String?,
                date: TimeSpan?, kind: String? = nil, fingerprint: String? = nil, history: [Review] = [], location: SourceLocation) {
        self.history = history
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
