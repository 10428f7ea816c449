import Foundation
import Testing
@testable import ClaimDiffKit
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGChartTests {
    static let hostile = "<script>alert('x')</script> & \"AT&T\" <!-- c -->\u{7}\n"

    static var hostileCharts: [String] {
        let chart = SVGChart(title: hostile, time: .day, xLabel: hostile, yLabel: hostile)
        return [
            chart.lines([LineSeries(name: hostile, points: [.init(x: 19000, y: 1, low: 0.5, high: 2)])]),
            chart.steps([StepSeries(name: hostile, points: [.init(x: 19000, level: 0, label: hostile)])],
                        levels: [hostile, "b"]),
        ]
    }

    static var allCharts: [String] {
        [SampleCharts.line, SampleCharts.steps,
         SVGChart(title: "", time: .year).lines([]),
         SVGChart(title: "Empty", time: .day).steps([], levels: ["only"])] + hostileCharts
    }

    @Test func chartsAreWellFormedAndEndInOneNewline() throws {
        for svg in Self.allCharts {
            let parsed = try SVGParse(svg)
            #expect(parsed.root == "svg")
            #expect(svg.hasSuffix(">\n") && !svg.hasSuffix("\n\n"))
        }
    }

    @Test func rootCarriesSizeRoleTitleAndFont() throws {
        let parsed = try SVGParse(SampleCharts.line)
        let root = parsed.attributes[0]
        for key in ["width", "height", "viewBox", "xmlns"] { #expect(root[key] != nil, "\(key)") }
        #expect(root["role"] == "img")
        #expect(root["font-family"] == "DejaVu Sans, sans-serif")
        #expect(parsed.texts["title"]?.first == "Estimated cost of the Northern Link tunnel")
    }

    @Test func renderingIsDeterministic() {
        let chart = SVGChart(title: "t", time: .year)
        let series = [LineSeries(name: "a", points: [.init(x: 2020.25, y: 1.1), .init(x: 2021, y: 2.2)])]
        #expect(chart.lines(series) == chart.lines(series))
        #expect(SampleCharts.steps == SampleCharts.steps)
        #expect(chart.lines([LineSeries(name: "a", points: series[0].points.reversed())]) == chart.lines(series))
    }

    @Test func labelsAreEscaped() throws {
        let literal = "<script>alert('x')</script> & \"AT&T\" <!-- c --><U+0007> "
        for svg in Self.hostileCharts {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<!--"))
            #expect(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;AT&amp;T&quot;"))
            let parsed = try SVGParse(svg)
            #expect(parsed.texts["title"]?.first == literal)
            #expect(parsed.elements.filter { $0 == "script" }.isEmpty)
        }
    }

    @Test func emptyChartsSayNoData() throws {
        let parsed = try SVGParse(SVGChart(title: "", time: .year).lines([]))
        #expect(parsed.texts["text"]?.contains("No data") == true)
    }

    @Test(arguments: [(name: "line-chart", svg: SampleCharts.line), (name: "step-chart", svg: SampleCharts.steps)])
    func matchesGoldenFile(_ row: (name: String, svg: String)) throws {
        try Golden.assertMatches(row.svg, file: "\(row.name).svg")
    }

    @Test(.enabled(if: ExternalTool.rsvgConvert != nil, "rsvg-convert is not installed; install it with apt-get install librsvg2-bin"))
    func rsvgConvertRendersEveryChart() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimdiff-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (n, svg) in Self.allCharts.enumerated() {
            let input = dir.appendingPathComponent("\(n).svg"), output = dir.appendingPathComponent("\(n).png")
            try svg.write(to: input, atomically: true, encoding: .utf8)
            let run = try ExternalTool.run(ExternalTool.rsvgConvert!, ["-w", "900", input.path, "-o", output.path])
            #expect(run.status == 0, "chart \(n): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: output.path), "chart \(n)")
        }
    }
}
