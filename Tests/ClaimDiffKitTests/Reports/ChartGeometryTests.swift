import Foundation
import Testing
@testable import ClaimDiffKit

/// What a reader sees on a chart, checked on the drawn SVG: a bound is a band over the
/// steps it allows, a period a bar across its time, ticks no finer than the data, every
/// paper named beside its marks however many there are, findings marked at their claims.
@Suite struct ChartGeometryTests {
    static let ladder = ["none", "interest", "requested", "promised", "contracted", "delivered"]
    static func day(_ y: Int, _ m: Int, _ d: Int = 1) -> Double { Double(CivilDate.day(year: y, month: m, day: d)) }
    static func span(_ text: String) -> TimeSpan { try! TimeSpan.parse(text).get() }

    /// The centre row of each level, read from the y axis labels (drawn 4 px below it).
    static func levelRows(_ tree: SVGTree) -> [String: Double] {
        let axis = tree.descendants.first { $0.name == "g" && $0["text-anchor"] == "end" && $0["fill"] == "#333333" }!
        return Dictionary(uniqueKeysWithValues: axis.children.map { ($0.text, $0.number("y") - 4) })
    }

    /// The rectangles of the data marks, with their tooltips.
    static func marks(_ tree: SVGTree) -> [(title: String, rect: SVGTree)] {
        tree.classed("mark").map { ($0.title ?? "", $0.children.first { $0.name == "rect" }!) }
    }

    /// The x axis labels and the tick marks under the axis.
    static func xAxis(_ tree: SVGTree) -> (labels: [(text: String, x: Double)], ticks: [Double]) {
        let labels = tree.descendants.first { $0.name == "g" && $0["text-anchor"] == "middle" && $0["fill"] == "#333333" }!
            .children.map { ($0.text, $0.number("x")) }
        let axis = tree.descendants.first { $0.name == "g" && $0["stroke"] == "#333333" }!
        let ticks = axis.children.filter { $0.number("x1") == $0.number("x2") && $0.number("y2") - $0.number("y1") == 6 }.map { $0.number("x1") }
        return (labels, ticks)
    }

    @Test(arguments: [
        (id: "not yet delivered covers none up to contracted", lower: 0, upper: 4, top: "contracted", bottom: "none"),
        (id: "at least contracted covers contracted up to the top", lower: 4, upper: 5, top: "delivered", bottom: "contracted"),
        (id: "promised..contracted covers that range", lower: 3, upper: 4, top: "contracted", bottom: "promised"),
        (id: "an exact step is a thin bar at that step", lower: 4, upper: 4, top: "contracted", bottom: "contracted"),
    ])
    func boundIsABandOverTheStepsItAllows(_ row: (id: String, lower: Int, upper: Int, top: String, bottom: String)) throws {
        let svg = SVGChart(title: "t", time: .day).steps([
            StepSeries(name: "grc", points: [.init(x: Self.day(2024, 11), end: Self.day(2024, 12), lower: row.lower, upper: row.upper)]),
            StepSeries(name: "efis", points: [.init(x: Self.day(2024, 1), end: Self.day(2024, 4), level: 0)]),
        ], levels: Self.ladder)
        let tree = try SVGTree.parse(svg)
        let rows = Self.levelRows(tree)
        let band = rows["delivered"]! - rows["contracted"]!  // negative: up is smaller y
        let rect = try #require(Self.marks(tree).first { $0.title.hasPrefix("grc:") }?.rect, "case \(row.id)")
        let (top, bottom) = (rect.number("y"), rect.number("y") + rect.number("height"))
        if row.lower == row.upper {
            #expect(rect.number("height") <= 10, "case \(row.id)")
            #expect(abs((top + bottom) / 2 - rows[row.top]!) < abs(band) * 0.35, "case \(row.id)")
        } else {
            // The band reaches over its top step's row and its bottom step's row, and no further.
            #expect(top < rows[row.top]! - abs(band) * 0.3 && top > rows[row.top]! - abs(band) * 0.5, "case \(row.id)")
            #expect(bottom > rows[row.bottom]! + abs(band) * 0.3 && bottom < rows[row.bottom]! + abs(band) * 0.5, "case \(row.id)")
        }
        // Never a dot: no circle among the data marks.
        #expect(tree.classed("marks").flatMap(\.descendants).allSatisfy { $0.name != "circle" }, "case \(row.id)")
    }

