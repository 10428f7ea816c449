@testable import ClaimDiffKit

/// Charts with realistic data, rendered into the golden files next to the SVG tests.
enum SampleCharts {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Double { Double(CivilDate.day(year: y, month: m, day: d)) }

    static let line = SVGChart(title: "Estimated cost of the Northern Link tunnel", time: .year,
                               xLabel: "Year the estimate is for", yLabel: "£ billion (2023 prices)")
        .lines([
            LineSeries(name: "IFS (2021)", points: [
                .init(x: 2019.0, end: 2020.0, y: 18, low: 17.5, high: 18.5),
                .init(x: 2022.0, end: 2023.0, y: 22.5),
                .init(x: 2020.5, end: 2021.0, y: 20, estimated: true),
            ]),
            LineSeries(name: "OBR & Treasury <draft>", points: [
                .init(x: 2019.5, end: 2020.0, y: 16),
                .init(x: 2021.0, end: 2022.0, y: 19, low: 18, high: 21),
                .init(x: 2023.0, end: 2024.0, y: 24, low: 24, high: .infinity, label: "2023: more than 24"),
            ]),
            LineSeries(name: "NAO 2024", points: [.init(x: 2024.0, end: 2025.0, y: 26, low: 25, high: 27)]),
        ], findings: [
            .init(label: "F1 contradiction", tooltip: "f-0000000001 contradiction (medium): 19 against 22.5",
                  forReview: true, marks: [.init(lower: 2021.0, upper: 2022.0, note: "OBR 2021"), .init(lower: 2022.0, upper: 2023.0, note: "IFS 2022")]),
        ])

    static let ladder = ["announced", "planned", "contracted", "under construction", "delivered"]

    static let steps = SVGChart(title: "Status of the Northern Link tunnel, by paper", time: .day)
        .steps([
            StepSeries(name: "Paper A (2020)", points: [
                .init(x: day(2018, 1, 1), end: day(2019, 1, 1), level: 0, label: "2018: announced"),
                .init(x: day(2019, 6, 15), end: day(2019, 6, 16), level: 1),
                .init(x: day(2020, 1, 1), end: day(2020, 2, 1), level: 2),
            ]),
            StepSeries(name: "Paper B (2022)", points: [
                .init(x: day(2018, 5, 1), end: day(2018, 6, 1), level: 0),
                .init(x: day(2019, 1, 1), end: day(2019, 4, 1), level: 1, estimated: true),
                .init(x: day(2020, 6, 1), end: day(2020, 9, 1), level: 2),
                .init(x: day(2021, 9, 1), end: day(2021, 10, 1), lower: 3, upper: 4, label: "2021-09: under construction or later"),
            ]),
            StepSeries(name: "Paper C (2024)", points: [
                .init(x: day(2023, 2, 1), end: day(2023, 3, 1), lower: 0, upper: 3, label: "2023-02: before delivered"),
                .init(x: day(2024, 1, 15), end: day(2024, 1, 16), level: 4),
            ]),
        ], levels: ladder, findings: [
            .init(label: "F1 update", tooltip: "f-0000000002 update (info): Paper B goes beyond Paper A",
                  forReview: false, marks: [.init(lower: day(2020, 1, 1), upper: day(2020, 2, 1), note: "A"),
                                            .init(lower: day(2021, 9, 1), upper: day(2021, 10, 1), note: "B")]),
        ])
}
