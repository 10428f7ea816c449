/// A problem found in an annotation file, with its location and optional related notes.
///
/// Rendered as `file:line:col: error: message`, then the source line and a caret under the
/// column; notes follow as `file:line:col: note: message`.
public struct Diagnostic: Error, Hashable, Sendable, Comparable {
    public enum Severity: String, Sendable { case error, warning, note }

    public struct Note: Hashable, Sendable {
        public var location: SourceLocation
        public var message: String
        public init(location: SourceLocation, message: String) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var notes: [Note]

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// The one-line form: `file:line:col: error: message`, printable (see `printable`).
    public var headline: String { Self.printable("\(location): \(severity.rawValue): \(message)") }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}
