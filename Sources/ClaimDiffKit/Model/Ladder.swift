/// An ordered list of steps a proposition moves along over time.
public struct Ladder: Hashable, Sendable {
    public var name: String
    public var steps: [String]
    public var location: SourceLocation

    public init(name: String, steps: [String], location: SourceLocation) {
        self.name = name
        self.steps = steps
        self.location = location
    }

    /// Reads `contracted`, `< delivered`, `<= x`, `> x`, `>= x` or `a..b`; nil with the bad step.
    public func range(_ raw: String) -> Result<LadderRange, LadderError> {
        let text = raw.trimmingSpaces
        for op in ["<=", ">=", "<", ">"] where text.hasPrefix(op) {
            let step = String(text.dropFirst(op.count)).trimmingSpaces
            guard let i = steps.firstIndex(of: step) else { return .failure(.unknownStep(step)) }
            let (lo, hi): (Int, Int)
            switch op {
            case "<=": (lo, hi) = (0, i)
            case ">=": (lo, hi) = (i, steps.count - 1)
            case "<": (lo, hi) = (0, i - 1)
            default: (lo, hi) = (i + 1, steps.count - 1)
            }
            guard lo <= hi else { return .failure(.empty(text)) }
            return .success(LadderRange(lower: lo, upper: hi, text: "\(op) \(step)"))
        }
        let parts = text.components(separatedBy: "..")
        if parts.count == 2 {
            let a = parts[0].trimmingSpaces, b = parts[1].trimmingSpaces
            guard let i = steps.firstIndex(of: a) else { return .failure(.unknownStep(a)) }
            guard let j = steps.firstIndex(of: b) else { return .failure(.unknownStep(b)) }
            guard i <= j else { return .failure(.empty(text)) }
            return .success(LadderRange(lower: i, upper: j, text: "\(a)..\(b)"))
        }
        guard let i = steps.firstIndex(of: text) else { return .failure(.unknownStep(text)) }
        return .success(LadderRange(lower: i, upper: i, text: text))
    }

    /// Spells a range in words: "contracted", "before delivered", "promised or later".
    public func describe(_ r: LadderRange) -> String {
        if r.isExact { return steps[r.lower] }
        if r.lower == 0 { return r.upper + 1 < steps.count ? "before \(steps[r.upper + 1])" : "any step" }
        if r.upper == steps.count - 1 { return "\(steps[r.lower]) or later" }
        return "\(steps[r.lower]) to \(steps[r.upper])"
    }

    public enum LadderError: Error, Equatable, Sendable {
        case unknownStep(String), empty(String)
    }
}