    /// A hedged or attributed claim's mark carries a "?", and the key says what it means; a
    /// firm one's does not.
    @Test func hedgedMarksSaySo() {
        let svg = SVGChart(title: "t", time: .day).steps([
            StepSeries(name: "grc", points: [.init(x: Self.day(2024, 11), end: Self.day(2024, 12), lower: 5, upper: 5, hedged: true)]),
            StepSeries(name: "efis", points: [.init(x: Self.day(2024, 1), end: Self.day(2024, 4), level: 4)]),
        ], levels: Self.ladder)
        #expect(svg.components(separatedBy: "class=\"hedge\"").count - 1 == 1, "one hedged mark: \(svg)")
        #expect(svg.contains("hedged or attributed: reported, not confirmed"))
        let firm = SVGChart(title: "t", time: .day).steps([
            StepSeries(name: "efis", points: [.init(x: Self.day(2024, 1), end: Self.day(2024, 4), level: 4)]),
        ], levels: Self.ladder)
        #expect(!firm.contains("class=\"hedge\"") && !firm.contains("reported, not confirmed"))
    }

    @Test func periodIsABarAcrossItsTime() throws {
        let svg = SVGChart(title: "t", time: .day).lines([
            LineSeries(name: "grc", points: [
                .init(x: Self.day(2022, 1), end: Self.day(2023, 1), y: 4.9, low: 4.85, high: 4.95, label: "2022"),
                .init(x: Self.day(2021, 1), end: Self.day(2022, 1), y: 4, low: 3.5, high: 4.5, estimated: true, label: "estimated"),
                .init(x: Self.day(2023, 1), end: Self.day(2024, 1), y: 4.6, low: 4.55, high: .infinity, label: "bound"),
            ]),
        ])
        let tree = try SVGTree.parse(svg)
        let marks = Dictionary(uniqueKeysWithValues: Self.marks(tree).map { ($0.title, $0.rect) })
        let (labels, ticks) = Self.xAxis(tree)
        #expect(labels.map(\.text) == ["2021", "2022", "2023"])
        // The 2022 figure spans from the tick at 2022-01-01 to the one at 2023-01-01, under "2022".
        let year = try #require(marks["grc: 2022"])
        let (x1, x2) = (year.number("x"), year.number("x") + year.number("width"))
        #expect(ticks.contains { abs($0 - x1) < 0.02 } && ticks.contains { abs($0 - x2) < 0.02 })
        #expect(abs((x1 + x2) / 2 - labels.first { $0.text == "2022" }!.x) < 0.5)
        #expect(ticks.filter { $0 > x1 + 0.02 && $0 < x2 - 0.02 }.isEmpty, "a tick inside the year")
        // A point date is a short mark; an estimated span is dashed and lighter.
        let point = try SVGTree.parse(SVGChart(title: "t", time: .day).lines([LineSeries(name: "a", points: [
            .init(x: Self.day(2022, 1), end: Self.day(2023, 1), y: 1), .init(x: Self.day(2023, 6, 15), y: 2, label: "point"),
        ])]))
        #expect(Self.marks(point).first { $0.title == "a: point" }?.rect.number("width") == ChartFrame.minimumMarkWidth)
        let estimated = try #require(marks["grc: estimated"])
        #expect(estimated["stroke-dasharray"] != nil && year["stroke-dasharray"] == nil)
        #expect(estimated.number("fill-opacity") < year.number("fill-opacity"))
        // A bound reaches the top of the plot, with no edge there.
        let bound = try #require(tree.classed("mark").first { $0.title == "grc: bound" })
        let plotTop = tree.descendants.first { $0.name == "g" && $0["stroke"] == "#333333" }!.children[0].number("y1")
        #expect(bound.children.first { $0.name == "rect" }!.number("y") == plotTop)
        #expect(bound.children.contains { $0.name == "path" && $0["d"]?.hasPrefix("M") == true && $0["fill"] == "none" })
    }

