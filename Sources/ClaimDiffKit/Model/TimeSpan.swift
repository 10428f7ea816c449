/// A span of calendar days with the precision it was written in.
///
/// Every date in the language is a span: `2024` is the whole year, `2024-11-05` one day.
/// Two claims can only contradict when their spans overlap.
public struct TimeSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How a span was written.
    public enum Precision: String, Sendable {
        case day, month, quarter, half, year, span
    }

    /// First day, inclusive (days since 1970-01-01).
    public var start: Int
    /// Last day, inclusive.
    public var end: Int
    public var precision: Precision
    /// True when the span is an annotator's estimate (`~` prefix).
    public var estimated: Bool
    /// The canonical spelling, e.g. `2024-11` or `~2022-11..2023-02`.
    public var text: String

    public init(start: Int, end: Int, precision: Precision, estimated: Bool = false, text: String) {
        self.start = start
        self.end = end
        self.precision = precision
        self.estimated = estimated
        self.text = text
    }

    public var description: String { text }

    public func overlaps(_ other: TimeSpan) -> Bool { start <= other.end && other.start <= end }

    /// True when the whole span lies after `other`.
    public func isAfter(_ other: TimeSpan) -> Bool { start > other.end }

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool { (a.start, a.end, a.text) < (b.start, b.end, b.text) }

    /// The last day of a year, as a span of one day: what "2021" means for `--as-of`.
    public static func endOfYear(_ year: Int) -> TimeSpan {
        let d = CivilDate.day(year: year, month: 12, day: 31)
        return TimeSpan(start: d, end: d, precision: .day, text: CivilDate.iso(d))
    }

    /// The calendar year the span starts in.
    public var startYear: Int { CivilDate.date(ofDay: start).year }
    /// The calendar year the span ends in.
    public var endYear: Int { CivilDate.date(ofDay: end).year }
}
