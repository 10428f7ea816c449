/// Where a command writes: standard output and standard error, injected so tests can capture them.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// Writes a line to standard output.
    public func print(_ s: String) { out(s + "\n") }

    /// Writes `claimdiff: error: message` to standard error, printable (see `Diagnostic.printable`).
    public func error(_ message: String) { err("claimdiff: error: \(Diagnostic.printable(message))\n") }
}
