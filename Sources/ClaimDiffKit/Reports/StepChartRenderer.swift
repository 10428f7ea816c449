/// Draws `SVGChart.steps`: each claim as wide as the time it speaks of; an exact level a
/// solid bar at that level, a bound or range a light band over every level it allows.
struct StepChartRenderer {
    var chart: SVGChart
    var series: [StepSeries]
    var levels: [String]
    var findings: [SVGChart.Finding]

    var svg: String {
        precondition(!levels.isEmpty, "a step chart needs at least one level")
        let plotted = series.map(\.plotted)
        for point in plotted.joined() {
            precondition(levels.indices.contains(point.upper) && point.lower >= 0,
                         "level \(point.lower)...\(point.upper) is not one of the \(levels.count) levels")
        }
        let points = Array(plotted.joined())
        let row = Swift.max(Double(chart.plotHeight) / Double(levels.count), 30)
        let frame = ChartFrame(chart: chart, extents: points.map { ($0.x, $0.upperX) } + findings.flatMap { $0.marks.map { ($0.lower, $0.upper) } },
                               minimumStep: TimeTicks.finestStep(chart.time, points.map { ($0.x, $0.end) }),
                               yLower: -0.5, yUpper: Double(levels.count) - 0.5,
                               yTicks: levels.enumerated().map { (Double($0.offset), $0.element) },
                               plotHeight: row * Double(levels.count), names: series.map(\.name),
                               findings: findings, key: key(points))
        // Exact bars of different series at one level sit in lanes, the first on top.
        let lane = Swift.min(10, row * 0.7 / Double(Swift.max(1, series.count)))
        let bar = Swift.max(3, lane - 1)
        var doc = SVGDocument()
        frame.begin(&doc, description: description(points))
        var drawn: [(series: Int, point: StepSeries.Point, box: ChartFrame.Box)] = []
        for (index, points) in plotted.enumerated() {
            let shift = (Double(index) - Double(series.count - 1) / 2) * lane
            for p in points {
                let (x1, x2) = frame.columns(p.x, p.upperX)
                if p.lower == p.upper {
                    let y = frame.y(Double(p.lower)) + shift
                    drawn.append((index, p, .init(minX: x1, minY: y - bar / 2, maxX: x2, maxY: y + bar / 2)))
                } else {
                    drawn.append((index, p, .init(minX: x1, minY: frame.y(Double(p.upper)) - row / 2 + 3,
                                                  maxX: x2, maxY: frame.y(Double(p.lower)) + row / 2 - 3)))
                }
            }
        }
        if !drawn.isEmpty { doc.start("g", [("class", "marks")]) }
        for i in ChartFrame.drawingOrder(drawn.map { ($0.series, $0.box, $0.point.lower == $0.point.upper) }) {
            let (index, p, box) = drawn[i]
            frame.mark(&doc, index, box, .init(solid: p.lower == p.upper, estimated: p.estimated, hedged: p.hedged),
                       tooltip: tooltip(series[index].name, p))
        }
        if !drawn.isEmpty { doc.close() }
        let marks = drawn.map { ChartFrame.PlacedMark(series: $0.series, box: $0.box) }
        frame.directLabels(&doc, marks, names: series.map(\.name))
        frame.finish(&doc, plotted: !points.isEmpty)
        return doc.text
    }

    private func key(_ points: [StepSeries.Point]) -> [ChartFrame.KeyItem] {
        var key: [ChartFrame.KeyItem] = []
        if points.contains(where: { $0.lower == $0.upper }) { key.append(.bar("an exact step")) }
        if points.contains(where: { $0.lower != $0.upper }) { key.append(.band("a bound or range: every step it allows")) }
        if points.contains(where: \.estimated) { key.append(.estimated("dashed: an estimated date")) }
        if points.contains(where: \.hedged) { key.append(.hedged("hedged or attributed: reported, not confirmed")) }
        if findings.contains(where: \.forReview) { key.append(.review("a finding to review, at its claims' times")) }
        if findings.contains(where: { !$0.forReview }) { key.append(.finding("another finding")) }
        return key
    }

    private func description(_ points: [StepSeries.Point]) -> String {
        var text = "Status chart of \(series.count) series (\(series.map(\.name).joined(separator: "; "))) "
            + "over the levels \(levels.joined(separator: " < "))"
        if let lo = points.map(\.x).min(), let hi = points.map(\.upperX).max() {
            text += ", from \(chart.time.describe(lo)) to \(chart.time.describe(hi))"
        }
        text += ". Each claim is drawn over the time it speaks of: an exact step as a bar at that step, a bound or range as a band over every step it allows."
        if !findings.isEmpty { text += " Findings: " + findings.map(\.label).joined(separator: "; ") + "." }
        return text
    }

    private func tooltip(_ name: String, _ p: StepSeries.Point) -> String {
        if let label = p.label { return "\(name): \(label)" }
        let level = p.lower == p.upper ? levels[p.lower] : "\(levels[p.lower]) to \(levels[p.upper])"
        return "\(name): \(chart.time.describe(p.x)), \(level)"
    }
}
