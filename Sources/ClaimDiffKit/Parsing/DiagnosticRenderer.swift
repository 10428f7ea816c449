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
        // Long lines are cut around the column so a 10 MB line cannot flood the terminal. Only
        // the scalars up to the window's end are walked, none copied but the window's: a 50 MB
        // line made a 200 MB array of scalars for each diagnostic.
        let view = raw.unicodeScalars
        // The column may lie past the end (a missing value at the end of the line): the caret
        // then goes just after the last scalar.
        let at = view.index(view.startIndex, offsetBy: max(1, loc.column) - 1, limitedBy: view.endIndex) ?? view.endIndex
        let from = view.index(at, offsetBy: -60, limitedBy: view.startIndex) ?? view.startIndex
        let to = view.index(at, offsetBy: 60, limitedBy: view.endIndex) ?? view.endIndex
        var shown = String(view[from..<to])
        var caretPad = view.distance(from: from, to: at)
        if from > view.startIndex { shown = "…" + shown; caretPad += 1 }
        if to < view.endIndex { shown += "…" }
        // One column per scalar, so the caret stays aligned: a tab as a space, anything
        // invisible or able to drive the terminal as U+FFFD.
        let visible = String(shown.unicodeScalars.map { $0 == "\t" ? " " : Diagnostic.isInvisible($0) ? "\u{FFFD}" : Character($0) })
        return "  " + visible + "\n  " + String(repeating: " ", count: caretPad) + "^\n"
    }
}
