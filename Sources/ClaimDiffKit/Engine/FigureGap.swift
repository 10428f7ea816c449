/// How far apart two figures are once rounding is taken into account, and whether the gap is
/// within the proposition's tolerance (`Docs/findings.md`, "Figures").
///
/// Each figure stands for an interval (`4.6` is 4.55..4.65, `~5` is 4.5..5.5, `> 4.6` is
/// above 4.55). Intervals that overlap agree. Otherwise the tolerance applies once, to the
/// gap between them, as a share of the nearer end of the lower interval: 4.55..4.65 against
/// 4.85..4.95 is a gap of 0.2, 4.3% of 4.65.
struct FigureGap {
    let overlaps: Bool
    /// The gap between the intervals (0 when they overlap).
    let gap: Double
    /// The gap as a share of the nearer end of the lower interval (infinite when that end is 0).
    let share: Double
    /// The nearer end of the lower interval.
    let base: Double
    let tolerance: Double

    init(_ x: Amount, _ y: Amount, tolerance: Double) {
        self.tolerance = tolerance
        overlaps = x.low <= y.high && y.low <= x.high
        let (lower, upper) = x.high < y.low ? (x, y) : (y, x)
        gap = overlaps ? 0 : upper.low - lower.high
        base = lower.high
        share = overlaps ? 0 : (base != 0 && base.isFinite ? gap / abs(base) : .infinity)
    }

    /// Within tolerance: the intervals overlap, or the gap is at most the tolerance.
    var agrees: Bool { overlaps || share <= tolerance }

    /// For a contradiction's severity: 0 under 10%, 1 under 50%, 2 beyond.
    var distance: Int { share < 0.1 ? 0 : share < 0.5 ? 1 : 2 }

    func reason(_ x: Amount, _ y: Amount) -> String {
        let ranges = "\(Self.interval(x)) and \(Self.interval(y))"
        if overlaps { return "the intervals \(ranges) overlap (rounding taken into account)" }
        let apart = "the intervals \(ranges) are \(Numbers.amount(gap, unit: x.unit)) apart, \(Numbers.percent(share)) of \(Numbers.amount(base, unit: x.unit))"
        if tolerance == 0 { return "\(apart), and the proposition allows no tolerance" }
        return "\(apart), \(share <= tolerance ? "within" : "more than") the \(Numbers.percent(tolerance)) tolerance"
    }

    /// `4.55-4.65 billion USD`, `above 4.55 billion USD`, `below 5.05 billion USD`.
    static func interval(_ a: Amount) -> String {
        if a.high == .infinity { return "above \(Numbers.amount(a.low, unit: a.unit))" }
        if a.low == -.infinity { return "below \(Numbers.amount(a.high, unit: a.unit))" }
        return Numbers.range(a.low, a.high, unit: a.unit)
    }
}

/// The figure a stated percentage change implies from a known figure.
enum FigureDerivation {
    /// The interval of the other period's figure: forward (`known` is the earlier figure)
    /// `known × (1 + change)`, else `known / (1 + change)`, from both intervals' ends.
    static func implied(from known: Amount, change: Amount, forward: Bool) -> (low: Double, high: Double) {
        let c = (low: 1 + change.low / 100, high: 1 + change.high / 100)
        if forward { return (known.low * c.low, known.high * c.high) }
        return (known.low / c.high, known.high / c.low)
    }
}
