/// Draws `SVGChart.lines`.
struct LineChartRenderer {
    var chart: SVGChart
    var series: [LineSeries]
    var includeZero: Bool

    var svg: String {
        let plotted = series.map(\.plotted)
        let points = plotted.flatMap { $0 }
        let ys: [Double] = points.flatMap { (p: LineSeries.Point) -> [Double] in [p.y, p.low ?? p.y, p.high ?? p.y] }
            + (includeZero ? [0] : [])
        let ticks = NumericTicks(lower: ys.min() ?? 0, upper: ys.max() ?? 1, target: 6)
        let frame = ChartFrame(chart: chart, xs: points.map(\.x), yLower: ticks.lower, yUpper: ticks.upper,
                               yTicks: Array(zip(ticks.values, ticks.labels)), plotHeight: Double(chart.plotHeight),
                               names: series.map(\.name))
        var doc = SVGDocument()
        frame.begin(&doc, description: description(points))
        let px = SVGNumber.px
        for (index, points) in plotted.enumerated() where !points.isEmpty {
            let style = ChartFrame.style(index)
            doc.start("g", [("class", "series")])
            for p in points where p.hasRange {
                frame.rangeBar(&doc, index, x: frame.x(p.x), y1: frame.y(p.low ?? p.y), y2: frame.y(p.high ?? p.y))
            }
            if points.count > 1 {
                var line = [("points", points.map { "\(px(frame.x($0.x))),\(px(frame.y($0.y)))" }.joined(separator: " ")),
                            ("fill", "none"), ("stroke", style.color), ("stroke-width", "2"), ("stroke-linejoin", "round")]
                if let dash = style.dash { line.append(("stroke-dasharray", dash)) }
                doc.leaf("polyline", line)
            }
            for p in points {
                frame.marker(&doc, index, x: frame.x(p.x), y: frame.y(p.y), tooltip: tooltip(series[index].name, p))
            }
            doc.close()
        }
        frame.finish(&doc, plotted: !points.isEmpty)
        return doc.text
    }

    private func description(_ points: [LineSeries.Point]) -> String {
        let names = series.map(\.name).joined(separator: "; ")
        guard let lo = points.map(\.x).min(), let hi = points.map(\.x).max() else {
            return "Line chart with no data."
        }
        return "Line chart of \(series.count) series (\(names)) from \(chart.time.describe(lo)) to \(chart.time.describe(hi))."
    }

    private func tooltip(_ name: String, _ p: LineSeries.Point) -> String {
        let value = SVGNumber.format(p.y, decimals: 4)
        guard p.hasRange else { return "\(name): \(chart.time.describe(p.x)), \(value)" }
        let low = SVGNumber.format(p.low ?? p.y, decimals: 4), high = SVGNumber.format(p.high ?? p.y, decimals: 4)
        return "\(name): \(chart.time.describe(p.x)), \(value) (\(low) to \(high))"
    }
}