    @Test(arguments: [
        (id: "a year", spans: ["2022", "2023"], step: TimeTicks.Step.years(1)),
        (id: "a half year", spans: ["2022", "2022-H2"], step: .months(6)),
        (id: "a quarter", spans: ["2022-Q3"], step: .months(3)),
        (id: "months", spans: ["2022", "2022-06..2022-08"], step: .months(1)),
        (id: "an estimated span of days", spans: ["2022", "~2022-07-22..2022-08"], step: .days(1)),
        (id: "a day", spans: ["2021-08-04"], step: .days(1)),
    ])
    func dataPrecisionIsTheFinestUnitItIsWrittenIn(_ row: (id: String, spans: [String], step: TimeTicks.Step)) {
        let marks = row.spans.map(Self.span).map { (x: Double($0.start), end: Optional(Double($0.end + 1))) }
        #expect(TimeTicks.finestStep(.day, marks) == row.step, "case \(row.id)")
    }

    /// The x axis labels of a chart of figures written in `spans`, over 2022-2023.
    static func tickLabels(_ spans: [String]) throws -> [String] {
        let points = spans.map(span).map { LineSeries.Point(x: Double($0.start), end: Double($0.end + 1), y: 1) }
        return try xAxis(SVGTree.parse(SVGChart(title: "t", time: .day).lines([LineSeries(name: "a", points: points)]))).labels.map(\.text)
    }

    @Test func ticksAreNoFinerThanTheData() throws {
        // Two years fit monthly labels, but yearly figures get yearly ticks.
        #expect(try Self.tickLabels(["2022", "2023"]) == ["2022", "2023"])
        let months = try Self.tickLabels(["2022-03", "2022-05..2022-07"])
        #expect(months.allSatisfy { TimeTicks.monthNames.contains(String($0.prefix(3))) }, "\(months)")
        #expect(!months.contains { $0.filter { $0 == "-" }.count == 2 }, "day ticks for month data: \(months)")
        // Days only when some figure is dated to a day.
        let days = try Self.tickLabels(["2022-03-04", "2022-03-20"])
        #expect(days.contains { $0.filter { $0 == "-" }.count == 2 }, "\(days)")
        let ticks = TimeTicks(axis: .day, lower: Self.day(2022, 1), upper: Self.day(2022, 3), minimum: .months(1)) { _ in true }
        #expect(ticks.step == .months(1))
    }

