/// One named series of a step chart: where one paper puts a proposition on an ordered
/// ladder of levels (planned, contracted, delivered, …) over the times it speaks of.
public struct StepSeries: Sendable, Hashable {
    /// A level, or a range of levels when the paper gives a bound, over a span of time.
    public struct Point: Sendable, Hashable {
        /// In the chart's `TimeAxis` unit: the start of the time the claim speaks of.
        public var x: Double
        /// The end of that time (exclusive); nil for a point date, drawn as a short mark.
        public var end: Double?
        /// Indices into the chart's levels, lowest first; equal for an exact level.
        public var lower: Int
        public var upper: Int
        /// True when the time is an annotator's estimate: the mark is drawn dashed and lighter.
        public var estimated: Bool
        /// True when the claim is hedged or attributed: the mark carries a "?".
        public var hedged = false
        /// Words for the tooltip after the series name, such as `2024-11: before delivered`;
        /// by default the time and the level names.
        public var label: String?

        public init(x: Double, end: Double? = nil, lower: Int, upper: Int, estimated: Bool = false, hedged: Bool = false, label: String? = nil) {
            precondition(lower <= upper, "step range \(lower)...\(upper) is empty")
            self.hedged = hedged
            self.x = x
            self.end = end
            self.lower = lower
            self.upper = upper
            self.estimated = estimated
            self.label = label
        }

        /// A point at exactly one level.
        public init(x: Double, end: Double? = nil, level: Int, estimated: Bool = false, label: String? = nil) {
            self.init(x: x, end: end, lower: level, upper: level, estimated: estimated, label: label)
        }

        /// The end of the time drawn: `end`, or `x` for a point date.
        var upperX: Double { Swift.max(x, end ?? x) }
    }

    public var name: String
    /// Drawn in order of `x`, whatever their order here; points with a non-finite x are
    /// left out.
    public var points: [Point]

    public init(name: String, points: [Point]) {
        self.name = name
        self.points = points
    }

    /// The finite points, ordered by x, then level.
    var plotted: [Point] {
        points.filter { $0.x.isFinite && $0.upperX.isFinite }
            .sorted { ($0.x, $0.upperX, $0.lower, $0.upper) < ($1.x, $1.upperX, $1.lower, $1.upper) }
    }
}
