/// Hand-written, deterministic SVG charts for reports: figures over time and ladder
/// statuses over time, each claim drawn over the time it speaks of.
///
/// The same input always gives the same bytes: no dates, locale or randomness; numbers are
/// written by `SVGNumber`; series keep the order given, and marks are drawn in a fixed
/// order (bands under bars, wide under narrow, then by series and time). Every
/// label is XML-escaped in one place (`String.xmlEscaped`). The output has `width`,
/// `height`, `viewBox`, `role="img"`, a `<title>` and `<desc>`, a white background (so it
/// reads in dark mode too), colour-blind-safe Okabe–Ito colours (striped once they repeat),
/// the series' names written beside their marks, text of 12 px or more, and the font
/// "DejaVu Sans, sans-serif"; it ends in one newline.
public struct SVGChart: Sendable, Hashable {
    /// Shown at the top and as the SVG `<title>`; may be empty.
    public var title: String
    /// The unit of every x value.
    public var time: TimeAxis
    /// Words under the x axis, if any.
    public var xLabel: String?
    /// Words above the y axis, such as "£ billion", if any.
    public var yLabel: String?
    /// The whole image's width in pixels; at least 320 is used.
    public var width: Int
    /// The plot area's height in pixels; a step chart grows it to fit its levels.
    public var plotHeight: Int

    public init(title: String, time: TimeAxis, xLabel: String? = nil, yLabel: String? = nil,
                width: Int = 720, plotHeight: Int = 260) {
        self.title = title
        self.time = time
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.width = width
        self.plotHeight = plotHeight
    }

    /// A chart of figures: each point a box over the period it describes, as tall as the
    /// interval it stands for, with its written value as a line across it, and the series'
    /// name beside it. A bound (an infinite `low` or `high`) is a band open to the edge of
    /// the plot. The y axis starts at zero when `includeZero` is true, so that differences
    /// between papers are not exaggerated. `findings` are marked in a lane above the plot.
    public func lines(_ series: [LineSeries], includeZero: Bool = true, findings: [Finding] = []) -> String {
        LineChartRenderer(chart: self, series: series, includeZero: includeZero, findings: findings).svg
    }

    /// A status chart: `levels` (lowest first) up the y axis; each point is drawn over the
    /// time it speaks of, an exact level as a solid bar at that level and a range of levels
    /// (a bound such as "before delivered") as a light band over every level it allows, never
    /// as a point in the middle. Every mark is labelled with its series' name, so series stay
    /// apart however many there are. Every point's levels must be indices into `levels`,
    /// which must not be empty. `findings` are marked in a lane above the plot.
    public func steps(_ series: [StepSeries], levels: [String], findings: [Finding] = []) -> String {
        StepChartRenderer(chart: self, series: series, levels: levels, findings: findings).svg
    }
}
