/// The findings lane above the plot: one row per finding, a marker at the time of each of
/// its claims, and a faint guide from each marker down through the plot.
extension ChartFrame {
    static let reviewColor = "#B2182B"
    static let infoColor = "#4D4D4D"

    /// The centre row of finding `index` in the lane.
    func findingY(_ index: Int) -> Double { laneTop + (Double(index) + 0.5) * ChartFrame.findingRow }

    /// A diamond path of half-width `r` around a point.
    static func diamond(_ x: Double, _ y: Double, _ r: Double) -> String {
        let px = SVGNumber.px
        return "M\(px(x)) \(px(y - r)) L\(px(x + r)) \(px(y)) L\(px(x)) \(px(y + r)) L\(px(x - r)) \(px(y)) Z"
    }

    func drawFindings(_ doc: inout SVGDocument) {
        guard !findings.isEmpty, xDomain != nil else { return }
        let px = SVGNumber.px
        doc.start("g", [("class", "findings")])
        let laneBottom = laneTop + Double(findings.count) * ChartFrame.findingRow
        doc.leaf("rect", [("x", px(left)), ("y", px(laneTop)), ("width", px(right - left)),
                          ("height", px(laneBottom - laneTop)), ("fill", "#f5f5f5")])
        for (index, finding) in findings.enumerated() {
            let y = findingY(index), color = finding.forReview ? ChartFrame.reviewColor : ChartFrame.infoColor
            let marks = finding.marks.filter { $0.lower.isFinite && $0.upper.isFinite }
                .map { (lo: x($0.lower), hi: x(Swift.max($0.lower, $0.upper)), note: $0.note) }
            doc.start("g", [("class", "finding")])
            doc.text("title", [], finding.tooltip)
            doc.text("text", [("x", px(left - 9)), ("y", px(y + 4)), ("text-anchor", "end"), ("fill", color)], finding.label)
            let centres = marks.map { ($0.lo + $0.hi) / 2 }
            if let lo = centres.min(), let hi = centres.max(), hi > lo {
                doc.leaf("line", [("x1", px(lo)), ("y1", px(y)), ("x2", px(hi)), ("y2", px(y)), ("stroke", color),
                                  ("stroke-width", "1"), ("stroke-dasharray", "2 2")])
            }
            for (mark, centre) in zip(marks, centres) {
                doc.leaf("line", [("x1", px(centre)), ("y1", px(y + 6)), ("x2", px(centre)), ("y2", px(bottom)),
                                  ("stroke", color), ("stroke-opacity", "0.35"), ("stroke-width", "1"), ("stroke-dasharray", "1 3")])
                if mark.hi - mark.lo >= 3 {
                    doc.leaf("line", [("x1", px(mark.lo)), ("y1", px(y)), ("x2", px(mark.hi)), ("y2", px(y)), ("stroke", color),
                                      ("stroke-width", "3"), ("stroke-opacity", "0.5")])
                }
                let shape: (String, [(String, String)]) = finding.forReview
                    ? ("path", [("d", ChartFrame.diamond(centre, y, 6))])
                    : ("circle", [("cx", px(centre)), ("cy", px(y)), ("r", "4.5")])
                doc.start(shape.0, shape.1 + [("fill", color), ("stroke", "#ffffff"), ("stroke-width", "1")])
                doc.text("title", [], "\(finding.label): \(mark.note)")
                doc.close()
            }
            doc.close()
        }
        doc.close()
    }
}
