/// The decoded lines of one annotation file.
///
/// Decoding rejects NUL bytes and invalid UTF-8 with a location, drops a leading byte-order
/// mark and treats `\r\n` and `\r` line ends like `\n`.
public struct SourceText: Sendable {
    public var path: String
    public var lines: [String]

    public init(path: String, lines: [String]) {
        self.path = path
        self.lines = lines
    }

    /// Decodes bytes; on failure, the diagnostic names the first bad byte's line and column.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var line = 1, column = 1
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var iterator = bytes[i...].makeIterator()
        var decoder = UTF8()
        var previousWasCR = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\0" {
                    return .failure(Diagnostic(at: .init(file: path, line: line, column: column), "NUL byte in annotation file"))
                }
                if s == "\n" {
                    if !previousWasCR { lines.append(String(current)); current = .init(); line += 1; column = 1 }
                    previousWasCR = false
                    continue
                }
                if s == "\r" {
                    lines.append(String(current)); current = .init(); line += 1; column = 1
                    previousWasCR = true
                    continue
                }
                previousWasCR = false
                current.append(s)
                column += 1
            case .emptyInput:
                break loop
            case .error:
                return .failure(Diagnostic(at: .init(file: path, line: line, column: column), "invalid UTF-8 in annotation file"))
            }
        }
        lines.append(String(current))
        if lines.last == "" { lines.removeLast() }
        return .success(SourceText(path: path, lines: lines))
    }
}
