import Testing
@testable import ClaimDiffKit

/// Dates are spans of days with the precision they were written in.
@Suite("Time spans")
struct TimeSpanTests {
    @Test("every written form reads as the documented span", arguments: [
        (id: "year", input: "2024", start: "2024-01-01", end: "2024-12-31", precision: TimeSpan.Precision.year, estimated: false, text: "2024"),
        (id: "first-half", input: "2024-H1", start: "2024-01-01", end: "2024-06-30", precision: .half, estimated: false, text: "2024-H1"),
        (id: "second-half", input: "2024-H2", start: "2024-07-01", end: "2024-12-31", precision: .half, estimated: false, text: "2024-H2"),
        (id: "first-quarter", input: "2024-Q1", start: "2024-01-01", end: "2024-03-31", precision: .quarter, estimated: false, text: "2024-Q1"),
        (id: "fourth-quarter", input: "2023-Q4", start: "2023-10-01", end: "2023-12-31", precision: .quarter, estimated: false, text: "2023-Q4"),
        (id: "month-of-30-days", input: "2024-11", start: "2024-11-01", end: "2024-11-30", precision: .month, estimated: false, text: "2024-11"),
        (id: "february-of-a-leap-year", input: "2024-02", start: "2024-02-01", end: "2024-02-29", precision: .month, estimated: false, text: "2024-02"),
        (id: "february-of-a-common-year", input: "2023-02", start: "2023-02-01", end: "2023-02-28", precision: .month, estimated: false, text: "2023-02"),
        (id: "day", input: "2024-11-05", start: "2024-11-05", end: "2024-11-05", precision: .day, estimated: false, text: "2024-11-05"),
        (id: "feb-29-of-a-leap-year", input: "2024-02-29", start: "2024-02-29", end: "2024-02-29", precision: .day, estimated: false, text: "2024-02-29"),
        (id: "feb-29-of-2000", input: "2000-02-29", start: "2000-02-29", end: "2000-02-29", precision: .day, estimated: false, text: "2000-02-29"),
        (id: "span-of-months", input: "2022-09..2022-11", start: "2022-09-01", end: "2022-11-30", precision: .span, estimated: false, text: "2022-09..2022-11"),
        (id: "span-of-years", input: "2000..2003", start: "2000-01-01", end: "2003-12-31", precision: .span, estimated: false, text: "2000..2003"),
        (id: "span-of-one-year", input: "2022..2022", start: "2022-01-01", end: "2022-12-31", precision: .span, estimated: false, text: "2022..2022"),
        (id: "estimated-span", input: "~2022-11..2023-02", start: "2022-11-01", end: "2023-02-28", precision: .span, estimated: true, text: "~2022-11..2023-02"),
        (id: "estimated-month", input: "~2021-08", start: "2021-08-01", end: "2021-08-31", precision: .month, estimated: true, text: "~2021-08"),
        (id: "spaces-are-trimmed", input: "  ~ 2021  ", start: "2021-01-01", end: "2021-12-31", precision: .year, estimated: true, text: "~2021"),
        (id: "spaces-around-dots", input: "2022 .. 2023-Q1", start: "2022-01-01", end: "2023-03-31", precision: .span, estimated: false, text: "2022..2023-Q1"),
    ])
    func parses(_ row: (id: String, input: String, start: String, end: String, precision: TimeSpan.Precision,
                        estimated: Bool, text: String)) throws {
        let span = try TimeSpan.parse(row.input).get()
        #expect(CivilDate.iso(span.start) == row.start, "row '\(row.id)'")
        #expect(CivilDate.iso(span.end) == row.end, "row '\(row.id)'")
        #expect(span.precision == row.precision, "row '\(row.id)'")
        #expect(span.estimated == row.estimated, "row '\(row.id)'")
        #expect(span.text == row.text, "row '\(row.id)'")
    }

    @Test("impossible, malformed and reversed dates are told apart", arguments: [
        (id: "month-13-day-40", input: "2024-13-40", error: TimeSpan.ParseError.impossible("2024-13-40")),
        (id: "month-zero", input: "2024-00", error: .impossible("2024-00")),
        (id: "feb-29-of-a-common-year", input: "2023-02-29", error: .impossible("2023-02-29")),
        (id: "feb-29-of-1900", input: "1900-02-29", error: .impossible("1900-02-29")),
        (id: "april-31", input: "2024-04-31", error: .impossible("2024-04-31")),
        (id: "day-zero", input: "2024-04-00", error: .impossible("2024-04-00")),
        (id: "fifth-quarter", input: "2024-Q5", error: .impossible("2024-Q5")),
        (id: "third-half", input: "2024-H3", error: .impossible("2024-H3")),
        (id: "words", input: "Nov 2024", error: .malformed("Nov 2024")),
        (id: "two-digit-year", input: "24-11", error: .malformed("24-11")),
        (id: "one-digit-month", input: "2024-1", error: .malformed("2024-1")),
        (id: "one-digit-day", input: "2024-11-5", error: .malformed("2024-11-5")),
        (id: "lower-case-quarter", input: "2024-q1", error: .malformed("2024-q1")),
        (id: "slashes", input: "2024/11/05", error: .malformed("2024/11/05")),
        (id: "empty", input: "", error: .malformed("")),
        (id: "span-without-end", input: "2024-09..", error: .malformed("2024-09..")),
        (id: "span-with-a-malformed-side", input: "2022..20x3", error: .malformed("2022..20x3")),
        (id: "span-with-an-impossible-side", input: "2022..2023-02-30", error: .impossible("2023-02-30")),
        (id: "three-part-span", input: "2022..2023..2024", error: .malformed("2022..2023..2024")),
        (id: "reversed-span", input: "2023..2022", error: .reversed("2023..2022")),
        (id: "reversed-estimated-span", input: "~2024-11..2024-09", error: .reversed("~2024-11..2024-09")),
    ])
    func rejects(_ row: (id: String, input: String, error: TimeSpan.ParseError)) {
        #expect(TimeSpan.parse(row.input) == .failure(row.error), "row '\(row.id)'")
    }

    @Test("overlap and order are by day")
    func overlapAndOrder() throws {
        let y2022 = try TimeSpan.parse("2022").get()
        let q4 = try TimeSpan.parse("2022-Q4").get()
        let y2023 = try TimeSpan.parse("2023").get()
        #expect(y2022.overlaps(q4) && q4.overlaps(y2022))
        #expect(!q4.overlaps(y2023))
        #expect(y2023.isAfter(q4) && !q4.isAfter(y2022))
        #expect(TimeSpan.endOfYear(2021).text == "2021-12-31")
    }
}
