/// The data marks: bands for bounds, ranges and intervals, bars for exact values, each as
/// wide as the time its claim speaks of, and the paper id written beside them.
extension ChartFrame {
    /// A rectangle in pixels.
    struct Box: Sendable, Hashable {
        var minX: Double, minY: Double, maxX: Double, maxY: Double

        var width: Double { maxX - minX }

        func intersects(_ o: Box, gap: Double = 1) -> Bool {
            minX < o.maxX + gap && o.minX < maxX + gap && minY < o.maxY + gap && o.minY < maxY + gap
        }

        func contains(_ o: Box) -> Bool { o.minX >= minX && o.maxX <= maxX && o.minY >= minY && o.maxY <= maxY }

        /// The distance between the nearest edges, 0 when they touch or overlap.
        func distance(to o: Box) -> Double {
            let dx = Swift.max(0, Swift.max(o.minX - maxX, minX - o.maxX))
            let dy = Swift.max(0, Swift.max(o.minY - maxY, minY - o.maxY))
            return Swift.max(dx, dy)
        }
    }

    /// The narrowest a mark is drawn: a point date, or a day on an axis of years, is a short mark.
    static let minimumMarkWidth = 5.0

    /// The pixel columns of a time from `lower` to `upper`, widened about its middle to the
    /// minimum mark width.
    func columns(_ lower: Double, _ upper: Double) -> (Double, Double) {
        let (a, b) = (x(lower), x(Swift.max(lower, upper)))
        guard b - a < ChartFrame.minimumMarkWidth else { return (a, b) }
        let mid = (a + b) / 2
        return (mid - ChartFrame.minimumMarkWidth / 2, mid + ChartFrame.minimumMarkWidth / 2)
    }

    /// How a mark is drawn.
    struct MarkStyle: Sendable, Hashable {
        /// A solid bar (an exact value) rather than a light band (a bound, range or interval).
        var solid: Bool
        var estimated: Bool
        /// A hedged or attributed claim: a "?" in the mark's top corner.
        var hedged = false
        /// An end of the band with no edge: a bound open to the top or bottom of the plot.
        var openTop = false
        var openBottom = false
    }

    /// A mark of series `index` over `box`, with a tooltip, and a figure's written value as a
    /// line across it at `valueY`.
    func mark(_ doc: inout SVGDocument, _ index: Int, _ box: Box, _ style: MarkStyle, tooltip: String, valueY: Double? = nil) {
        let px = SVGNumber.px, color = ChartFrame.style(index).color
        var paint: [(String, String)]
        if ChartFrame.round(index) == 0 {
            paint = [("fill", color), ("fill-opacity", style.solid ? (style.estimated ? "0.45" : "0.9") : (style.estimated ? "0.08" : "0.18"))]
        } else {
            paint = [("fill", "url(#\(ChartFrame.patternID(index, solid: style.solid)))"),
                     ("fill-opacity", style.solid ? (style.estimated ? "0.45" : "0.9") : (style.estimated ? "0.45" : "1"))]
        }
        var stroke: [(String, String)] = [("stroke", color), ("stroke-width", "1.5")]
        if style.estimated { stroke.append(("stroke-dasharray", "5 3")) }
        doc.start("g", [("class", "mark"), ("data-series", String(index))])
        doc.text("title", [], tooltip)
        let rect = [("x", px(box.minX)), ("y", px(box.minY)), ("width", px(box.width)), ("height", px(box.maxY - box.minY))]
        if style.openTop || style.openBottom {
            doc.leaf("rect", rect + paint)
            // The closed sides only, then an arrowhead at each open end.
            let (l, r, t, b) = (px(box.minX), px(box.maxX), px(box.minY), px(box.maxY))
            let d: String
            switch (style.openTop, style.openBottom) {
            case (true, true): d = "M\(l) \(t) V\(b) M\(r) \(t) V\(b)"
            case (true, false): d = "M\(l) \(t) V\(b) H\(r) V\(t)"
            default: d = "M\(l) \(b) V\(t) H\(r) V\(b)"
            }
            doc.leaf("path", [("d", d), ("fill", "none")] + stroke)
            let mid = (box.minX + box.maxX) / 2, half = Swift.min(6, box.width / 2)
            if style.openTop {
                doc.leaf("path", [("d", "M\(px(mid - half)) \(px(box.minY + 7)) L\(px(mid)) \(px(box.minY)) L\(px(mid + half)) \(px(box.minY + 7)) Z"),
                                  ("fill", color)])
            }
            if style.openBottom {
                doc.leaf("path", [("d", "M\(px(mid - half)) \(px(box.maxY - 7)) L\(px(mid)) \(px(box.maxY)) L\(px(mid + half)) \(px(box.maxY - 7)) Z"),
                                  ("fill", color)])
            }
        } else {
            doc.leaf("rect", rect + paint + stroke)
        }
        if let y = valueY {
            var line = [("x1", px(box.minX)), ("y1", px(y)), ("x2", px(box.maxX)), ("y2", px(y)), ("stroke", color),
                        ("stroke-width", "3")]
            if style.estimated { line.append(("stroke-dasharray", "5 3")) }
            doc.leaf("line", line)
        }
        if style.hedged {
            // Above the mark's right end: a reader sees it is reported, not confirmed.
            doc.text("text", [("class", "hedge"), ("x", px(box.maxX + 2)), ("y", px(box.minY - 2)), ("font-size", "13"),
                              ("font-weight", "bold"), ("fill", color)], "?")
        }
        doc.close()
    }

