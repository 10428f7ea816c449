/// Calendar ticks for a time axis: whole days, weeks, months, quarters or years, the finest
/// spacing whose labels do not collide, and never finer than the data.
///
/// Steps of one year or one month are labelled in the middle of the year or month they
/// mark, under the bars of the claims about it; other steps are labelled at the tick.
struct TimeTicks: Sendable, Hashable {
    /// Tick positions in the axis unit, ascending.
    var values: [Double]
    var labels: [String]
    /// Where each label goes, in the axis unit.
    var labelXs: [Double]
    /// For a label of a whole year or month, the part of it that is on the axis, in the axis
    /// unit; nil for a label at a tick.
    var labelSpans: [(lower: Double, upper: Double)?]
    /// The step chosen.
    var step: Step?

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

        /// True for a step of one year or one month, labelled between its ticks.
        var labelsIntervals: Bool { self == .years(1) || self == .months(1) }

        /// The coarsest calendar unit both ends of the days `first..<next` fall on: a year,
        /// half year, quarter, month, or day. `2022` is a year, `2022-06..2022-08` months,
        /// `2022-07-22..2022-08` days.
        static func precision(first: Int, next: Int) -> Step {
            let a = CivilDate.date(ofDay: first), b = CivilDate.date(ofDay: next)
            guard a.day == 1 && b.day == 1 else { return .days(1) }
            for months in [12, 6, 3] where (a.month - 1) % months == 0 && (b.month - 1) % months == 0 {
                return months == 12 ? .years(1) : .months(months)
            }
            return .months(1)
        }

        /// The finest of `steps`, nil for none.
        static func finest(_ steps: some Sequence<Step>) -> Step? {
            steps.min { $0.approximateDays < $1.approximateDays }
        }
    }

    /// The finest calendar unit the marks `(x, end)` are written in, in the axis unit: the
    /// ticks of a chart are no finer. A mark without an end is a point date, a day.
    static func finestStep(_ axis: TimeAxis, _ marks: [(x: Double, end: Double?)]) -> Step? {
        Step.finest(marks.map { m -> Step in
            guard let end = m.end else { return .days(1) }
            let (a, b) = (axis.day(of: m.x), axis.day(of: end))
            guard a.isFinite, b.isFinite, abs(a - a.rounded()) < 1e-6, abs(b - b.rounded()) < 1e-6 else { return .days(1) }
            return Step.precision(first: Int(a.rounded()), next: Int(b.rounded()))
        })
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The finest ticks in `lower...upper`, no finer than `minimum`, that `fits` accepts,
    /// else the coarsest.
    init(axis: TimeAxis, lower: Double, upper: Double, minimum: Step? = nil, fits: (TimeTicks) -> Bool) {
        let first = Int(axis.day(of: lower).rounded(.up)), last = Int(axis.day(of: upper).rounded(.down))
        let floor = minimum?.approximateDays ?? 0
        var chosen = TimeTicks(values: [], labels: [])
        for step in Step.ladder where step.approximateDays >= floor && (last - first) / step.approximateDays <= 60 {
            let days = TimeTicks.days(step, from: first, through: last)
            guard days.count <= 60 else { continue }
            chosen = TimeTicks(step, days: days, axis: axis, lower: lower, upper: upper)
            if fits(chosen) { break }
        }
        self = chosen
    }

    init(values: [Double], labels: [String]) {
        self.values = values
        self.labels = labels
        labelXs = values
        labelSpans = values.map { _ in nil }
        step = nil
    }

    /// Ticks of `step` at `days`; labels between them for a one-year or one-month step,
    /// including the parts of a year or month cut by the ends of the axis.
    init(_ step: Step, days: [Int], axis: TimeAxis, lower: Double, upper: Double) {
        self.init(values: days.map(axis.x(ofDay:)), labels: days.map { TimeTicks.label($0, step) })
        self.step = step
        guard step.labelsIntervals else { return }
        let first = Int(axis.day(of: lower).rounded(.down)), last = Int(axis.day(of: upper).rounded(.up))
        let starts = [TimeTicks.unitStart(first, step)] + days.filter { $0 > TimeTicks.unitStart(first, step) }
        labels = []
        labelXs = []
        labelSpans = []
        for start in starts where start <= last {
            let next = TimeTicks.unitStart(TimeTicks.unitStart(start, step) + 32 * (step == .years(1) ? 12 : 1), step)
            let lo = Swift.max(lower, axis.x(ofDay: start)), hi = Swift.min(upper, axis.x(ofDay: next))
            guard hi > lo else { continue }
            labels.append(TimeTicks.label(start, step))
            labelXs.append((lo + hi) / 2)
            labelSpans.append((lo, hi))
        }
    }

    /// The first day of the year or month that holds `day`.
    static func unitStart(_ day: Int, _ step: Step) -> Int {
        let d = CivilDate.date(ofDay: day)
        return CivilDate.day(year: d.year, month: step == .years(1) ? 1 : d.month, day: 1)
    }

    static func == (a: TimeTicks, b: TimeTicks) -> Bool {
        a.values == b.values && a.labels == b.labels && a.labelXs == b.labelXs
    }

    func hash(into h: inout Hasher) {
        h.combine(values)
        h.combine(labels)
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
