/// A rule of the engine: it describes itself and turns claims into flags.
///
/// Rules never throw; what they find are values. Each rule lives in its own file with its
/// description and the examples that test it.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func flags(in context: RuleContext) -> [Flag]
}
