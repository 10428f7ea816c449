import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `claimdiff` executable, run as a child process: for tests that kill it, limit it
/// or run several at once, which an in-process run cannot do.
enum ChildProcess {
    /// `claimdiff` beside the test bundle (`.build/debug/`), where `swift test` builds it.
    static let executable: String? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimdiff").path,
            PackagePaths.root + "/.build/debug/claimdiff",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    final class Box: @unchecked Sendable { var data = Data() }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Standard environment: no Swift backtracer (it can hang a crashed child), plus `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        for (k, v) in extra { env[k] = v }
        return env
    }

    /// Starts `claimdiff` with `arguments`, its output discarded.
    static func start(_ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable!)
        p.arguments = arguments
        p.environment = environment(extra)
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Runs a program to the end and captures its output.
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                    environment extra: [String: String] = [:]) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.environment = environment(extra)
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read standard error on another thread while this one reads standard output, so
        // that neither pipe can fill up and block the child.
        let errData = Box()
        let read = DispatchSemaphore(value: 0)
        Thread {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            read.signal()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        read.wait()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// Runs `claimdiff` to the end.
    static func claimdiff(_ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:]) throws -> Output {
        try run(executable!, arguments, in: directory, environment: extra)
    }

    /// Runs `claimdiff` under `sh` with a file-size limit of 0 and SIGXFSZ ignored, so that
    /// every write fails with EFBIG: a disk that fills up, even for root.
    static func claimdiffWithoutSpace(_ arguments: [String]) throws -> Output {
        let quoted = ([executable!] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try run("/bin/sh", ["-c", "ulimit -f 0 && trap '' XFSZ && exec " + quoted.joined(separator: " ")])
    }

    /// Runs `claimdiff` under `sh` with a file-size limit of `blocks` (512 bytes each, as
    /// `sh` counts) and SIGXFSZ ignored: small files are written, larger ones fail with EFBIG,
    /// as on a disk that fills part-way through.
    static func claimdiffWithFileLimit(blocks: Int, _ arguments: [String]) throws -> Output {
        let quoted = ([executable!] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try run("/bin/sh", ["-c", "ulimit -f \(blocks) && trap '' XFSZ && exec " + quoted.joined(separator: " ")])
    }

    /// Runs `script` under `sh` with `$CLAIMDIFF` set to the executable: for redirections
    /// such as `> /dev/full` and `>&-`, and limits such as `ulimit -v`.
    static func shell(_ script: String, in directory: String? = nil) throws -> Output {
        try run("/bin/sh", ["-c", script], in: directory, environment: ["CLAIMDIFF": executable!])
    }

    /// Sends SIGKILL and waits for the child to be gone.
    static func kill(_ p: Process) {
        Glibc.kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }
}
