/// A claim's value, typed by its proposition's kind.
public enum ClaimValue: Hashable, Sendable {
    case term(String)
    case ladder(LadderRange)
    case amount(Amount)
    case likelihood(String)

    /// The canonical spelling.
    public var text: String {
        switch self {
        case .term(let t), .likelihood(let t): return t
        case .ladder(let r): return r.text
        case .amount(let a): return a.text
        }
    }
}
