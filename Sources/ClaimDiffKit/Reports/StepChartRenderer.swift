/// Draws `SVGChart.steps`.
struct StepChartRenderer {
    var chart: SVGChart
    var series: [StepSeries]
    var levels: [String]

    var svg: String {
        precondition(!levels.isEmpty, "a step chart needs at least one level")
        let plotted = series.map(\.plotted)
        for point in plotted.joined() {
            precondition(levels.indices.contains(point.upper) && point.lower >= 0,
                         "level \(point.lower)...\(point.upper) is not one of the \(levels.count) levels")
        }
        let points = Array(plotted.joined())
        let band = Swift.max(Double(chart.plotHeight) / Double(levels.count), 28)
        let frame = ChartFrame(chart: chart, xs: points.map(\.x), yLower: -0.5, yUpper: Double(levels.count) - 0.5,
                               yTicks: levels.enumerated().map { (Double($0.offset), $0.element) },
                               plotHeight: band * Double(levels.count), names: series.map(\.name))
        // Series at one level sit side by side within 40% of the band, the first on top.
        let spacing = series.count > 1 ? Swift.min(4, band * 0.4 / Double(series.count - 1)) : 0
        var doc = SVGDocument()
        frame.begin(&doc, description: description)
        let px = SVGNumber.px
        for (index, points) in plotted.enumerated() where !points.isEmpty {
            let style = ChartFrame.style(index)
            let shift = (Double(index) - Double(series.count - 1) / 2) * spacing
            let y = { (level: Double) in frame.y(level) + shift }
            doc.start("g", [("class", "series")])
            for p in points where p.lower != p.upper {
                frame.rangeBar(&doc, index, x: frame.x(p.x), y1: y(Double(p.lower)), y2: y(Double(p.upper)))
            }
            if points.count > 1 {
                var d = "M\(px(frame.x(points[0].x))) \(px(y(points[0].middle)))"
                for p in points.dropFirst() { d += " H\(px(frame.x(p.x))) V\(px(y(p.middle)))" }
                var path = [("d", d), ("fill", "none"), ("stroke", style.color), ("stroke-width", "2.5"),
                            ("stroke-linejoin", "round")]
                if let dash = style.dash { path.append(("stroke-dasharray", dash)) }
                doc.leaf("path", path)
            }
            for p in points {
                frame.marker(&doc, index, x: frame.x(p.x), y: y(p.middle), tooltip: tooltip(series[index].name, p))
            }
            doc.close()
        }
        frame.finish(&doc, plotted: !points.isEmpty)
        return doc.text
    }

    private var description: String {
        "Step chart of \(series.count) series (\(series.map(\.name).joined(separator: "; "))) "
            + "over the levels \(levels.joined(separator: " < "))."
    }

    private func tooltip(_ name: String, _ p: StepSeries.Point) -> String {
        let level = p.label ?? (p.lower == p.upper ? levels[p.lower] : "\(levels[p.lower]) to \(levels[p.upper])")
        return "\(name): \(chart.time.describe(p.x)), \(level)"
    }
}
