import ClaimDiffKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One fuzz input through the command line, end to end, in a scratch directory.
///
/// The input is split at each ASCII record separator (0x1E) into: a command line (its first
/// byte picks the command, the rest is split at line breaks into arguments), then
/// `Annotations/vocabulary.claims`, `Annotations/papers/p.claims`,
/// `Annotations/reviews.claims` and `sources/p.txt`. The tool runs in process with the
/// scratch directory as its working directory (restored afterwards); the argument `@F`
/// stands for the first flag's id, so that `explain` and `review` reach a real flag. After
/// every run:
/// - the exit code is one of the documented ones (0, 1, 64, 65, 66, 70, 73, 74);
/// - nothing invisible (control, zero-width or bidi character but the line break) was printed;
/// - no file outside the scratch directory was touched, and the secret beside it (which the
///   annotations may name as `source: ../outside/secret.txt`) was never printed;
/// - every file the run left in the scratch directory that is a report holds nothing invisible.
///
/// Arguments that are absolute paths or climb with `..` are replaced by `x`: a user may send
/// `--out` anywhere, and that is not a hostile input.
enum FuzzCLI {
    static let separator: UInt8 = 0x1E
    static let commands = ["check", "fmt", "verify-quotes", "analyze", "flags", "explain", "brief", "diff", "review", "export", "help", "--version"]
    static let codes: Set<Int32> = [0, 1, 64, 65, 66, 70, 73, 74]
    static let secret = "SECRET-7f3a-DO-NOT-PRINT"
    /// `FUZZ_CLI_VERBOSE=1`: print each command line, its exit code and the start of its errors.
    static let verbose = ProcessInfo.processInfo.environment["FUZZ_CLI_VERBOSE"] == "1"

    /// The fuzzing area: `scratch/` (the tool's working directory) and `outside/` beside it.
    static let area: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let dir = base + "/claimdiff-fuzz-cli-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir + "/scratch", withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: dir + "/outside", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/outside/secret.txt", contents: Data("root:x:0:0:\(secret)\n".utf8))
        return dir
    }()

    /// Runs one input; `fail` is called for each broken invariant.
    static func run(_ bytes: [UInt8], fail: (String) -> Void = { fatalError($0) }) {
        let fm = FileManager.default
        let scratch = area + "/scratch"
        for name in (try? fm.contentsOfDirectory(atPath: scratch)) ?? [] { try? fm.removeItem(atPath: scratch + "/" + name) }
        let before = snapshot(area, skipping: "scratch")
        // Back to where it was afterwards: libFuzzer writes to relative corpus paths.
        let previous = fm.currentDirectoryPath
        guard chdir(scratch) == 0 else { return fail("cannot enter \(scratch)") }
        defer { _ = chdir(previous) }

        let parts = bytes.split(separator: separator, maxSplits: 5, omittingEmptySubsequences: false).map(Array.init)
        let names = ["Annotations/vocabulary.claims", "Annotations/papers/p.claims", "Annotations/reviews.claims", "sources/p.txt"]
        for (i, name) in names.enumerated() where i + 1 < parts.count {
            try? fm.createDirectory(atPath: (name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            fm.createFile(atPath: name, contents: Data(parts[i + 1]))
        }
        let line = parts.first ?? []
        let command = commands[Int(line.first ?? 0) % commands.count]
        var args = [command] + String(decoding: line.dropFirst(), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).prefix(12)
        if args.count == 2, args[1].isEmpty { args.removeLast() }
        args = args.map { $0.hasPrefix("/") || $0.contains("..") ? "x" : $0 }
        if command == "verify-quotes", !args.contains(where: { $0.hasPrefix("--sources") }) { args += ["--sources", "sources"] }
        if args.contains("@F") {
            let flags = capture(["flags"])
            let id = flags.out.split(whereSeparator: { $0 == " " || $0 == "\n" }).first { $0.hasPrefix("f-") }.map(String.init) ?? "f-none"
            args = args.map { $0 == "@F" ? id : $0 }
        }

        let result = capture(args)
        if verbose { print("fuzz-cli: \(args) -> \(result.code)\n\(result.err.prefix(600))") }
        check(codes.contains(result.code), "exit code \(result.code) for \(args)", fail)
        for (stream, text) in [("standard output", result.out), ("standard error", result.err)] {
            let raw = text.unicodeScalars.filter { VisibleText.isInvisible($0) && $0 != "\n" }
            check(raw.isEmpty, "\(args) printed \(raw.map(VisibleText.spelled)) raw on \(stream)", fail)
            check(!text.contains(secret), "\(args) printed the secret outside the scratch directory on \(stream)", fail)
        }
        check(snapshot(area, skipping: "scratch") == before, "\(args) touched a file outside the scratch directory", fail)
        for (path, data) in snapshot(scratch, skipping: "Annotations") where path.hasSuffix(".md") || path.hasSuffix(".svg") {
            let raw = String(decoding: data, as: UTF8.self).unicodeScalars.filter { VisibleText.isInvisible($0) && $0 != "\n" }
            check(raw.isEmpty || path.hasPrefix("sources/"), "\(args) wrote \(raw.map(VisibleText.spelled)) raw into \(path)", fail)
        }
    }

    static func check(_ ok: Bool, _ message: @autoclosure () -> String, _ fail: (String) -> Void) {
        if !ok { fail(message()) }
    }

    /// Runs the tool in process; CSV goes out as a terminal would show it.
    static func capture(_ args: [String]) -> (code: Int32, out: String, err: String) {
        final class Box: @unchecked Sendable { var out = "", err = "" }
        let box = Box()
        let console = Console(out: { box.out += $0 }, err: { box.err += $0 },
                              data: { box.out += VisibleText.render($0.replacingOccurrences(of: "\r\n", with: "\n"), keepingLineBreaks: true) })
        let code = ClaimDiffTool.run(args, console: console)
        return (code.rawValue, box.out, box.err)
    }

    /// Every regular file and link under `dir` with its bytes (a link: its target), by relative path.
    static func snapshot(_ dir: String, skipping top: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: dir)
        while let rel = walker?.nextObject() as? String {
            if rel == top { walker?.skipDescendants(); continue }
            var st = stat()
            guard lstat(dir + "/" + rel, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            // An empty file is not read: FileManager.contents(atPath:) leaked a 4 KB buffer on one
            // (LeakSanitizer stopped the first run on it, in this harness).
            case S_IFREG: out[rel] = st.st_size == 0 ? Data() : FileManager.default.contents(atPath: dir + "/" + rel) ?? Data()
            case S_IFLNK: out[rel] = Data(((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/" + rel)) ?? "").utf8)
            default: out[rel] = Data("mode \(st.st_mode)".utf8)
            }
        }
        return out
    }
}
