/// The parts of a chart around its data: root element, title, grid, axes, ticks, legend, key.
extension ChartFrame {
    /// Opens the `<svg>` root and draws everything that goes under the data.
    func begin(_ doc: inout SVGDocument, description: String) {
        let px = SVGNumber.px
        doc.start("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", px(width)), ("height", px(height)),
                          ("viewBox", "0 0 \(px(width)) \(px(height))"), ("role", "img"),
                          ("font-family", "DejaVu Sans, sans-serif"), ("font-size", px(ChartFrame.fontSize))])
        doc.text("title", [], chart.title)
        doc.text("desc", [], description)
        let striped = legend.indices.filter { ChartFrame.round($0) > 0 }
        if !striped.isEmpty {
            doc.start("defs")
            for index in striped {
                let color = ChartFrame.style(index).color, angle = ChartFrame.round(index) == 1 ? "45" : "-45"
                for solid in [false, true] {
                    doc.start("pattern", [("id", ChartFrame.patternID(index, solid: solid)), ("width", "6"), ("height", "6"),
                                          ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(\(angle))")])
                    doc.leaf("rect", [("width", "6"), ("height", "6"), ("fill", color), ("fill-opacity", solid ? "1" : "0.15")])
                    doc.leaf("line", [("x1", "1"), ("y1", "0"), ("x2", "1"), ("y2", "6"), ("stroke", solid ? "#ffffff" : color),
                                      ("stroke-width", "2"), ("stroke-opacity", solid ? "0.8" : "0.6")])
                    doc.close()
                }
            }
            doc.close()
        }
        doc.leaf("rect", [("width", px(width)), ("height", px(height)), ("fill", "#ffffff")])
        for (n, line) in titleLines.enumerated() {
            doc.text("text", [("x", "16"), ("y", px(28 + 20 * Double(n))), ("font-size", "16"), ("font-weight", "bold")], line)
        }
        if let label = chart.yLabel {
            doc.text("text", [("x", px(left)), ("y", px(top - 12)), ("fill", "#333333")],
                     ChartFrame.truncate(label, to: width - left - 16))
        }
        doc.start("g", [("stroke", "#e4e4e4"), ("stroke-width", "1")])
        for tick in yTicks {
            doc.leaf("line", [("x1", px(left)), ("y1", px(y(tick.value))), ("x2", px(right)), ("y2", px(y(tick.value)))])
        }
        for value in xTicks.values {
            doc.leaf("line", [("x1", px(x(value))), ("y1", px(top)), ("x2", px(x(value))), ("y2", px(bottom))])
        }
        doc.close()
        doc.start("g", [("stroke", "#333333"), ("stroke-width", "1")])
        doc.leaf("line", [("x1", px(left)), ("y1", px(top)), ("x2", px(left)), ("y2", px(bottom))])
        doc.leaf("line", [("x1", px(left)), ("y1", px(bottom)), ("x2", px(right)), ("y2", px(bottom))])
        for value in xTicks.values {
            doc.leaf("line", [("x1", px(x(value))), ("y1", px(bottom)), ("x2", px(x(value))), ("y2", px(bottom + 6))])
        }
        for tick in yTicks {
            doc.leaf("line", [("x1", px(left - 5)), ("y1", px(y(tick.value))), ("x2", px(left)), ("y2", px(y(tick.value)))])
        }
        doc.close()
        doc.start("g", [("fill", "#333333"), ("text-anchor", "middle")])
        for (value, label) in zip(xTicks.labelXs, xTicks.labels) {
            doc.text("text", [("x", px(x(value))), ("y", px(bottom + 20))], label)
        }
        doc.close()
        doc.start("g", [("fill", "#333333"), ("text-anchor", "end")])
        for tick in yTicks {
            doc.text("text", [("x", px(left - 9)), ("y", px(y(tick.value) + 4))], tick.label)
        }
        doc.close()
        if let label = chart.xLabel {
            doc.text("text", [("x", px((left + right) / 2)), ("y", px(bottom + 40)), ("fill", "#333333"),
                              ("text-anchor", "middle")], ChartFrame.truncate(label, to: right - left))
        }
    }

    /// Draws the findings lane, the legend, the key, or a "No data" note when nothing was
    /// plotted, and closes the root.
    func finish(_ doc: inout SVGDocument, plotted: Bool) {
        let px = SVGNumber.px
        if !plotted {
            doc.text("text", [("x", px((left + right) / 2)), ("y", px((top + bottom) / 2)), ("fill", "#666666"),
                              ("text-anchor", "middle")], "No data")
        }
        drawFindings(&doc)
        if !legend.isEmpty {
            doc.start("g", [("class", "legend")])
            for (index, item) in legend.enumerated() {
                let style = ChartFrame.style(index)
                let fill: [(String, String)] = ChartFrame.round(index) == 0 ? [("fill", style.color), ("fill-opacity", "0.35")]
                    : [("fill", "url(#\(ChartFrame.patternID(index, solid: false)))")]
                doc.leaf("rect", [("x", px(item.x)), ("y", px(item.y - 10)), ("width", "20"), ("height", "11")] + fill
                         + [("stroke", style.color), ("stroke-width", "1.5")])
                doc.text("text", [("x", px(item.x + 26)), ("y", px(item.y)), ("fill", style.ink)], item.name)
            }
            doc.close()
        }
        if !key.isEmpty {
            doc.start("g", [("class", "key"), ("fill", "#333333")])
            for item in key {
                keyGlyph(&doc, item.item, x: item.x, y: item.y)
                doc.text("text", [("x", px(item.x + 30)), ("y", px(item.y))], item.item.text)
            }
            doc.close()
        }
        doc.close()
    }

    /// The small drawing in front of a key entry, in grey.
    func keyGlyph(_ doc: inout SVGDocument, _ item: KeyItem, x: Double, y: Double) {
        let px = SVGNumber.px, grey = "#555555"
        let box = [("x", px(x)), ("y", px(y - 12)), ("width", "24"), ("height", "14")]
        switch item {
        case .band:
            doc.leaf("rect", box + [("fill", grey), ("fill-opacity", "0.18"), ("stroke", grey), ("stroke-width", "1.5")])
        case .bar:
            doc.leaf("rect", [("x", px(x)), ("y", px(y - 8)), ("width", "24"), ("height", "7"), ("fill", grey)])
        case .estimated:
            doc.leaf("rect", box + [("fill", grey), ("fill-opacity", "0.08"), ("stroke", grey), ("stroke-width", "1.5"),
                                    ("stroke-dasharray", "4 2")])
        case .line:
            doc.leaf("rect", box + [("fill", grey), ("fill-opacity", "0.18"), ("stroke", "none")])
            doc.leaf("line", [("x1", px(x)), ("y1", px(y - 5)), ("x2", px(x + 24)), ("y2", px(y - 5)), ("stroke", grey),
                              ("stroke-width", "2.5")])
        case .openEnd:
            doc.leaf("path", [("d", "M\(px(x + 4)) \(px(y - 9)) V\(px(y + 2)) H\(px(x + 20)) V\(px(y - 9))"),
                              ("fill", grey), ("fill-opacity", "0.18"), ("stroke", grey), ("stroke-width", "1.5")])
            doc.leaf("path", [("d", "M\(px(x + 7)) \(px(y - 9)) L\(px(x + 12)) \(px(y - 14)) L\(px(x + 17)) \(px(y - 9)) Z"),
                              ("fill", grey)])
        case .hedged:
            doc.text("text", [("x", px(x + 8)), ("y", px(y + 1)), ("font-size", "13"), ("font-weight", "bold"), ("fill", grey)], "?")
        case .finding:
            doc.leaf("circle", [("cx", px(x + 12)), ("cy", px(y - 5)), ("r", "4.5"), ("fill", ChartFrame.infoColor)])
        case .review:
            doc.leaf("path", [("d", ChartFrame.diamond(x + 12, y - 5, 6)), ("fill", ChartFrame.reviewColor)])
        }
    }
}
