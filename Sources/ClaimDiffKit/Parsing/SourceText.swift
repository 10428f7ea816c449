#if canImport(Glibc)
import Glibc
#endif

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
        if let lines = validLines(bytes) { return .success(SourceText(path: path, lines: lines)) }
        return decodeScalars(bytes, path: path)
    }

    /// The lines of bytes that are valid UTF-8 without NUL, each line validated whole by the
    /// standard library (fast on a 50 MB line); nil when any line is not, for
    /// `decodeScalars` to locate the problem.
    static func validLines(_ bytes: [UInt8]) -> [String]? {
        bytes.withUnsafeBufferPointer { buffer -> [String]? in
            var lines: [String] = []
            var start = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
            guard let base = buffer.baseAddress else { return [] }
            if memchr(base, 0, buffer.count) != nil { return nil }
            while start < buffer.count {
                // The next \n or \r, whichever comes first, found by memchr.
                let count = buffer.count - start
                let lf = memchr(base + start, 10, count).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? buffer.count
                let cr = memchr(base + start, 13, lf - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? lf
                var end = min(lf, cr)
                guard let line = String(validating: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self) else { return nil }
                lines.append(line)
                if end + 1 < buffer.count, buffer[end] == 13, buffer[end + 1] == 10 { end += 1 }
                start = end + 1
            }
            // A final line break ends the last line; it does not start an empty one.
            return lines
        }
    }

    /// Decodes scalar by scalar, counting lines and columns, to locate a NUL or invalid byte.
    static func decodeScalars(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
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
