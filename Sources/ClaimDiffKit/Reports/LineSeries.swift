/// One named series of a figure chart, such as one paper's figures for trade in each year.
public struct LineSeries: Sendable, Hashable {
    /// One figure: the period it describes and the interval it stands for.
    public struct Point: Sendable, Hashable {
        /// In the chart's `TimeAxis` unit: the start of the figure's period or time.
        public var x: Double
        /// The end of the period (exclusive); nil for a point date, drawn as a short mark.
        public var end: Double?
        /// The figure as written.
        public var y: Double
        /// The ends of the interval a rounded figure or a range stands for; a missing end is
        /// taken to be `y`, and an infinite one (a bound, "more than 4.6") is drawn open to
        /// the edge of the plot.
        public var low: Double?
        public var high: Double?
        /// True when the time is an annotator's estimate: the mark is drawn dashed and lighter.
        public var estimated: Bool
        /// True when the claim is hedged or attributed: the mark carries a "?".
        public var hedged = false
        /// Words for the tooltip, such as `2022: ~4 billion USD`; by default the time and value.
        public var label: String?

        public init(x: Double, end: Double? = nil, y: Double, low: Double? = nil, high: Double? = nil,
                    estimated: Bool = false, hedged: Bool = false, label: String? = nil) {
            self.hedged = hedged
            self.x = x
            self.end = end
            self.y = y
            self.low = low
            self.high = high
            self.estimated = estimated
            self.label = label
        }

        /// Whether the point carries an interval.
        var hasRange: Bool { low != nil || high != nil }
        /// The end of the time drawn: `end`, or `x` for a point date.
        var upperX: Double { Swift.max(x, end ?? x) }
    }

    public var name: String
    /// Drawn in order of `x`, whatever their order here; points with a non-finite time or
    /// figure, or a NaN end, are left out.
    public var points: [Point]

    public init(name: String, points: [Point]) {
        self.name = name
        self.points = points
    }

    /// The points that can be drawn, ordered by x, then y.
    var plotted: [Point] {
        points.filter { $0.x.isFinite && $0.upperX.isFinite && $0.y.isFinite && !($0.low ?? 0).isNaN && !($0.high ?? 0).isNaN
            && ($0.low ?? 0) != .infinity && ($0.high ?? 0) != -.infinity }
            .sorted { ($0.x, $0.y, $0.upperX) < ($1.x, $1.y, $1.upperX) }
    }
}
