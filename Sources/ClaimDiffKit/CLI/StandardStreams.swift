#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Standard output and standard error, written with `write(2)`, remembering a failed write.
///
/// `FileHandle.write` traps when a write fails (`> /dev/full`, a closed stream, a broken pipe
/// with SIGPIPE ignored), so the tool crashed with exit 132. Here a failed write is recorded,
/// one line says so on standard error (when that still works), and `ClaimDiffTool.main` exits
/// with 74 (EX_IOERR).
public final class StandardStreams: Sendable {
    private let failure = Mutex<String?>(nil)
    /// Streams that were closed when the process started: writing to them fails.
    private let closed: Set<Int32>

    /// Takes over file descriptors 0, 1 and 2. A closed one is opened on `/dev/null`, so that
    /// no file the tool opens later gets its number (and the text meant for the terminal), and
    /// writing to it counts as failed.
    public init() {
        var closed: Set<Int32> = []
        for fd: Int32 in [0, 1, 2] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            closed.insert(fd)
            let null = open("/dev/null", O_RDWR)
            if null >= 0, null != fd { dup2(null, fd); Glibc.close(null) }
        }
        self.closed = closed
    }

    /// The first failed write, worded (`cannot write to standard output: No space left on device`).
    public var failed: String? { failure.withLock { $0 } }

    /// A console on these streams.
    public var console: Console {
        let terminal = isatty(1) == 1
        // Progress only on a terminal: a log file or a pipe gets nothing it did not get before.
        var progress: (@Sendable (String) -> Void)?
        if isatty(2) == 1 { progress = { @Sendable [self] in write($0, to: 2) } }
        return Console(out: { [self] in write($0, to: 1) }, err: { [self] in write($0, to: 2) },
                       data: { [self] in write(terminal ? VisibleText.render($0.replacingOccurrences(of: "\r\n", with: "\n"), keepingLineBreaks: true) : $0, to: 1) },
                       progress: progress, input: { Self.readAll(0) })
    }

    /// Everything left to read on a descriptor; nil when reading fails.
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var out: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return out }
            out += buffer[0..<n]
        }
    }

    func write(_ text: String, to fd: Int32) {
        let name = fd == 1 ? "standard output" : "standard error"
        if closed.contains(fd) { return fail("cannot write to \(name): it is closed", fd: fd) }
        var text = text
        let ok = text.withUTF8 { bytes -> Bool in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        if !ok { fail("cannot write to \(name): \(String(cString: strerror(errno)))", fd: fd) }
    }

    private func fail(_ message: String, fd: Int32) {
        let first = failure.withLock { old -> Bool in
            if old != nil { return false }
            old = message
            return true
        }
        // Said once, on standard error, unless that is the stream that failed.
        if first, fd != 2, !closed.contains(2) {
            var line = "claimdiff: error: \(message)\n"
            line.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
        }
    }
}
