/// A position on a ladder: one step, or the steps between two bounds.
///
/// `contracted` is exactly that step; `< delivered` is any step before delivery;
/// `>= promised` is promised or later. Indices refer to the ladder's steps.
public struct LadderRange: Hashable, Sendable {
    public var lower: Int
    public var upper: Int
    /// The canonical spelling.
    public var text: String

    public init(lower: Int, upper: Int, text: String) {
        self.lower = lower
        self.upper = upper
        self.text = text
    }

    public var isExact: Bool { lower == upper }
    /// True when written as a bound or a range (`>= delivered`, `< signed`, `a..b`), even one
    /// that admits a single step: with an `event:` such a value attests the state then and
    /// places no transition, where a bare step reports the step being reached.
    public var isWrittenAsBound: Bool { text.first == "<" || text.first == ">" || text.contains("..") }

    public func overlaps(_ o: LadderRange) -> Bool { lower <= o.upper && o.lower <= upper }

    /// True when every step of `self` lies after every step of `o`.
    public func isAbove(_ o: LadderRange) -> Bool { lower > o.upper }

    /// True when `self` lies within `o`.
    public func isWithin(_ o: LadderRange) -> Bool { lower >= o.lower && upper <= o.upper }
}
