/// Where a command writes: standard output and standard error, injected so tests can capture them.
///
/// Everything written passes through `VisibleText.render` (line breaks kept): no escape
/// sequence, control or bidirectional override in a quote, title or note reaches the terminal
/// raw, whichever command prints it.
public struct Console: Sendable {
    let writeOut: @Sendable (String) -> Void
    let writeErr: @Sendable (String) -> Void
    let writeData: @Sendable (String) -> Void
    /// Receives progress lines (see `Progress`); nil unless standard error is a terminal.
    let progressLine: (@Sendable (String) -> Void)?
    /// Reads all of standard input (for `check -` and `fmt -`); nil when it cannot be read.
    let readInput: @Sendable () -> [UInt8]?

    /// `data` receives machine-readable output (CSV) as it is; it defaults to `out` unchanged.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                data: (@Sendable (String) -> Void)? = nil, progress: (@Sendable (String) -> Void)? = nil,
                input: @escaping @Sendable () -> [UInt8]? = { nil }) {
        readInput = input
        writeOut = out
        writeErr = err
        writeData = data ?? out
        if let progress {
            progressLine = { @Sendable line in progress(VisibleText.render(line, keepingLineBreaks: false) + "\n") }
        } else {
            progressLine = nil
        }
    }

    /// Writes machine-readable output (`export --format csv`) to standard output unchanged,
    /// for a file or a pipe; the standard streams show invisible characters when it is a terminal.
    public func data(_ s: String) { writeData(s) }

    /// Writes text to standard output, invisible characters shown (see `VisibleText`).
    public func out(_ s: String) { writeOut(VisibleText.render(s, keepingLineBreaks: true)) }

    /// Writes text to standard error, invisible characters shown (see `VisibleText`).
    public func err(_ s: String) { writeErr(VisibleText.render(s, keepingLineBreaks: true)) }

    /// Writes a line to standard output.
    public func print(_ s: String) { out(s + "\n") }

    /// Writes `claimdiff: error: message` to standard error, printable (see `Diagnostic.printable`).
    public func error(_ message: String) { err("claimdiff: error: \(Diagnostic.printable(message))\n") }
}
