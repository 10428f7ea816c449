/// The parts of a chart around its data: root element, title, grid, axes, ticks, legend.
extension ChartFrame {
    /// Opens the `<svg>` root and draws everything that goes under the data.
    func begin(_ doc: inout SVGDocument, description: String) {
        let px = SVGNumber.px
        doc.start("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", px(width)), ("height", px(height)),
                          ("viewBox", "0 0 \(px(width)) \(px(height))"), ("role", "img"),
                          ("font-family", "DejaVu Sans, sans-serif"), ("font-size", px(ChartFrame.fontSize))])
        doc.text("title", [], chart.title)
        doc.text("desc", [], description)
        doc.leaf("rect", [("width", px(width)), ("height", px(height)), ("fill", "#ffffff")])
        if !chart.title.isEmpty {
            doc.text("text", [("x", "16"), ("y", "28"), ("font-size", "16"), ("font-weight", "bold")],
                     ChartFrame.truncate(chart.title, to: width - 32, size: 16))
        }
        if let label = chart.yLabel {
            doc.text("text", [("x", px(left)), ("y", px(top - 12)), ("fill", "#333333")],
                     ChartFrame.truncate(label, to: width - left - 16))
        }
        doc.start("g", [("stroke", "#dddddd"), ("stroke-width", "1")])
        for tick in yTicks {
            doc.leaf("line", [("x1", px(left)), ("y1", px(y(tick.value))), ("x2", px(right)), ("y2", px(y(tick.value)))])
        }
        doc.close()
        doc.start("g", [("stroke", "#333333"), ("stroke-width", "1")])
        doc.leaf("line", [("x1", px(left)), ("y1", px(top)), ("x2", px(left)), ("y2", px(bottom))])
        doc.leaf("line", [("x1", px(left)), ("y1", px(bottom)), ("x2", px(right)), ("y2", px(bottom))])
        for value in xTicks.values {
            doc.leaf("line", [("x1", px(x(value))), ("y1", px(bottom)), ("x2", px(x(value))), ("y2", px(bottom + 5))])
        }
        for tick in yTicks {
            doc.leaf("line", [("x1", px(left - 5)), ("y1", px(y(tick.value))), ("x2", px(left)), ("y2", px(y(tick.value)))])
        }
        doc.close()
        doc.start("g", [("fill", "#333333"), ("text-anchor", "middle")])
        for (value, label) in zip(xTicks.values, xTicks.labels) {
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

    /// Draws the legend, or a "No data" note when nothing was plotted, and closes the root.
    func finish(_ doc: inout SVGDocument, plotted: Bool) {
        let px = SVGNumber.px
        if !plotted {
            doc.text("text", [("x", px((left + right) / 2)), ("y", px((top + bottom) / 2)), ("fill", "#666666"),
                              ("text-anchor", "middle")], "No data")
        }
        if !legend.isEmpty {
            doc.start("g", [("class", "legend")])
            for (index, item) in legend.enumerated() {
                let style = ChartFrame.style(index)
                var stroke = [("x1", px(item.x)), ("y1", px(item.y - 4)), ("x2", px(item.x + 20)), ("y2", px(item.y - 4)),
                              ("stroke", style.color), ("stroke-width", "2.5")]
                if let dash = style.dash { stroke.append(("stroke-dasharray", dash)) }
                doc.leaf("line", stroke)
                doc.leaf("circle", [("cx", px(item.x + 10)), ("cy", px(item.y - 4)), ("r", "3.5"), ("fill", style.color)])
                doc.text("text", [("x", px(item.x + 26)), ("y", px(item.y))], item.name)
            }
            doc.close()
        }
        doc.close()
    }

    /// A point marker in series `index`'s colour, with a tooltip.
    func marker(_ doc: inout SVGDocument, _ index: Int, x: Double, y: Double, tooltip: String) {
        let px = SVGNumber.px
        doc.start("circle", [("cx", px(x)), ("cy", px(y)), ("r", "4"), ("fill", ChartFrame.style(index).color),
                             ("stroke", "#ffffff"), ("stroke-width", "1")])
        doc.text("title", [], tooltip)
        doc.close()
    }

    /// A vertical bar from `y1` to `y2` at `x`, with short caps, in series `index`'s colour.
    func rangeBar(_ doc: inout SVGDocument, _ index: Int, x: Double, y1: Double, y2: Double) {
        let px = SVGNumber.px
        doc.start("g", [("stroke", ChartFrame.style(index).color), ("stroke-width", "1.5")])
        doc.leaf("line", [("x1", px(x)), ("y1", px(y1)), ("x2", px(x)), ("y2", px(y2))])
        for end in [y1, y2] {
            doc.leaf("line", [("x1", px(x - 4)), ("y1", px(end)), ("x2", px(x + 4)), ("y2", px(end))])
        }
        doc.close()
    }
}
