import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader finds the old file or the new one, never a partial one.
///
/// The text goes to a temporary file in the same directory (created exclusively, so two
/// writers never share one), is flushed to disk, and is then renamed over the target; the
/// directory is flushed too, so the rename survives a crash.
public enum AtomicFile {
    public struct WriteError: Error, Equatable, Sendable {
        public var path: String
        public var reason: String
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        // A symbolic link is followed, so that the file it names is replaced, not the link.
        let (dir, name) = split(linkTarget(path) ?? path)
        if !dir.isEmpty {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                throw WriteError(path: path, reason: "cannot create directory '\(dir)'")
            }
        }
        let base = dir.isEmpty ? "" : dir == "/" ? "/" : dir + "/"
        // Only a regular file is replaced: as root, `--out /dev/stdout` replaced the terminal's
        // device node with a file. A folder, device, pipe, socket or dangling link is left alone.
        var existing = stat()
        if lstat(base + name, &existing) == 0, (existing.st_mode & S_IFMT) != S_IFREG {
            throw WriteError(path: path, reason: "it is \(kind(existing.st_mode)), not a regular file; refusing to replace it")
        }
        let tmpPrefix = temporaryPrefix(name)
        removeAbandoned(in: dir.isEmpty ? "." : dir, prefix: tmpPrefix, base: base)
        let prefix = base + tmpPrefix + "\(getpid())-"
        var tmp = "", fd: Int32 = -1
        for _ in 0..<8 {
            tmp = prefix + String(UInt32.random(in: .min ... .max), radix: 36)
            fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        func fail() -> WriteError {
            let reason = String(cString: strerror(errno))
            close(fd)
            unlink(tmp)
            return WriteError(path: path, reason: reason)
        }
        // The new file keeps the old one's permissions (a private reviews file stays private).
        var old = stat()
        if stat(base + name, &old) == 0, fchmod(fd, old.st_mode & 0o7777) != 0 { throw fail() }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { throw fail() }
            written += n
        }
        guard fsync(fd) == 0 else { throw fail() }
        guard close(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw WriteError(path: path, reason: reason)
        }
        guard rename(tmp, base + name) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw WriteError(path: path, reason: reason)
        }
        let dirFD = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            close(dirFD)
        }
    }

    /// The start of a temporary file's name for the target `name`: `.name.tmp-`, with a long
    /// name cut to its first 80 bytes and a hash of the whole, so that the temporary file's name
    /// stays well under the 255 bytes a file name may have (a legal 240-byte name failed).
    static func temporaryPrefix(_ name: String) -> String {
        guard name.utf8.count > 100 else { return ".\(name).tmp-" }
        var head = "", count = 0
        for s in name.unicodeScalars {
            count += String(s).utf8.count
            if count > 80 { break }
            head.unicodeScalars.append(s)
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in name.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return ".\(head)~\(String(hash, radix: 36)).tmp-"
    }

    /// What a file that is not a regular file is, for messages.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a file"
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        default: "something other than a file"
        }
    }

    /// The file a symbolic link at `path` leads to, when it is one and the file exists.
    static func linkTarget(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes temporary files of this target left by writers that were killed: a process that
    /// no longer exists cannot finish them. A live writer's file is left alone.
    static func removeAbandoned(in dir: String, prefix: String, base: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]) else { continue }
            if pid != getpid(), Glibc.kill(pid, 0) != 0, errno == ESRCH { unlink(base + name) }
        }
    }

    /// The directory part and the last component of a path: `a/b/c.md` gives `a/b` and `c.md`,
    /// `c.md` gives the empty string and `c.md`, `/c.md` gives `/` and `c.md`.
    ///
    /// Not `NSString.deletingLastPathComponent`: on Linux it traps on a one-character path
    /// such as `x`, so `--out x` crashed.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }
}
