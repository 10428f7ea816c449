import Testing
@testable import ClaimDiffKit

@Suite struct ChartScaleTests {
    @Test(arguments: [
        (id: "integer", value: 12.0, decimals: 2, expected: "12"),
        (id: "half up", value: 0.125, decimals: 2, expected: "0.13"),
        (id: "half away from zero", value: -2.5, decimals: 0, expected: "-3"),
        (id: "trailing zeros", value: 3.10, decimals: 2, expected: "3.1"),
        (id: "negative zero", value: -0.001, decimals: 2, expected: "0"),
        (id: "small", value: 0.05, decimals: 2, expected: "0.05"),
        (id: "large", value: 1_234_567.891, decimals: 2, expected: "1234567.89"),
        (id: "capped", value: 1e300, decimals: 0, expected: "1000000000000000"),
        (id: "capped with places that would overflow Int", value: 1e300, decimals: 4, expected: "1000000000000000"),
        (id: "large with places that would overflow Int", value: -9.3e14, decimals: 4, expected: "-930000000000000"),
        (id: "not finite", value: Double.nan, decimals: 2, expected: "0"),
    ])
    func numbers(_ row: (id: String, value: Double, decimals: Int, expected: String)) {
        #expect(SVGNumber.format(row.value, decimals: row.decimals) == row.expected, "case \(row.id)")
    }

    @Test(arguments: [
        (id: "units", lower: 0.0, upper: 27.0, target: 6, labels: ["0", "5", "10", "15", "20", "25", "30"]),
        (id: "tenths", lower: -0.03, upper: 0.07, target: 5, labels: ["-0.04", "-0.02", "0.00", "0.02", "0.04", "0.06", "0.08"]),
        (id: "thousands", lower: 0, upper: 3.5e9, target: 5, labels: ["0", "1,000,000,000", "2,000,000,000", "3,000,000,000", "4,000,000,000"]),
        (id: "flat", lower: 5, upper: 5, target: 5, labels: ["4.4", "4.6", "4.8", "5.0", "5.2", "5.4", "5.6"]),
        (id: "zero", lower: 0, upper: 0, target: 4, labels: ["-1.0", "-0.5", "0.0", "0.5", "1.0"]),
    ])
    func numericTicks(_ row: (id: String, lower: Double, upper: Double, target: Int, labels: [String])) {
        let ticks = NumericTicks(lower: row.lower, upper: row.upper, target: row.target)
        #expect(ticks.labels == row.labels, "case \(row.id)")
        #expect(ticks.lower <= row.lower && ticks.upper >= row.upper, "case \(row.id)")
    }

    @Test func timeAxisRoundTrips() {
        let day = CivilDate.day(year: 2024, month: 7, day: 1)
        #expect(TimeAxis.year.x(ofDay: CivilDate.day(year: 2024, month: 1, day: 1)) == 2024)
        #expect(abs(TimeAxis.year.day(of: TimeAxis.year.x(ofDay: day)) - Double(day)) < 1e-6)
        #expect(TimeAxis.day.describe(Double(day)) == "2024-07-01")
        #expect(TimeAxis.year.describe(2024.5) == "2024.5")
    }

    @Test(arguments: [
        (id: "weeks start on Monday", step: TimeTicks.Step.days(7), from: (2024, 1, 1), through: (2024, 1, 31),
         labels: ["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"]),
        (id: "quarters", step: .months(3), from: (2023, 2, 1), through: (2024, 1, 1),
         labels: ["Apr 2023", "Jul 2023", "Oct 2023", "Jan 2024"]),
        (id: "decades", step: .years(10), from: (1949, 6, 1), through: (1990, 1, 1), labels: ["1950", "1960", "1970", "1980", "1990"]),
        (id: "before 1970", step: .months(6), from: (1969, 2, 1), through: (1970, 8, 1), labels: ["Jul 1969", "Jan 1970", "Jul 1970"]),
    ])
    func calendarTicks(_ row: (id: String, step: TimeTicks.Step, from: (Int, Int, Int), through: (Int, Int, Int), labels: [String])) {
        let days = TimeTicks.days(row.step, from: CivilDate.day(year: row.from.0, month: row.from.1, day: row.from.2),
                                  through: CivilDate.day(year: row.through.0, month: row.through.1, day: row.through.2))
        #expect(days.map { TimeTicks.label($0, row.step) } == row.labels, "case \(row.id)")
    }

    @Test func timeTicksTakeTheFinestStepThatFits() {
        let lower = Double(CivilDate.day(year: 2018, month: 1, day: 1)), upper = Double(CivilDate.day(year: 2024, month: 6, day: 1))
        let ticks = TimeTicks(axis: .day, lower: lower, upper: upper) { $0.values.count <= 8 }
        #expect(ticks.labels == ["2018", "2019", "2020", "2021", "2022", "2023", "2024"])
    }

    @Test func xmlEscaping() {
        #expect("a&b<c>\"d\" 'e'".xmlEscaped == "a&amp;b&lt;c&gt;&quot;d&quot; &apos;e&apos;")
        #expect("line\none\ttab\r".xmlEscaped == "line one tab ")
        #expect("bell\u{7} \u{FFFE}".xmlEscaped == "bell&lt;U+0007&gt; \u{FFFD}")
        #expect("Zürich 東京".xmlEscaped == "Zürich 東京")
    }
}
