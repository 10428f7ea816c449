// The fields hardly any claim gives: their storage, in a box most claims do not have, and
// their properties. A new optional claim field is a line in `Rare.Fields`, a term of its
// `isEmpty` and a property below, and a row of `ClaimSchema`.

extension Claim {
    /// The fields hardly any claim gives, in a box of their own.
    final class Rare: Sendable {
        struct Fields: Sendable {
            /// `as-of`, `period` and `event` when they are not the claim's time.
            var asOf: TimeSpan?
            var period: TimeSpan?
            var event: TimeSpan?
            var change: (from: TimeSpan, to: TimeSpan)?
            var horizon: TimeSpan?

            var isEmpty: Bool {
                asOf == nil && period == nil && event == nil && change == nil && horizon == nil
            }
        }

        let x: Fields
        init(_ x: Fields) { self.x = x }
    }

    /// A rare field's value, or nil when the claim has none of them.
    func rare<T>(_ get: (Rare.Fields) -> T?) -> T? {
        box.read { $0.pointee.extra?.rare.flatMap { get($0.x) } }
    }

    mutating func editRare(_ body: (inout Rare.Fields) -> Void) {
        edit { $0.extra { body(&$0.rare) } }
    }
}
