import Foundation

/// How two values of the same proposition relate, with the words that explain it.
///
/// This is the one place that knows what "agree" and "conflict" mean for each kind of
/// proposition; every rule asks it.
public struct ValueComparison: Sendable {
    public enum Outcome: Sendable, Equatable { case agree, conflict, unrelated }

    public var outcome: Outcome
    /// Why, with the thresholds used, e.g. "the vocabulary declares them mutually exclusive".
    ///
    /// Worded when read: the engine compares far more pairs than anyone reads reasons for.
    public var reason: String {
        get { wording() }
        set { wording = { newValue } }
    }
    private var wording: @Sendable () -> String
    /// For ladders: how many steps apart; for likelihoods: 0 when bands only touch.
    public var distance: Int = 1

    public init(outcome: Outcome, reason: @autoclosure @escaping @Sendable () -> String, distance: Int = 1) {
        self.outcome = outcome
        self.wording = reason
        self.distance = distance
    }

    /// Compares `a` and `b` (earlier first) on proposition `p`.
    public static func compare(_ a: Claim, _ b: Claim, on p: Proposition) -> ValueComparison {
        switch (a.value, b.value) {
        case (.term(let x), .term(let y)):
            let r = p.relation(x, y)
            switch r {
            case .same: return .init(outcome: .agree, reason: "both say '\(x)'")
            case .equivalent: return .init(outcome: .agree, reason: "the vocabulary declares '\(x)' and '\(y)' equivalent")
            case .compatible: return .init(outcome: .agree, reason: "the vocabulary declares '\(x)' and '\(y)' compatible")
            case .excluded: return .init(outcome: .conflict, reason: "the vocabulary declares '\(x)' and '\(y)' mutually exclusive")
            case .unrelated: return .init(outcome: .unrelated, reason: "the vocabulary relates '\(x)' and '\(y)' neither way")
            }
        case (.ladder(let x), .ladder(let y)):
            let l = p.ladder!
            if x.overlaps(y) {
                return .init(outcome: .agree, reason: "'\(l.describe(x))' and '\(l.describe(y))' are consistent on the ladder \(l.steps.joined(separator: " < "))")
            }
            let gap = x.isAbove(y) ? x.lower - y.upper : y.lower - x.upper
            return .init(outcome: .conflict,
                         reason: "'\(l.describe(x))' and '\(l.describe(y))' share no step on the ladder \(l.steps.joined(separator: " < ")) (\(gap) step\(gap == 1 ? "" : "s") apart)",
                         distance: gap)
        case (.amount(let x), .amount(let y)):
            let t = p.tolerance
            let wx = x.widened(by: t), wy = y.widened(by: t)
            let agree = wx.low <= wy.high && wy.low <= wx.high
            return .init(outcome: agree ? .agree : .conflict, reason: {
                let tol = t > 0 ? " with \(Numbers.percent(t)) tolerance" : ""
                let ranges = "\(Numbers.range(wx.low, wx.high, unit: x.unit)) and \(Numbers.range(wy.low, wy.high, unit: y.unit))"
                return "the intervals \(ranges) \(agree ? "overlap" : "do not overlap") (rounding taken into account\(tol))"
            }())
        case (.likelihood(let x), .likelihood(let y)):
            guard let s = p.scale, let bx = s.band(x), let by = s.band(y) else {
                return .init(outcome: .unrelated, reason: "no band for '\(x)' or '\(y)'")
            }
            if bx.overlaps(by) { return .init(outcome: .agree, reason: "the \(s.name) bands '\(x)' (\(bx.text)) and '\(y)' (\(by.text)) overlap") }
            let touching = bx.high == by.low || by.high == bx.low
            return .init(outcome: .conflict, reason: "the \(s.name) bands '\(x)' (\(bx.text)) and '\(y)' (\(by.text)) are disjoint\(touching ? " (adjacent)" : "")",
                         distance: touching ? 0 : 1)
        default:
            return .init(outcome: .unrelated, reason: "values of different kinds")
        }
    }
}

/// Deterministic number formatting for reasons and reports (no locale).
public enum Numbers {
    /// `4.85 billion USD`, `35 %`, with at most 3 significant decimals.
    public static func amount(_ v: Double, unit: String) -> String {
        for (word, f) in Amount.scaleWords.reversed() where abs(v) >= f {
            return "\(plain(v / f)) \(word) \(unit)"
        }
        return "\(plain(v)) \(unit)"
    }

    public static func range(_ lo: Double, _ hi: Double, unit: String) -> String {
        for (word, f) in Amount.scaleWords.reversed() where max(abs(lo), abs(hi)) >= f {
            return "\(plain(lo / f))-\(plain(hi / f)) \(word) \(unit)"
        }
        return "\(plain(lo))-\(plain(hi)) \(unit)"
    }

    public static func percent(_ fraction: Double) -> String { "\(plain(fraction * 100))%" }

    /// A number with up to three decimals, trailing zeros dropped; `∞` or `-∞` when infinite
    /// (a change from zero).
    ///
    /// Written with integer arithmetic: `String(format:)` with a locale costs microseconds a
    /// call, and reasons format numbers for every compared pair.
    public static func plain(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "undefined" : v < 0 ? "-∞" : "∞" }
        // Past 10^15 no decimals are left to show, and past Int.max `Int(r)` traps.
        if abs(v) >= 1e15 { return String(format: "%.0f", locale: Locale(identifier: "en_US_POSIX"), v) }
        let r = (v * 1000).rounded() / 1000
        guard r.isFinite else { return "\(r)" }
        if r == r.rounded() { return String(Int(r)) }
        let thousandths = Int((abs(r) * 1000).rounded())
        var s = (r < 0 ? "-" : "") + String(thousandths / 1000) + "." + CivilDate.pad(thousandths % 1000, 3)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
