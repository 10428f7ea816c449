/// One named series of a line chart, such as one paper's estimates of a cost over time.
public struct LineSeries: Sendable, Hashable {
    /// One observation, with an optional range for a rounded or uncertain figure.
    public struct Point: Sendable, Hashable {
        /// In the chart's `TimeAxis` unit.
        public var x: Double
        public var y: Double
        /// The ends of a vertical error bar; a missing end is taken to be `y`.
        public var low: Double?
        public var high: Double?

        public init(x: Double, y: Double, low: Double? = nil, high: Double? = nil) {
            self.x = x
            self.y = y
            self.low = low
            self.high = high
        }

        /// Whether the point carries an error bar.
        var hasRange: Bool { low != nil || high != nil }
    }

    public var name: String
    /// Drawn in order of `x`, whatever their order here; points with a non-finite
    /// coordinate are left out.
    public var points: [Point]

    public init(name: String, points: [Point]) {
        self.name = name
        self.points = points
    }

    /// The finite points, ordered by x, then y.
    var plotted: [Point] {
        points.filter { $0.x.isFinite && $0.y.isFinite && ($0.low ?? 0).isFinite && ($0.high ?? 0).isFinite }
            .sorted { ($0.x, $0.y) < ($1.x, $1.y) }
    }
}
