import Foundation

/// The vocabulary a generated corpus uses, and how its values relate: the generator's own
/// statement of what must agree and what must conflict, against which the engine is tested.
///
/// Every category proposition shares one term set, every ladder proposition one ladder and
/// every likelihood proposition one scale, as real vocabularies reuse answer scales.
enum GeneratorVocabulary {
    enum Relation { case agree, conflict, unrelated }

    // MARK: - Category

    static let terms = ["alliance", "partnership", "cooperation", "tactical", "pragmatic", "rivalry", "neutral"]
    static let termDeclaration = """
      terms: alliance, partnership, cooperation, tactical, pragmatic, rivalry, neutral
      equivalent: tactical = pragmatic
      compatible: partnership ~ cooperation
      excludes: alliance, partnership, cooperation | rivalry; alliance | tactical, pragmatic
    """
    /// Families of terms that agree with each other; `conflicting` lists the families whose
    /// terms exclude every term of the family.
    static let families: [[Int]] = [[1, 2], [3, 4], [0], [5]]
    static let conflicting: [[Int]] = [[3], [2], [3, 1], [0, 2]]
    static let neutral = 6

    static func termRelation(_ x: Int, _ y: Int) -> Relation {
        if x == y { return .agree }
        let pair = (min(x, y), max(x, y))
        switch pair {
        case (3, 4), (1, 2): return .agree
        case (0, 5), (1, 5), (2, 5), (0, 3), (0, 4): return .conflict
        default: return .unrelated
        }
    }

    // MARK: - Ladder

    static let ladderName = "transfer"
    static let steps = ["none", "interest", "requested", "discussed", "promised", "contracted", "delivered"]
    static var top: Int { steps.count - 1 }

    /// The canonical spelling of a range of steps.
    static func ladderText(_ lo: Int, _ hi: Int) -> String {
        if lo == hi { return steps[lo] }
        if lo == 0 { return "< " + steps[hi + 1] }
        if hi == top { return ">= " + steps[lo] }
        return steps[lo] + ".." + steps[hi]
    }

    // MARK: - Likelihood

    static let scaleName = "estimative"
    /// Terms with their bands; synonyms share a band.
    static let scaleTerms: [(term: String, low: Int, high: Int)] = [
        ("almost-no-chance", 1, 5), ("very-unlikely", 5, 20), ("unlikely", 20, 45), ("improbable", 20, 45),
        ("roughly-even-chance", 45, 55), ("likely", 55, 80), ("probable", 55, 80), ("very-likely", 80, 95),
        ("almost-certain", 95, 99), ("will", 95, 99),
    ]
    /// Distinct bands, lowest first, each with the indices of its terms.
    /// The same term or declared equivalent ones (tactical = pragmatic): what a denial of one denies.
    static func sameTerm(_ x: Int, _ y: Int) -> Bool { x == y || (min(x, y), max(x, y)) == (3, 4) }

    static let bands: [[Int]] = [[0], [1], [2, 3], [4], [5, 6], [7], [8, 9]]
    static func band(ofTerm t: Int) -> Int { bands.firstIndex { $0.contains(t) }! }

    static func likelihoodRelation(_ x: Int, _ y: Int) -> Relation {
        band(ofTerm: x) == band(ofTerm: y) ? .agree : .conflict
    }

    // MARK: - Amounts

    /// Units with the scale word their figures are written in.
    static let units: [(unit: String, scale: String, factor: Double)] = [
        ("USD", "billion", 1e9), ("tonnes", "million", 1e6), ("barrels", "thousand", 1e3), ("troops", "thousand", 1e3),
    ]

    /// The interval a figure stands for, before tolerance: `4.2` is 4.15..4.25, `~4` is 3.5..4.5.
    static func interval(tenths: Int, approximate: Bool) -> (low: Double, high: Double) {
        if approximate {
            let n = Double(roundedUnits(tenths))
            let half = 0.5 * pow10(Int(log10(n).rounded(.down)))
            return (n - half, n + half)
        }
        let v = Double(tenths) / 10
        return (v - 0.05, v + 0.05)
    }

    /// The whole number a `~` figure is written as.
    static func roundedUnits(_ tenths: Int) -> Int { max(1, (tenths + 5) / 10) }

    /// Figures agree when their intervals overlap or the gap between them is at most the
    /// tolerance, as a share of the nearer end of the lower interval.
    static func amountRelation(_ a: (low: Double, high: Double), _ b: (low: Double, high: Double), tolerance: Double) -> Relation {
        if a.low <= b.high && b.low <= a.high { return .agree }
        let (lower, upper) = a.high < b.low ? (a, b) : (b, a)
        return (upper.low - lower.high) / abs(lower.high) <= tolerance ? .agree : .conflict
    }

    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }
}