    @Test func twelvePapersStayDistinct() throws {
        let names = (1...12).map { String(format: "paper-%02d", $0) }
        // Every paper speaks of the same two months, half of them at the same step.
        let series = names.enumerated().map { n, name in
            StepSeries(name: name, points: [
                .init(x: Self.day(2023, 5), end: Self.day(2023, 6), level: n % 2 == 0 ? 4 : n % 6),
                .init(x: Self.day(2024, 1 + n % 3), end: Self.day(2024, 2 + n % 3), lower: 0, upper: 4, estimated: n % 4 == 0),
            ])
        }
        let tree = try SVGTree.parse(SVGChart(title: "Twelve papers", time: .day).steps(series, levels: Self.ladder))
        let labels = try #require(tree.classed("labels").first).children
        #expect(Set(labels.map(\.text)) == Set(names), "every paper is named beside its marks")
        let legend = try #require(tree.classed("legend").first).children.filter { $0.name == "text" }.map(\.text)
        #expect(legend == names)
        // Past seven papers the colours repeat, but no two papers share a fill.
        let swatches = try #require(tree.classed("legend").first).children.filter { $0.name == "rect" }
        let fills = swatches.map { "\($0["fill"]!) \($0["stroke"]!)" }
        #expect(Set(fills).count == 12, "\(fills)")
        let patterns = Set(tree.descendants.filter { $0.name == "pattern" }.compactMap { $0["id"] })
        #expect(swatches.compactMap { $0["fill"] }.filter { $0.hasPrefix("url(#") }.allSatisfy { patterns.contains(String($0.dropFirst(5).dropLast())) })
        // Each label sits beside a mark in its paper's colour, and no two labels overlap.
        let marks = tree.classed("mark").map { (series: Int($0["data-series"]!)!, rect: $0.children.first { $0.name == "rect" }!) }
        var boxes: [ChartFrame.Box] = []
        for label in labels {
            let n = names.firstIndex(of: label.text)!
            let width = ChartFrame.textWidth(label.text), x = label.number("x"), y = label.number("y")
            let minX = label["text-anchor"] == "end" ? x - width : x
            let box = ChartFrame.Box(minX: minX, minY: y - 10, maxX: minX + width, maxY: y + 3)
            let near = marks.filter { $0.series == n }.map { m in
                ChartFrame.Box(minX: m.rect.number("x"), minY: m.rect.number("y"),
                               maxX: m.rect.number("x") + m.rect.number("width"), maxY: m.rect.number("y") + m.rect.number("height"))
            }.map { $0.distance(to: box) }.min()!
            #expect(near <= 64, "\(label.text) is \(near) px from its nearest mark")
            #expect(label["fill"] == ChartFrame.style(n).ink)
            boxes.append(box)
        }
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] { #expect(!a.intersects(b, gap: 0), "labels overlap") }
        }
    }

    @Test func findingsAreMarkedAtTheTimesOfTheirClaims() throws {
        let loaded = try AnnotationLoader.load(paths: [PackagePaths.root + "/Annotations"])
        let r = ReportContext(set: loaded.set)
        let files = Dictionary(uniqueKeysWithValues: TimelineReport.render(r).map { ($0.path, $0.contents) })
        for key in ["su35.transfer-to-iran", "drones.transfer-to-russia", "trade.volume"] {
            let tree = try SVGTree.parse(try #require(files["charts/\(key).svg"]))
            let claims = Set(r.claims(about: key).map(\.id))
            let flags = r.flags(about: key).filter { $0.claims.contains(where: claims.contains) }.prefix(ChartFrame.maxFindings)
            let rows = tree.classed("finding")
            #expect(rows.count == flags.count, "\(key)")
            let marks = Self.marks(tree)
            for (n, (row, flag)) in zip(rows, flags).enumerated() {
                #expect(row.title?.hasPrefix("\(flag.id) \(flag.kind.rawValue) (\(flag.severity.rawValue)): ") == true, "\(key)")
                #expect(row.children.contains { $0.name == "text" && $0.text == "F\(n + 1) \(flag.kind.rawValue)" })
                let markers = row.children.filter { ($0.name == "circle" || $0.name == "path") && $0.title != nil }
                let own = flag.claims.filter(claims.contains)
                #expect(markers.count == own.count, "\(key) \(flag.id)")
                #expect(markers.allSatisfy { ($0.name == "path") == flag.kind.needsReview })
                // Each marker stands over the middle of its claim's mark, where the claim is plotted.
                for (marker, id) in zip(markers, own) {
                    let claim = r.set.claim(id)!
                    let x = marker.name == "circle" ? marker.number("cx") : Double(marker["d"]!.dropFirst().split(separator: " ")[0])!
                    guard claim.isPlainStatement else { continue }
                    let plotted = marks.filter { $0.title.hasPrefix("\(claim.paper): \(claim.time.text): ") }.map(\.rect)
                    #expect(plotted.contains { abs($0.number("x") + $0.number("width") / 2 - x) < 0.02 }, "\(key) \(id)")
                }
                #expect(files["timeline.md"]!.contains("**F\(n + 1)** `\(flag.id)` \(flag.kind.rawValue) (\(flag.severity.rawValue)): "))
            }
        }
    }

    @Test func chartsSayWhatTheyShowToAScreenReader() throws {
        let tree = try SVGTree.parse(SampleCharts.steps)
        #expect(tree.children.first { $0.name == "title" }?.text == "Status of the Northern Link tunnel, by paper")
        let desc = try #require(tree.children.first { $0.name == "desc" }?.text)
        #expect(desc.contains("a bound or range as a band over every step it allows") && desc.contains("Findings: F1 update"))
        // No text smaller than 12 px.
        #expect(tree.number("font-size") >= 12)
        #expect(tree.descendants.compactMap { $0["font-size"] }.allSatisfy { (Double($0) ?? 0) >= 12 })
    }
}
