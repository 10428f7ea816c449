/// Renders diagnostics with the offending source line and a caret under the column.
public struct DiagnosticRenderer: Sendable {
    /// Source lines by file path, for showing context.
    public var lines: [String: [String]]

    public init(lines: [String: [String]] = [:]) { self.lines = lines }

    public func render(_ d: Diagnostic) -> String {
        var out = d.headline + "\n" + context(d.location)
        for n in d.notes {
            out += Diagnostic.printable("\(n.location): note: \(n.message)") + "\n" + context(n.location)
        }
        return out
    }

    public func render(_ ds: [Diagnostic]) -> String { ds.sorted().map(render).joined() }

    private func context(_ loc: SourceLocation) -> String {
        guard let fileLines = lines[loc.file], loc.line >= 1, loc.line <= fileLines.count else { return "" }
        let raw = fileLines[loc.line - 1]
        // Long lines are cut around the column so a 10 MB line cannot flood the terminal.
        let scalars = Array(raw.unicodeScalars)
        let col = max(1, min(loc.column, scalars.count + 1))
        let from = max(0, col - 1 - 60)
        let to = min(scalars.count, col - 1 + 60)
        var shown = String(String.UnicodeScalarView(scalars[from..<to]))
        var caretPad = col - 1 - from
        if from > 0 { shown = "…" + shown; caretPad += 1 }
        if to < scalars.count { shown += "…" }
        // One column per scalar, so the caret stays aligned: a tab as a space, anything
        // invisible or able to drive the terminal as U+FFFD.
        let visible = String(shown.unicodeScalars.map { $0 == "\t" ? " " : Diagnostic.isInvisible($0) ? "\u{FFFD}" : Character($0) })
        return "  " + visible + "\n  " + String(repeating: " ", count: caretPad) + "^\n"
    }
}
