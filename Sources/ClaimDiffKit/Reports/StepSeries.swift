/// One named series of a step chart: where one paper puts a proposition on an ordered
/// ladder of levels (planned, contracted, delivered, …) at each date.
public struct StepSeries: Sendable, Hashable {
    /// A level, or a range of levels when the paper is vague, from a date on.
    public struct Point: Sendable, Hashable {
        /// In the chart's `TimeAxis` unit.
        public var x: Double
        /// Indices into the chart's levels, lowest first; equal for an exact level.
        public var lower: Int
        public var upper: Int
        /// Words for the tooltip, such as `Ladder.describe`'s "before delivered"; by
        /// default the level names.
        public var label: String?

        public init(x: Double, lower: Int, upper: Int, label: String? = nil) {
            precondition(lower <= upper, "step range \(lower)...\(upper) is empty")
            self.x = x
            self.lower = lower
            self.upper = upper
            self.label = label
        }

        /// A point at exactly one level.
        public init(x: Double, level: Int, label: String? = nil) {
            self.init(x: x, lower: level, upper: level, label: label)
        }

        /// The height the step line runs at: the level, or the middle of the range.
        var middle: Double { Double(lower + upper) / 2 }
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
        points.filter { $0.x.isFinite }.sorted { ($0.x, $0.lower, $0.upper) < ($1.x, $1.lower, $1.upper) }
    }
}
