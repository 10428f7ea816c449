/// The layout every chart shares: margins, the plot area, scales from data to pixels,
/// ticks and legend positions, all computed from the chart's text so labels never collide.
///
/// Text widths are estimated from character counts (DejaVu Sans digits are 0.64 em wide),
/// so the layout is the same on every machine.
struct ChartFrame: Sendable {
    static let fontSize = 12.0
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

    var chart: SVGChart
    var width: Double
    var height: Double
    var left: Double, top: Double, right: Double, bottom: Double
    /// The x domain in the axis unit; nil when there is no data to place.
    var xDomain: (lower: Double, upper: Double)?
    var yLower: Double, yUpper: Double
    var xTicks: TimeTicks
    var yTicks: [(value: Double, label: String)]
    var legend: [(name: String, x: Double, y: Double)]

    init(chart: SVGChart, xs: [Double], yLower: Double, yUpper: Double,
         yTicks: [(value: Double, label: String)], plotHeight: Double, names: [String]) {
        self.chart = chart
        self.yLower = yLower
        self.yUpper = yUpper
        self.yTicks = yTicks.map { ($0.value, ChartFrame.truncate($0.label, to: 220)) }
        width = Double(Swift.max(chart.width, 320))
        let titleHeight = chart.title.isEmpty ? 0.0 : 30
        top = 16 + titleHeight + (chart.yLabel == nil ? 0 : 20)
        let labelWidth = self.yTicks.map { ChartFrame.textWidth($0.label) }.max() ?? 0
        left = 24 + labelWidth
        right = width - 40
        bottom = top + plotHeight
        if let lo = xs.min(), let hi = xs.max() {
            let pad = lo == hi ? (chart.time == .day ? 30 : 0.1) : (hi - lo) * 0.04
            xDomain = (lo - pad, hi + pad)
        }
        xTicks = TimeTicks(values: [], labels: [])
        if let domain = xDomain {
            let (l, r) = (left, right)
            xTicks = TimeTicks(axis: chart.time, lower: domain.lower, upper: domain.upper) { ticks in
                let widest = ticks.labels.map { ChartFrame.textWidth($0) }.max() ?? 0
                let xs = ticks.values.map { l + ($0 - domain.lower) / (domain.upper - domain.lower) * (r - l) }
                return zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= widest + 14 }
            }
        }
        var y = bottom + (chart.xLabel == nil ? 46 : 66)
        var x = left
        legend = []
        let room = Swift.max(60, Swift.min(320, right - left - 48))
        for name in names.map({ ChartFrame.truncate($0, to: room) }) {
            let itemWidth = 26 + ChartFrame.textWidth(name) + 22
            if x > left && x + itemWidth > right { (x, y) = (left, y + 20) }
            legend.append((name, x, y))
            x += itemWidth
        }
        height = (legend.last?.y ?? bottom + (chart.xLabel == nil ? 26 : 46)) + 14
    }

    /// The pixel column of an x value.
    func x(_ value: Double) -> Double {
        guard let d = xDomain else { return (left + right) / 2 }
        return left + (value - d.lower) / (d.upper - d.lower) * (right - left)
    }

    /// The pixel row of a y value.
    func y(_ value: Double) -> Double {
        bottom - (value - yLower) / (yUpper - yLower) * (bottom - top)
    }

    /// The colour and dash pattern of series `index`: seven colours, then dashed repeats.
    static func style(_ index: Int) -> (color: String, dash: String?) {
        (palette[index % palette.count], [nil, "6 3", "2 3"][(index / palette.count) % 3])
    }

    /// The estimated width of `text` at `size`, counting East Asian wide characters twice.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        let units = text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
        return Double(units) * size * 0.64
    }

    /// `text` cut short with an ellipsis so that it is at most `width` wide.
    static func truncate(_ text: String, to width: Double, size: Double = fontSize) -> String {
        guard textWidth(text, size: size) > width else { return text }
        var cut = text
        while !cut.isEmpty && textWidth(cut + "…", size: size) > width { cut.removeLast() }
        return cut + "…"
    }

    static func isWide(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