    /// The order marks are drawn in: light bands under solid bars, wider under narrower, so
    /// that no mark hides a smaller one; then by series and time.
    static func drawingOrder(_ marks: [(series: Int, box: Box, solid: Bool)]) -> [Int] {
        marks.indices.sorted { a, b in
            let (x, y) = (marks[a], marks[b])
            if x.solid != y.solid { return !x.solid }
            if x.box.width != y.box.width { return x.box.width > y.box.width }
            return (x.series, x.box.minX, a) < (y.series, y.box.minX, b)
        }
    }

    /// A drawn mark, for placing the labels once every mark is known.
    struct PlacedMark: Sendable, Hashable {
        var series: Int
        var box: Box
    }

    /// Writes each series' name beside its marks, in the series' ink with a white halo,
    /// where it collides with no other label (and, if it can, no other mark). A mark within
    /// a few pixels of a label of its own series already placed is not labelled again, nor is
    /// one with no free place when its series is named elsewhere: every series is named at
    /// least once, so the series stay apart however many share a colour.
    func directLabels(_ doc: inout SVGDocument, _ marks: [PlacedMark], names: [String]) {
        let px = SVGNumber.px
        let bounds = Box(minX: left + 2, minY: top - 2, maxX: width - 2, maxY: bottom + 2)
        var placed: [(series: Int, box: Box)] = []
        var out: [(series: Int, x: Double, y: Double, anchor: String)] = []
        let order = marks.indices.sorted { (marks[$0].box.minX, marks[$0].series, $0) < (marks[$1].box.minX, marks[$1].series, $1) }
        // First every label that finds a free place; then the first mark of any series still
        // unnamed, wherever it can go.
        for i in order { place(i, forced: false) }
        // A series still unnamed: a free place farther from any of its marks, else its first.
        for i in order where !placed.contains(where: { $0.series == marks[i].series }) { place(i, forced: false, far: true) }
        let named = Set(placed.map(\.series))
        var firsts: [Int: Int] = [:]
        for i in order where !named.contains(marks[i].series) && firsts[marks[i].series] == nil { firsts[marks[i].series] = i }
        for i in order where firsts[marks[i].series] == i { place(i, forced: true, far: true) }
        func place(_ i: Int, forced: Bool, far: Bool = false) {
            let m = marks[i], name = names[m.series]
            if placed.contains(where: { $0.series == m.series && $0.box.distance(to: m.box) < 16 }) { return }
            let w = ChartFrame.textWidth(name)
            let cy = Swift.min(Swift.max((m.box.minY + m.box.maxY) / 2, top + 12), bottom - 4)
            // Tiers by distance from the mark: a near place over another mark beats a far one.
            var tiers: [[(x: Double, y: Double, anchor: String, box: Box)]] = []
            func tier(_ places: [(Double, Double, String)]) {
                tiers.append(places.map { (x, baseline, anchor) in
                    let minX = anchor == "end" ? x - w : x
                    return (x, baseline, anchor, Box(minX: minX, minY: baseline - 10, maxX: minX + w, maxY: baseline + 3))
                }.filter { bounds.contains($0.box) })
            }
            let (r, l) = (m.box.maxX + 4, m.box.minX - 4)
            var near: [(Double, Double, String)] = []
            if m.box.width >= w + 8 && m.box.maxY - m.box.minY >= 16 { near.append((m.box.minX + 4, m.box.minY + 13, "start")) }
            tier(near + [(r, cy + 4, "start"), (l, cy + 4, "end")])
            tier([(r, cy - 10, "start"), (l, cy - 10, "end"), (r, cy + 18, "start"), (l, cy + 18, "end")])
            tier([(r, cy - 24, "start"), (l, cy - 24, "end"), (r, cy + 32, "start"), (l, cy + 32, "end")])
            tier([-38.0, 46, -52, 60].flatMap { dy in [(r, cy + dy, "start"), (l, cy + dy, "end")] })
            tier([16.0, 32, 48].flatMap { dx in [4.0, -10, 18, -24, 32, -38, 46, -52, 60].flatMap { dy in
                [(r + dx, cy + dy, "start"), (l - dx, cy + dy, "end")] } })
            let others = marks.enumerated().filter { $0.offset != i }.map(\.element.box)
            let free = { (b: Box) in !placed.contains { $0.box.intersects(b) } }
            let clear = { (b: Box) in free(b) && !others.contains { $0.intersects(b, gap: 0) } }
            let order: [(Int, (Box) -> Bool)] = [(0, clear), (1, clear), (0, free), (1, free), (2, clear), (2, free), (3, clear), (3, free),
                                                 (4, clear), (4, free)]
            let fallback = (x: r, y: cy + 4, anchor: "start", box: Box(minX: r, minY: cy - 6, maxX: r + w, maxY: cy + 7))
            // The far tiers only for a series not yet named.
            let found = order.lazy.filter { far || $0.0 < 3 }.compactMap { (t, ok) in tiers[t].first { ok($0.box) } }.first
            // Where labels crowd, a mark goes without one, unless its series has none at all.
            guard found != nil || forced else { return }
            let pick = found ?? tiers.joined().first ?? fallback
            placed.append((m.series, pick.box))
            out.append((m.series, pick.x, pick.y, pick.anchor))
        }
        guard !out.isEmpty else { return }
        doc.start("g", [("class", "labels"), ("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"),
                        ("paint-order", "stroke")])
        for label in out {
            doc.text("text", [("x", px(label.x)), ("y", px(label.y)), ("text-anchor", label.anchor),
                              ("fill", ChartFrame.style(label.series).ink)], names[label.series])
        }
        doc.close()
    }
}
