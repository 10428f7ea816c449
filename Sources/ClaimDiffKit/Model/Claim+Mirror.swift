extension Claim: CustomReflectable {
    /// The claim's meaning: where it was written, its paper and time, and every field of
    /// `ClaimSchema` with the text of its quote and note, rather than the box that stores them
    /// (as swift-collections' `Deque` shows its elements, not its buffer). `dump` shows this,
    /// so two claims that dump alike say the same thing.
    public var customMirror: Mirror {
        var children: [Mirror.Child] = [("id", id), ("paper", paper), ("location", location), ("madeAt", madeAt), ("time", time),
                                        ("stance", stance)]
        for f in ClaimSchema.fields { children.append((f.name, f.get(self) as Any)) }
        // The field `by` reads back as the span written; which one the claim keeps it as.
        children += [("forecastBy", by as Any), ("horizon", horizon as Any)]
        return Mirror(self, children: children, displayStyle: .struct)
    }
}
