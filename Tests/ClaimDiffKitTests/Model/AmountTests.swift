import Testing
@testable import ClaimDiffKit

/// A figure stands for the interval of numbers that round to it.
@Suite("Amounts")
struct AmountTests {
    @Test("figures read as the rounding interval the language reference documents", arguments: [
        (id: "one-decimal", input: "4.9 billion USD", value: 4.9e9, low: 4.85e9, high: 4.95e9, approximate: false, unit: "USD", text: "4.9 billion USD"),
        (id: "whole-number", input: "4 billion USD", value: 4e9, low: 3.5e9, high: 4.5e9, approximate: false, unit: "USD", text: "4 billion USD"),
        (id: "tens-are-read-at-the-last-digit", input: "40 km", value: 40, low: 39.5, high: 40.5, approximate: false, unit: "km", text: "40 km"),
        (id: "approximate-one-digit", input: "~4 billion USD", value: 4e9, low: 3.5e9, high: 4.5e9, approximate: true, unit: "USD", text: "~4 billion USD"),
        (id: "approximate-tens", input: "~40 km", value: 40, low: 35, high: 45, approximate: true, unit: "km", text: "~40 km"),
        (id: "approximate-with-a-decimal", input: "~4.4 billion USD", value: 4.4e9, low: 3.9e9, high: 4.9e9, approximate: true, unit: "USD", text: "~4.4 billion USD"),
        (id: "approximate-negative-percent", input: "~-17 %", value: -17, low: -22, high: -12, approximate: true, unit: "%", text: "~-17 %"),
        (id: "percent-glued-to-the-number", input: "-17%", value: -17, low: -17.5, high: -16.5, approximate: false, unit: "%", text: "-17 %"),
        (id: "two-decimals", input: "1.25 million drones", value: 1.25e6, low: 1.245e6, high: 1.255e6, approximate: false, unit: "drones", text: "1.25 million drones"),
        (id: "thousands-separator", input: "6,000 drones", value: 6000, low: 5999.5, high: 6000.5, approximate: false, unit: "drones", text: "6,000 drones"),
        (id: "two-separators", input: "1,234,567 USD", value: 1_234_567, low: 1_234_566.5, high: 1_234_567.5, approximate: false, unit: "USD", text: "1,234,567 USD"),
        (id: "approximate-thousands", input: "~6,000 drones", value: 6000, low: 5500, high: 6500, approximate: true, unit: "drones", text: "~6,000 drones"),
        (id: "thousand", input: "3 thousand troops", value: 3000, low: 2500, high: 3500, approximate: false, unit: "troops", text: "3 thousand troops"),
        (id: "trillion", input: "1.2 trillion USD", value: 1.2e12, low: 1.15e12, high: 1.25e12, approximate: false, unit: "USD", text: "1.2 trillion USD"),
        (id: "range", input: "3.5..4.5 billion USD", value: 4e9, low: 3.5e9, high: 4.5e9, approximate: false, unit: "USD", text: "3.5..4.5 billion USD"),
        (id: "range-of-percents", input: "-20..-10 %", value: -15, low: -20, high: -10, approximate: false, unit: "%", text: "-20..-10 %"),
        (id: "spaces-are-trimmed", input: "  164   km ", value: 164, low: 163.5, high: 164.5, approximate: false, unit: "km", text: "164 km"),
    ])
    func parses(_ row: (id: String, input: String, value: Double, low: Double, high: Double, approximate: Bool,
                        unit: String, text: String)) throws {
        let a = try Amount.parse(row.input).get()
        #expect(close(a.value, row.value), "row '\(row.id)': value \(a.value)")
        #expect(close(a.low, row.low), "row '\(row.id)': low \(a.low)")
        #expect(close(a.high, row.high), "row '\(row.id)': high \(a.high)")
        #expect(a.approximate == row.approximate, "row '\(row.id)'")
        #expect(a.unit == row.unit, "row '\(row.id)'")
        #expect(a.text == row.text, "row '\(row.id)'")
    }

    @Test("malformed amounts are rejected with the reason", arguments: [
        (id: "empty", input: "", error: Amount.AmountError.missingNumber("")),
        (id: "no-unit", input: "4 billion", error: .missingUnit("4 billion")),
        (id: "number-only", input: "164", error: .missingUnit("164")),
        (id: "misspelt-scale-word", input: "4 billions USD", error: .extraWords("4 billions USD")),
        (id: "two-units", input: "4 USD EUR", error: .extraWords("4 USD EUR")),
        (id: "decimal-comma", input: "4,9 billion USD", error: .badNumber("4,9")),
        (id: "misplaced-separator", input: "60,00 drones", error: .badNumber("60,00")),
        (id: "separator-in-the-fraction", input: "4.9,5 USD", error: .badNumber("4.9,5")),
        (id: "leading-separator", input: ",500 USD", error: .badNumber(",500")),
        (id: "four-digit-first-group", input: "6000,000 USD", error: .badNumber("6000,000")),
        (id: "trailing-point", input: "4. USD", error: .badNumber("4.")),
        (id: "leading-point", input: ".5 USD", error: .badNumber(".5")),
        (id: "exponent", input: "1e3 USD", error: .badNumber("1e3")),
        (id: "words-for-numbers", input: "four USD", error: .badNumber("four")),
        (id: "reversed-range", input: "5..3 USD", error: .badNumber("5..3")),
        (id: "approximate-range", input: "~3..4 billion USD", error: .approximateRange("3..4")),
        (id: "past-double-range", input: "1" + String(repeating: "0", count: 309) + " USD", error: .tooLarge("1" + String(repeating: "0", count: 309))),
        (id: "past-double-range-with-scale", input: "1" + String(repeating: "0", count: 300) + " trillion USD",
         error: .tooLarge("1" + String(repeating: "0", count: 300))),
    ])
    func rejects(_ row: (id: String, input: String, error: Amount.AmountError)) {
        #expect(Amount.parse(row.input) == .failure(row.error), "row '\(row.id)'")
    }

    @Test("tolerance widens the interval by a share of each bound")
    func widened() throws {
        let a = try Amount.parse("100 USD").get()
        let (low, high) = a.widened(by: 0.05)
        #expect(close(low, 99.5 - 4.975) && close(high, 100.5 + 5.025))
        let n = try Amount.parse("-17 %").get().widened(by: 0.1)
        #expect(close(n.low, -17.5 - 1.75) && close(n.high, -16.5 + 1.65))
    }

    private func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(b))
    }
}
