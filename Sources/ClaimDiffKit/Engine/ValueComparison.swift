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
    /// Worded when read, from the two values: the engine compares far more pairs than anyone
    /// reads reasons for, and a comparison that keeps its values allocates nothing.
    public var reason: String {
        get {
            switch wording {
            case .values(let x, let y, let p): Self.evaluate(x, y, on: p, words: true).reason!
            case .given(let words): words()
            }
        }
        set { wording = .given({ newValue }) }
    }
    private var wording: Wording
    /// For ladders: how many steps apart; for likelihoods: 0 when bands only touch.
    public var distance: Int = 1

    private enum Wording: Sendable {
        case values(ClaimValue, ClaimValue, Proposition)
        case given(@Sendable () -> String)
    }

    public init(outcome: Outcome, reason: @autoclosure @escaping @Sendable () -> String, distance: Int = 1) {
        self.outcome = outcome
        self.wording = .given(reason)
        self.distance = distance
    }

    /// Compares `a` and `b` (earlier first) on proposition `p`.
    public static func compare(_ a: Claim, _ b: Claim, on p: Proposition) -> ValueComparison {
        compare(a.value, b.value, on: p)
    }

    /// Compares two values (the earlier first) of proposition `p`.
    static func compare(_ x: ClaimValue, _ y: ClaimValue, on p: Proposition) -> ValueComparison {
        let e = evaluate(x, y, on: p, words: false)
        var c = ValueComparison(outcome: e.outcome, reason: "", distance: e.distance)
        c.wording = .values(x, y, p)
        return c
    }

    /// The outcome and distance alone: what the sweeps ask of every pair.
    static func outcome(_ x: ClaimValue, _ y: ClaimValue, on p: Proposition) -> (outcome: Outcome, distance: Int) {
        let e = evaluate(x, y, on: p, words: false)
        return (e.outcome, e.distance)
    }

    /// The outcome and distance, and with `words` the reason: one function, so that what is
    /// decided and what is said cannot drift apart.
    private static func evaluate(_ x: ClaimValue, _ y: ClaimValue, on p: Proposition, words: Bool)
        -> (outcome: Outcome, distance: Int, reason: String?) {
        switch (x, y) {
        case (.term(let x), .term(let y)):
            switch p.relation(x, y) {
            case .same: return (.agree, 1, words ? "both say '\(x)'" : nil)
            case .equivalent: return (.agree, 1, words ? "the vocabulary declares '\(x)' and '\(y)' equivalent" : nil)
            case .compatible: return (.agree, 1, words ? "the vocabulary declares '\(x)' and '\(y)' compatible" : nil)
            case .excluded: return (.conflict, 1, words ? "the vocabulary declares '\(x)' and '\(y)' mutually exclusive" : nil)
            case .unrelated: return (.unrelated, 1, words ? "the vocabulary relates '\(x)' and '\(y)' neither way" : nil)
            }
        case (.ladder(let x), .ladder(let y)):
            guard let l = p.ladder else { return (.unrelated, 1, words ? "values of different kinds" : nil) }
            if x.overlaps(y) {
                return (.agree, 1, words ? "'\(l.describe(x))' and '\(l.describe(y))' are consistent on the ladder \(l.steps.joined(separator: " < "))" : nil)
            }
            let gap = x.isAbove(y) ? x.lower - y.upper : y.lower - x.upper
            return (.conflict, gap,
                    words ? "'\(l.describe(x))' and '\(l.describe(y))' share no step on the ladder \(l.steps.joined(separator: " < ")) (\(gap) step\(gap == 1 ? "" : "s") apart)" : nil)
        case (.amount(let x), .amount(let y)):
            let g = FigureGap(x, y, tolerance: p.tolerance)
            guard words else { return (g.agrees ? .agree : .conflict, g.distance, nil) }
            return (g.agrees ? .agree : .conflict, g.distance, g.reason(x, y))
        case (.likelihood(let x), .likelihood(let y)):
            guard let s = p.scale, let bx = s.band(x), let by = s.band(y) else {
                return (.unrelated, 1, words ? "no band for '\(x)' or '\(y)'" : nil)
            }
            if bx.overlaps(by) { return (.agree, 1, words ? "the \(s.name) bands '\(x)' (\(bx.text)) and '\(y)' (\(by.text)) overlap" : nil) }
            let touching = bx.high == by.low || by.high == bx.low
            return (.conflict, touching ? 0 : 1,
                    words ? "the \(s.name) bands '\(x)' (\(bx.text)) and '\(y)' (\(by.text)) are disjoint\(touching ? " (adjacent)" : "")" : nil)
        default:
            return (.unrelated, 1, words ? "values of different kinds" : nil)
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

    /// `4.55-4.65 billion USD`; `-22 to -12 %` when an end is negative.
    public static func range(_ lo: Double, _ hi: Double, unit: String) -> String {
        let dash = lo < 0 || hi < 0 ? " to " : "-"
        for (word, f) in Amount.scaleWords.reversed() where max(abs(lo), abs(hi)) >= f {
            return "\(plain(lo / f))\(dash)\(plain(hi / f)) \(word) \(unit)"
        }
        return "\(plain(lo))\(dash)\(plain(hi)) \(unit)"
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
