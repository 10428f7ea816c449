@testable import ClaimDiffKit

/// Charts with realistic data, rendered into the golden files next to the SVG tests.
enum SampleCharts {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Double { Double(CivilDate.day(year: y, month: m, day: d)) }

    static let line = SVGChart(title: "Estimated cost of the Northern Link tunnel", time: .year,
                               xLabel: "Date of estimate", yLabel: "£ billion (2023 prices)")
        .lines([
            LineSeries(name: "IFS (2021)", points: [
                .init(x: 2019.0, y: 18, low: 17.5, high: 18.5),
                .init(x: 2022.0, y: 22.5),
                .init(x: 2020.5, y: 20),
            ]),
            LineSeries(name: "OBR & Treasury <draft>", points: [
                .init(x: 2019.5, y: 16),
                .init(x: 2021.25, y: 19, low: 18, high: 21),
                .init(x: 2023.0, y: 24),
            ]),
            LineSeries(name: "NAO 2024", points: [.init(x: 2024.0, y: 26, low: 25, high: 27)]),
        ])

    static let ladder = ["announced", "planned", "contracted", "under construction", "delivered"]

    static let steps = SVGChart(title: "Status of the Northern Link tunnel, by paper", time: .day)
        .steps([
            StepSeries(name: "Paper A (2020)", points: [
                .init(x: day(2018, 3, 1), level: 0),
                .init(x: day(2019, 6, 15), level: 1),
                .init(x: day(2020, 1, 10), level: 2),
            ]),
            StepSeries(name: "Paper B (2022)", points: [
                .init(x: day(2018, 5, 1), level: 0),
                .init(x: day(2019, 1, 1), level: 1),
                .init(x: day(2020, 6, 1), level: 2),
                .init(x: day(2021, 9, 1), lower: 3, upper: 4, label: "under construction or later"),
            ]),
            StepSeries(name: "Paper C (2024)", points: [
                .init(x: day(2023, 2, 1), level: 3),
                .init(x: day(2024, 1, 15), level: 4),
            ]),
        ], levels: ladder)
}
