/// The layout every chart shares: margins, the findings lane, the plot area, scales from
/// data to pixels, ticks, the legend and the key, all computed from the chart's text so
/// labels never collide.
///
/// Text widths are estimated from character counts (DejaVu Sans digits are 0.64 em wide),
/// so the layout is the same on every machine.
struct ChartFrame: Sendable {
    static let fontSize = 12.0
    /// Okabe–Ito colours, safe for colour-blind readers; past seven series they repeat, and
    /// the paper id written beside every mark keeps the series apart.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    /// The same hues dark enough for text on white (contrast 4.5:1 or more).
    static let ink = ["#0072B2", "#A84A00", "#00785A", "#9E4A7C", "#8A5F00", "#1F6F9E", "#000000"]
    /// The height of one row of the findings lane.
    static let findingRow = 18.0

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
    /// The findings marked above the plot, at most `maxFindings`, and the top of their lane.
    var findings: [SVGChart.Finding]
    var laneTop: Double
    var key: [(item: KeyItem, x: Double, y: Double)]
    /// The title in at most two lines, cut short with an ellipsis past that.
    var titleLines: [String]

    static let maxFindings = 10

    /// What a kind of mark means, for the key under the legend.
    enum KeyItem: Sendable, Hashable {
        case band(String), bar(String), estimated(String), line(String), openEnd(String), hedged(String)
        case finding(String), review(String)

        var text: String {
            switch self {
            case .band(let t), .bar(let t), .estimated(let t), .line(let t), .openEnd(let t), .hedged(let t), .finding(let t), .review(let t): t
            }
        }
    }

    /// - Parameters:
    ///   - extents: the x extent of every mark, in the axis unit.
    ///   - minimumStep: the finest time step the data is written in; ticks are no finer.
    init(chart: SVGChart, extents: [(lower: Double, upper: Double)], minimumStep: TimeTicks.Step?,
         yLower: Double, yUpper: Double, yTicks: [(value: Double, label: String)], plotHeight: Double,
         names: [String], findings: [SVGChart.Finding] = [], key: [KeyItem] = []) {
        self.chart = chart
        self.yLower = yLower
        self.yUpper = yUpper
        self.yTicks = yTicks.map { ($0.value, ChartFrame.truncate($0.label, to: 220)) }
        self.findings = Array(findings.prefix(ChartFrame.maxFindings))
        let findingLabels = self.findings.map { ChartFrame.truncate($0.label, to: 220) }
        for i in self.findings.indices { self.findings[i].label = findingLabels[i] }
        width = Double(Swift.max(chart.width, 320))
        titleLines = ChartFrame.wrap(chart.title, to: width - 32, size: 16, lines: 2)
        let titleHeight = titleLines.isEmpty ? 0.0 : 10 + 20 * Double(titleLines.count)
        laneTop = 16 + titleHeight + (self.findings.isEmpty ? 0 : 6)
        let lane = self.findings.isEmpty ? 0 : Double(self.findings.count) * ChartFrame.findingRow + 12
        top = laneTop + lane + (chart.yLabel == nil ? 0 : 20) + (self.findings.isEmpty && chart.yLabel == nil ? 0 : 4)
        let labelWidth = (self.yTicks.map(\.label) + findingLabels).map { ChartFrame.textWidth($0) }.max() ?? 0
        left = 24 + labelWidth
        right = width - 40
        bottom = top + plotHeight
        let finite = extents.filter { $0.lower.isFinite && $0.upper.isFinite }
        if let lo = finite.map(\.lower).min(), let hi = finite.map(\.upper).max() {
            let pad = lo == hi ? (chart.time == .day ? 30 : 0.1) : (hi - lo) * 0.03
            xDomain = (lo - pad, hi + pad)
        }
        xTicks = TimeTicks(values: [], labels: [])
        if let domain = xDomain {
            let (l, r) = (left, right)
            let px = { (v: Double) in l + (v - domain.lower) / (domain.upper - domain.lower) * (r - l) }
            var ticks = TimeTicks(axis: chart.time, lower: domain.lower, upper: domain.upper, minimum: minimumStep) { ticks in
                ChartFrame.labelsFit(ticks, px)
            }
            // A year or month cut short by an end of the axis keeps its label only if it has room.
            let keep = ticks.labels.indices.filter { i in
                guard let s = ticks.labelSpans[i] else { return true }
                return px(s.upper) - px(s.lower) >= ChartFrame.textWidth(ticks.labels[i]) + 4
            }
            (ticks.labels, ticks.labelXs, ticks.labelSpans) = (keep.map { ticks.labels[$0] }, keep.map { ticks.labelXs[$0] },
                                                               keep.map { ticks.labelSpans[$0] })
            xTicks = ticks
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
        self.key = []
        if !key.isEmpty {
            (x, y) = (left, legend.isEmpty ? y : y + 24)
            for item in key {
                let itemWidth = 30 + ChartFrame.textWidth(item.text) + 20
                if x > left && x + itemWidth > right { (x, y) = (left, y + 20) }
                self.key.append((item, x, y))
                x += itemWidth
            }
        }
        let last = self.key.last?.y ?? legend.last?.y
        height = (last ?? bottom + (chart.xLabel == nil ? 26 : 46)) + 14
    }

    /// Whether tick labels leave room between them: at ticks, 14 pixels apart; between
    /// ticks, inside every whole year or month they name.
    static func labelsFit(_ ticks: TimeTicks, _ px: (Double) -> Double) -> Bool {
        let widths = ticks.labels.map { ChartFrame.textWidth($0) }
        guard ticks.step?.labelsIntervals == true else {
            let xs = ticks.labelXs.map(px)
            let widest = widths.max() ?? 0
            return zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= widest + 14 }
        }
        let whole = zip(ticks.values, ticks.values.dropFirst()).map { px($1) - px($0) }.min() ?? .infinity
        return whole >= (widths.max() ?? 0) + 10
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

    /// The fill colour of series `index`, and the darker shade its labels are written in.
    static func style(_ index: Int) -> (color: String, ink: String) {
        (palette[index % palette.count], ink[index % ink.count])
    }

    /// How series `index` fills its marks once the colours repeat: 0 plain, 1 stripes
    /// rising to the right, 2 stripes falling; so 21 series have 21 different fills.
    static func round(_ index: Int) -> Int { (index / palette.count) % 3 }

    /// The id of the striped fill of series `index`, for bands or for solid bars.
    static func patternID(_ index: Int, solid: Bool) -> String { "fill-\(index)-\(solid ? "bar" : "band")" }

    /// The estimated width of `text` at `size`, counting East Asian wide characters twice.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        let units = text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
        return Double(units) * size * 0.64
    }

    /// `text` in lines at most `width` wide, broken at spaces, at most `lines` of them (the
    /// last cut short with an ellipsis when the text does not fit).
    static func wrap(_ text: String, to width: Double, size: Double, lines: Int) -> [String] {
        var out: [String] = [], line = ""
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        for (n, word) in words.enumerated() {
            let candidate = line.isEmpty ? word : line + " " + word
            if textWidth(candidate, size: size) <= width || line.isEmpty {
                line = candidate
                continue
            }
            if out.count == lines - 1 {
                line = words[n...].reduce(line) { $0 + " " + $1 }
                break
            }
            out.append(line)
            line = word
        }
        if !line.isEmpty { out.append(line) }
        return out.enumerated().map { truncate($0.element, to: width, size: size) }
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
