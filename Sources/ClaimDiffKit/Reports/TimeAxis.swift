/// The unit of a chart's x values: a day number or a fractional year.
public enum TimeAxis: Sendable, Hashable {
    /// Days since 1970-01-01, as in `CivilDate`; 19723 is 2024-01-01.
    case day
    /// A year and its elapsed fraction: 2024.0 is 2024-01-01, 2024.5 is about 1 July.
    case year

    /// The fractional day number of an x value.
    func day(of x: Double) -> Double {
        switch self {
        case .day:
            return x
        case .year:
            let year = Int(x.rounded(.down))
            let start = CivilDate.day(year: year, month: 1, day: 1)
            return Double(start) + (x - Double(year)) * Double(TimeAxis.length(of: year))
        }
    }

    /// The x value of the start of day `n`.
    func x(ofDay n: Int) -> Double {
        switch self {
        case .day:
            return Double(n)
        case .year:
            let year = CivilDate.date(ofDay: n).year
            let start = CivilDate.day(year: year, month: 1, day: 1)
            return Double(year) + Double(n - start) / Double(TimeAxis.length(of: year))
        }
    }

    /// The x value in words for a tooltip: `2024-03-01`, or `2024.25` for a fractional year.
    func describe(_ x: Double) -> String {
        switch self {
        case .day: return CivilDate.iso(Int(x.rounded(.toNearestOrAwayFromZero)))
        case .year: return SVGNumber.format(x, decimals: 2)
        }
    }

    static func length(of year: Int) -> Int {
        CivilDate.isLeap(year) ? 366 : 365
    }
}
