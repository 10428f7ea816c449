import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How `analyze` puts a set of reports into `--out`: nothing of the user's is lost, and a
/// failure leaves the old set as it was.
///
/// - The whole new set is written first into a staging folder inside `--out`
///   (`.claimdiff-staging-PID-…`), each file flushed to disk. A failure there (a full disk)
///   removes the staging folder and leaves every old report untouched.
/// - Before anything is moved, every target is checked: only a regular file is replaced, and
///   `charts` must be a real folder, never a symbolic link (which led outside `--out`).
/// - The files are then renamed into place (a rename needs no space), the manifest last.
/// - The manifest (`.claimdiff-manifest`) lists what this run wrote. A later run deletes only
///   the files the previous manifest lists and it no longer writes: a user's own
///   `charts/*.svg`, or a folder named like a report, is never touched. A folder without a
///   manifest (written by an older version) loses nothing.
extension ReportSet {
    static let manifestName = ".claimdiff-manifest"
    static let stagingPrefix = ".claimdiff-staging-"
    static let manifestHeader = "# The files claimdiff analyze wrote here; a later analyze deletes only these."

    public static func write(_ files: [(path: String, contents: String)], to dir: String) throws(AtomicFile.WriteError) {
        let base = dir.hasSuffix("/") ? dir : dir + "/"
        func failure(_ path: String, _ reason: String) -> AtomicFile.WriteError { .init(path: path, reason: reason) }
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            var st = stat()
            throw failure(dir, stat(dir, &st) == 0 ? "it is \(AtomicFile.kind(st.st_mode)), not a folder" : "cannot create the folder")
        }
        // Every folder the set writes into must be a real folder; every target absent or a regular file.
        let folders = Set(files.compactMap { f in f.path.lastIndex(of: "/").map { String(f.path[..<$0]) } })
        for folder in folders.sorted() {
            var st = stat()
            if lstat(base + folder, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR {
                throw failure(base + folder, "it is \(AtomicFile.kind(st.st_mode)), not a folder; refusing to write into it")
            }
        }
        for f in files + [(manifestName, "")] {
            var st = stat()
            if lstat(base + f.path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
                throw failure(base + f.path, "it is \(AtomicFile.kind(st.st_mode)), not a regular file; refusing to replace it")
            }
        }
        let previous = manifest(in: base)
        removeAbandonedStaging(in: base)
        let staging = base + stagingPrefix + "\(getpid())-" + String(UInt32.random(in: .min ... .max), radix: 36)
        guard mkdir(staging, 0o755) == 0 else { throw failure(staging, String(cString: strerror(errno))) }
        defer { try? FileManager.default.removeItem(atPath: staging) }
        let listing = manifestHeader + "\n" + files.map(\.path).sorted().joined(separator: "\n") + "\n"
        for f in files + [(manifestName, listing)] {
            do throws(AtomicFile.WriteError) { try AtomicFile.write(f.1, to: staging + "/" + f.0) } catch {
                throw failure(base + f.0, error.reason)
            }
        }
        for folder in folders.sorted() where mkdir(base + folder, 0o755) != 0 && errno != EEXIST {
            throw failure(base + folder, String(cString: strerror(errno)))
        }
        for path in files.map(\.path) + [manifestName] where rename(staging + "/" + path, base + path) != 0 {
            throw failure(base + path, String(cString: strerror(errno)))
        }
        let written = Set(files.map(\.path))
        for path in previous.sorted() where !written.contains(path) {
            // Its folder must be a real one too: a `charts` link would lead outside `--out`.
            var folder = stat(), st = stat()
            if let slash = path.lastIndex(of: "/"),
               lstat(base + path[..<slash], &folder) != 0 || (folder.st_mode & S_IFMT) != S_IFDIR { continue }
            if lstat(base + path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { unlink(base + path) }
        }
        for folder in [""] + folders.sorted() {
            let fd = open(base + folder, O_RDONLY | O_DIRECTORY)
            if fd >= 0 { _ = fsync(fd); close(fd) }
        }
    }

    /// The paths the manifest in `base` lists, keeping only safe ones: relative, made of
    /// report-like names, at most one folder deep, without `..` or a leading dot.
    static func manifest(in base: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: base + manifestName) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter(isSafeReportPath)
    }

    static func isSafeReportPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.first != "." && part.utf8.count <= 255
                && part.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "._-+".unicodeScalars.contains($0) }
        }
    }

    /// Staging folders of runs that were killed: a process that no longer exists cannot finish them.
    static func removeAbandonedStaging(in base: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
        for name in names.sorted() where name.hasPrefix(stagingPrefix) {
            let rest = name.dropFirst(stagingPrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]) else { continue }
            var st = stat()
            guard lstat(base + name, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { try? FileManager.default.removeItem(atPath: base + name) }
        }
    }
}
