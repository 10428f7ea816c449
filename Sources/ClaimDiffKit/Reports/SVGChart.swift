/// Hand-written, deterministic SVG charts for reports: a line chart of figures over time
/// and a step chart of ladder levels over time.
///
/// The same input always gives the same bytes: no dates, locale or randomness; numbers are
/// written by `SVGNumber`; series keep the order given and points are sorted by x. Every
/// label is XML-escaped in one place (`String.xmlEscaped`). The output has `width`,
/// `height`, `viewBox`, `role="img"`, a `<title>` and `<desc>`, a white background (so it
/// reads in dark mode too), colour-blind-safe Okabe–Ito colours, and the font
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

    /// A line chart of `series` with markers at each point and error bars where a point has
    /// a range. The y axis starts at zero when `includeZero` is true, so that differences
    /// between papers are not exaggerated.
    public func lines(_ series: [LineSeries], includeZero: Bool = true) -> String {
        LineChartRenderer(chart: self, series: series, includeZero: includeZero).svg
    }

    /// A step chart: `levels` (lowest first) up the y axis, one stepped line per series, so
    /// that how each paper's status for a proposition changes over time reads at a glance.
    /// Series at the same level are drawn a few pixels apart so none hides another; a point
    /// with a range of levels is drawn as a bar, and the line runs through its middle.
    /// Every point's levels must be indices into `levels`, which must not be empty.
    public func steps(_ series: [StepSeries], levels: [String]) -> String {
        StepChartRenderer(chart: self, series: series, levels: levels).svg
    }
}
