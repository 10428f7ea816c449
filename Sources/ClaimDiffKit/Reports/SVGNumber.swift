/// Writes numbers for SVG with integer arithmetic only: no `String(format:)`, no locale,
/// no exponent notation, the same text on every platform.
enum SVGNumber {
    /// `value` rounded half away from zero to at most `decimals` places, trailing zeros
    /// dropped: `12.5`, `3`, `-0.25`. Non-finite values are written as `0`; magnitudes are
    /// capped at 10^15, and places dropped where the scaled value would not fit an `Int`
    /// (`format(1e15, decimals: 4)` trapped).
    static func format(_ value: Double, decimals requested: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let capped = Swift.max(-1e15, Swift.min(1e15, value))
        var decimals = Swift.max(0, requested), scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        while decimals > 0, capped.magnitude * scale >= 1e18 {
            decimals -= 1
            scale /= 10
        }
        let n = Int((capped * scale).rounded(.toNearestOrAwayFromZero))
        var text = decimal(n.magnitude, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return n < 0 && text != "0" ? "-" + text : text
    }

    /// A coordinate or length for an attribute, to a hundredth of a pixel.
    static func px(_ value: Double) -> String {
        format(value, decimals: 2)
    }

    /// The integer `units` scaled down by 10^`decimals`, with all `decimals` places kept:
    /// `decimal(5, decimals: 1)` is `0.5`.
    static func decimal(_ units: UInt, decimals: Int) -> String {
        var digits = String(units)
        guard decimals > 0 else { return digits }
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        return digits
    }

    /// Groups the integer digits of a plain decimal in threes with commas: `1,250,000.5`.
    static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = Array(parts[0])
        var i = whole.count - 3
        while i > 0 {
            whole.insert(",", at: i)
            i -= 3
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + String(whole) + fraction
    }
}
