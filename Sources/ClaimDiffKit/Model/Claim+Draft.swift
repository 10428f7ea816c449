extension Claim {
    /// A claim's fields as a builder gathers them, before the claim is made.
    ///
    /// Both parse paths fill one through `ClaimSchema`'s fields and make the claim with
    /// `Claim(_:origin:quote:note:line:column:)`, which stores the rare fields in boxes of their
    /// own and the time as which field it came from. A field is only ever set, never read, by
    /// the table's entries, so one with a default value stays as cheap as one not written.
    struct Draft: Sendable {
        var id = ""
        var about = ""
        var value: ValueBox?
        var asOf: TimeSpan?
        var period: TimeSpan?
        var event: TimeSpan?
        var reversal = false
        /// The fields most claims leave out, with the rare ones inside.
        var extra = Extra.Fields()

        /// The span given in `by`: a forecast's target, or on a likelihood proposition the
        /// judgement's horizon.
        mutating func setBy(_ span: TimeSpan, likelihood: Bool) {
            if likelihood { extra.rare.horizon = span } else { extra.by = span }
        }
    }
}
