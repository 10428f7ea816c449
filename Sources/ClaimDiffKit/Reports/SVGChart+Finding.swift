extension SVGChart {
    /// A finding marked in the lane above a chart's plot: one row, with a marker at the time
    /// of each claim it rests on, so a contradiction or update is seen where its claims are.
    public struct Finding: Sendable, Hashable {
        /// One claim of the finding: the time it speaks of, in the chart's `TimeAxis` unit.
        public struct Mark: Sendable, Hashable {
            public var lower: Double
            public var upper: Double
            /// The claim in words, for the marker's tooltip.
            public var note: String

            public init(lower: Double, upper: Double, note: String) {
                self.lower = lower
                self.upper = upper
                self.note = note
            }
        }

        /// The row's label beside the lane, such as `F1 update`.
        public var label: String
        /// The finding in words (its id, kind, severity and reason): the row's `<title>`.
        public var tooltip: String
        /// True for a finding an analyst must review (drawn as red diamonds, else grey dots).
        public var forReview: Bool
        public var marks: [Mark]

        public init(label: String, tooltip: String, forReview: Bool, marks: [Mark]) {
            self.label = label
            self.tooltip = tooltip
            self.forReview = forReview
            self.marks = marks
        }
    }
}
