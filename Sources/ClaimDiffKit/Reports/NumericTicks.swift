/// "Nice" ticks for a numeric axis: steps of 1, 2 or 5 times a power of ten, labelled from
/// integers so that no floating-point noise reaches a label.
struct NumericTicks: Sendable, Hashable {
    /// The axis range, widened to whole steps.
    var lower: Double
    var upper: Double
    var values: [Double]
    var labels: [String]

    /// About `target` steps covering `lower...upper`. An empty or vanishingly thin range is
    /// widened first, and magnitudes are capped at 10^15.
    init(lower: Double, upper: Double, target: Int = 5) {
        var (lo, hi) = (lower, upper)
        if !(lo.isFinite && hi.isFinite) || hi < lo { (lo, hi) = (0, 1) }
        (lo, hi) = (Swift.max(-1e15, Swift.min(1e15, lo)), Swift.max(-1e15, Swift.min(1e15, hi)))
        let magnitude = Swift.max(Swift.abs(lo), Swift.abs(hi))
        if hi - lo <= magnitude * 1e-9 {
            let pad = magnitude == 0 ? 1 : magnitude / 10
            (lo, hi) = (lo - pad, hi + pad)
        }
        let raw = (hi - lo) / Double(Swift.max(1, target))
        // The power of ten at or below raw, found by multiplying, not by log10.
        var exponent = 0, power = 1.0
        while power > raw { power /= 10; exponent -= 1 }
        while power * 10 <= raw { power *= 10; exponent += 1 }
        var mantissa = [1, 2, 5, 10].first { Double($0) * power >= raw } ?? 10
        if mantissa == 10 { mantissa = 1; exponent += 1 }
        let step = NumericTicks.value(1, mantissa, exponent)
        let first = Int((lo / step).rounded(.down)), last = Int((hi / step).rounded(.up))
        values = (first...last).map { NumericTicks.value($0, mantissa, exponent) }
        labels = (first...last).map { NumericTicks.label($0 * mantissa, exponent) }
        self.lower = values.first!
        self.upper = values.last!
    }

    /// `count × mantissa × 10^exponent`, computed with one correctly rounded operation.
    static func value(_ count: Int, _ mantissa: Int, _ exponent: Int) -> Double {
        var power = 1.0
        for _ in 0..<Swift.abs(exponent) { power *= 10 }
        let units = Double(count * mantissa)
        return exponent >= 0 ? units * power : units / power
    }

    /// `units × 10^exponent` written exactly, digits grouped by threes.
    static func label(_ units: Int, _ exponent: Int) -> String {
        let text: String
        if exponent >= 0 {
            text = String(units.magnitude) + String(repeating: "0", count: units == 0 ? 0 : exponent)
        } else {
            text = SVGNumber.decimal(units.magnitude, decimals: -exponent)
        }
        return SVGNumber.grouped(units < 0 ? "-" + text : text)
    }
}
