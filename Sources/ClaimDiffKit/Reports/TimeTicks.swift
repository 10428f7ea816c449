/// Calendar ticks for a time axis: whole days, weeks, months, quarters or years, the finest
/// spacing whose labels do not collide.
struct TimeTicks: Sendable, Hashable {
    /// Tick positions in the axis unit, ascending.
    var values: [Double]
    var labels: [String]

    enum Step: Sendable, Hashable {
        case days(Int), months(Int), years(Int)

        static let ladder: [Step] = [.days(1), .days(2), .days(7), .days(14),
                                     .months(1), .months(2), .months(3), .months(6)]
            + [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map(Step.years)

        var approximateDays: Int {
            switch self {
            case .days(let n): return n
            case .months(let n): return 30 * n
            case .years(let n): return 365 * n
            }
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The finest ticks in `lower...upper` that `fits` accepts, else the coarsest.
    init(axis: TimeAxis, lower: Double, upper: Double, fits: (TimeTicks) -> Bool) {
        let first = Int(axis.day(of: lower).rounded(.up)), last = Int(axis.day(of: upper).rounded(.down))
        var chosen = TimeTicks(values: [], labels: [])
        for step in Step.ladder where (last - first) / step.approximateDays <= 60 {
            let days = TimeTicks.days(step, from: first, through: last)
            guard days.count <= 60 else { continue }
            chosen = TimeTicks(values: days.map(axis.x(ofDay:)), labels: days.map { TimeTicks.label($0, step) })
            if fits(chosen) { break }
        }
        self = chosen
    }

    init(values: [Double], labels: [String]) {
        self.values = values
        self.labels = labels
    }

    /// Day numbers of the ticks of `step` from `first` through `last`, aligned to the
    /// calendar: weeks start on Monday, quarters in January, decades on years ending in 0.
    static func days(_ step: Step, from first: Int, through last: Int) -> [Int] {
        guard first <= last else { return [] }
        switch step {
        case .days(let n):
            let anchor = n % 7 == 0 ? 4 : 0  // day 4, 1970-01-05, is a Monday
            var d = first + ((anchor - first) % n + n) % n
            var out: [Int] = []
            while d <= last { out.append(d); d += n }
            return out
        case .months(let n):
            let start = CivilDate.date(ofDay: first), end = CivilDate.date(ofDay: last)
            let lo = start.year * 12 + start.month - 1, hi = end.year * 12 + end.month - 1
            return stride(from: lo - ((lo % n) + n) % n, through: hi, by: n)
                .map { CivilDate.day(year: floorDiv($0, 12), month: $0 - floorDiv($0, 12) * 12 + 1, day: 1) }
                .filter { $0 >= first && $0 <= last }
        case .years(let n):
            let lo = CivilDate.date(ofDay: first).year, hi = CivilDate.date(ofDay: last).year
            return stride(from: lo - ((lo % n) + n) % n, through: hi, by: n)
                .map { CivilDate.day(year: $0, month: 1, day: 1) }
                .filter { $0 >= first && $0 <= last }
        }
    }

    /// `2024-03-04` for day steps, `Mar 2024` for month steps, `2024` for year steps.
    static func label(_ day: Int, _ step: Step) -> String {
        let date = CivilDate.date(ofDay: day)
        switch step {
        case .days: return CivilDate.iso(day)
        case .months: return "\(monthNames[date.month - 1]) \(date.year)"
        case .years: return String(date.year)
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
