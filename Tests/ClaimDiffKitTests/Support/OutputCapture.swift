import ClaimDiffKit
import Foundation

/// Collects what a command writes to standard output and standard error; safe to share
/// between threads.
final class OutputCapture: Sendable {
    private let lock = NSLock()
    nonisolated(unsafe) private var outText = ""
    nonisolated(unsafe) private var errText = ""

    /// A console that appends to this capture.
    var console: Console {
        Console(out: { [self] s in lock.withLock { outText += s } },
                err: { [self] s in lock.withLock { errText += s } })
    }

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }
}

/// The result of one in-process run of the tool.
struct ToolRun {
    var code: ExitCode
    var out: String
    var err: String
    var outLines: [String] { out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

extension ClaimDiffTool {
    /// Runs the tool in process and captures its output.
    static func capture(_ arguments: [String]) -> ToolRun {
        let capture = OutputCapture()
        let code = run(arguments, console: capture.console)
        return ToolRun(code: code, out: capture.out, err: capture.err)
    }
}
