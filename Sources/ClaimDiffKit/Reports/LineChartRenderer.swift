/// Draws `SVGChart.lines`: each figure as a box over the period it describes, as tall as the
/// interval it stands for, with its written value as a line across it; a bound is a band
/// open to the edge of the plot.
struct LineChartRenderer {
    var chart: SVGChart
    var series: [LineSeries]
    var includeZero: Bool
    var findings: [SVGChart.Finding]

    var svg: String {
        let plotted = series.map(\.plotted)
        let points = plotted.flatMap { $0 }
        let finite = points.flatMap { p in [p.y, p.low ?? p.y, p.high ?? p.y] }.filter(\.isFinite) + (includeZero ? [0] : [])
        var (lo, hi) = (finite.min() ?? 0, finite.max() ?? 1)
        // Room beyond the data for a bound's open end.
        let room = Swift.max(hi - lo, Swift.abs(hi), 1e-9) * 0.15
        if points.contains(where: { $0.high == .infinity }) { hi += room }
        if points.contains(where: { $0.low == -.infinity }) { lo -= room }
        let ticks = NumericTicks(lower: lo, upper: hi, target: 6)
        let frame = ChartFrame(chart: chart, extents: points.map { ($0.x, $0.upperX) } + findings.flatMap { $0.marks.map { ($0.lower, $0.upper) } },
                               minimumStep: TimeTicks.finestStep(chart.time, points.map { ($0.x, $0.end) }),
                               yLower: ticks.lower, yUpper: ticks.upper,
                               yTicks: Array(zip(ticks.values, ticks.labels)), plotHeight: Double(chart.plotHeight),
                               names: series.map(\.name), findings: findings, key: key(points))
        var doc = SVGDocument()
        frame.begin(&doc, description: description(points))
        var drawn: [(series: Int, point: LineSeries.Point, box: ChartFrame.Box)] = []
        for (index, points) in plotted.enumerated() {
            for p in points {
                let (x1, x2) = frame.columns(p.x, p.upperX)
                let high = Swift.min(p.high ?? p.y, ticks.upper), low = Swift.max(p.low ?? p.y, ticks.lower)
                var box = ChartFrame.Box(minX: x1, minY: frame.y(high), maxX: x2, maxY: frame.y(low))
                if box.maxY - box.minY < 3 { (box.minY, box.maxY) = (frame.y(p.y) - 1.5, frame.y(p.y) + 1.5) }
                drawn.append((index, p, box))
            }
        }
        if !drawn.isEmpty { doc.start("g", [("class", "marks")]) }
        for i in ChartFrame.drawingOrder(drawn.map { ($0.series, $0.box, false) }) {
            let (index, p, box) = drawn[i]
            frame.mark(&doc, index, box, .init(solid: false, estimated: p.estimated, hedged: p.hedged, openTop: p.high == .infinity,
                                               openBottom: p.low == -.infinity),
                       tooltip: tooltip(series[index].name, p), valueY: frame.y(p.y))
        }
        if !drawn.isEmpty { doc.close() }
        let marks = drawn.map { ChartFrame.PlacedMark(series: $0.series, box: $0.box) }
        frame.directLabels(&doc, marks, names: series.map(\.name))
        frame.finish(&doc, plotted: !points.isEmpty)
        return doc.text
    }

    private func key(_ points: [LineSeries.Point]) -> [ChartFrame.KeyItem] {
        var key: [ChartFrame.KeyItem] = []
        if !points.isEmpty { key.append(.line("a figure over its period; the band is what its rounding allows")) }
        if points.contains(where: { $0.high == .infinity || $0.low == -.infinity }) { key.append(.openEnd("a bound: open to the edge")) }
        if points.contains(where: \.estimated) { key.append(.estimated("dashed: an estimated date")) }
        if points.contains(where: \.hedged) { key.append(.hedged("hedged or attributed: reported, not confirmed")) }
        if findings.contains(where: \.forReview) { key.append(.review("a finding to review, at its claims' times")) }
        if findings.contains(where: { !$0.forReview }) { key.append(.finding("another finding")) }
        return key
    }

    private func description(_ points: [LineSeries.Point]) -> String {
        let names = series.map(\.name).joined(separator: "; ")
        guard let lo = points.map(\.x).min(), let hi = points.map(\.upperX).max() else {
            return "Figure chart with no data."
        }
        var text = "Figure chart of \(series.count) series (\(names)) from \(chart.time.describe(lo)) to \(chart.time.describe(hi)). "
            + "Each figure is drawn over the period it describes, as the interval it stands for, with its written value as a line."
        if !findings.isEmpty { text += " Findings: " + findings.map(\.label).joined(separator: "; ") + "." }
        return text
    }

    private func tooltip(_ name: String, _ p: LineSeries.Point) -> String {
        if let label = p.label { return "\(name): \(label)" }
        let value = SVGNumber.format(p.y, decimals: 4)
        guard p.hasRange else { return "\(name): \(chart.time.describe(p.x)), \(value)" }
        let low = p.low ?? p.y, high = p.high ?? p.y
        let range = high == .infinity ? "above \(SVGNumber.format(low, decimals: 4))"
            : low == -.infinity ? "below \(SVGNumber.format(high, decimals: 4))"
            : "\(SVGNumber.format(low, decimals: 4)) to \(SVGNumber.format(high, decimals: 4))"
        return "\(name): \(chart.time.describe(p.x)), \(value) (\(range))"
    }
}
