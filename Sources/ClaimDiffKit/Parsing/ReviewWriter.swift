import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Records a disposition in the reviews file: read, replace or append, format, write atomically.
///
/// The read-modify-write runs under an exclusive lock on a lock file beside the reviews file,
/// so two concurrent `review` commands both land. Recording the same disposition twice leaves
/// the file unchanged.
public enum ReviewWriter {
    public enum Outcome: Equatable, Sendable { case added, replaced, unchanged }

    public struct Failure: Error, Equatable, Sendable {
        public var message: String
    }

    /// Runs `body` holding the exclusive lock of the folder `path` is in (`.reviews.lock`):
    /// every command that rewrites an annotation file (`review`, `fmt`) reads and writes it
    /// under this lock, so none overwrites what another has just written.
    public static func withLock<T>(beside path: String, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        // Beside the file itself, so that writers reaching it through different links share the lock.
        let dir = AtomicFile.split(AtomicFile.linkTarget(path) ?? path).directory
        let lockPath = (dir.isEmpty ? "." : dir == "/" ? "" : dir) + "/.reviews.lock"
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw Failure(message: "cannot open lock file '\(lockPath)': \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw Failure(message: "cannot lock '\(lockPath)'") }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    public static func record(_ review: Review, in path: String) throws(Failure) -> Outcome {
        try withLock(beside: path) { () throws(Failure) -> Outcome in try recordLocked(review, in: path) }
    }

    static func recordLocked(_ review: Review, in path: String) throws(Failure) -> Outcome {
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        let source: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .success(let s): source = s
        case .failure(let d): throw Failure(message: d.headline)
        }
        var reader = RecordReader(source: source)
        var file = reader.read()
        if let d = reader.diagnostics.first { throw Failure(message: d.headline) }
        let record = syntax(review, path: path)
        var outcome = Outcome.added
        if let i = file.items.firstIndex(where: { if case .record(let r) = $0 { return r.keyword == "review" && r.id == review.flagID } else { return false } }) {
            guard case .record(let old) = file.items[i] else { return .unchanged }
            if same(old, record) { return .unchanged }
            // The history is kept: the earlier lines as they were, then the disposition replaced.
            var updated = record
            updated.fields.removeAll { $0.key == "history" }
            updated.fields += old.fields.filter { $0.key == "history" }
            if old.field("disposition") != nil {
                updated.fields.append(field("history", historyLine(old), at: updated.location))
            }
            updated.leadingComments = old.leadingComments
            file.items[i] = .record(updated)
            outcome = .replaced
        } else {
            file.items.append(.record(record))
        }
        do throws(AtomicFile.WriteError) {
            try AtomicFile.write(Formatter.format(file), to: path)
        } catch {
            throw Failure(message: "cannot write '\(error.path)': \(error.reason)")
        }
        return outcome
    }

    static func syntax(_ r: Review, path: String) -> SyntaxRecord {
        let loc = SourceLocation(file: path, line: 0, column: 0)
        var fields: [(String, String)] = [("disposition", r.disposition.rawValue)]
        if let c = r.resolvedBy { fields.append(("resolved-by", c)) }
        if let k = r.kind { fields.append(("kind", k)) }
        if let f = r.fingerprint { fields.append(("fingerprint", f)) }
        fields.append(("note", r.note))
        if let b = r.by { fields.append(("by", b)) }
        if let d = r.date { fields.append(("date", d.text)) }
        for h in r.history { fields.append(("history", ReviewHistory.line(h))) }
        return SyntaxRecord(keyword: "review", id: r.flagID, location: loc, idLocation: loc, comment: nil,
                            fields: fields.map { field($0.0, $0.1, at: loc) })
    }

    static func field(_ key: String, _ value: String, at loc: SourceLocation) -> SyntaxField {
        SyntaxField(key: key, keyLocation: loc, value: value, valueLocation: loc, quoted: false, comment: nil)
    }

    /// A record's current disposition as a `history:` line, from its fields as written.
    static func historyLine(_ r: SyntaxRecord) -> String {
        var parts = [r.field("disposition")?.value ?? ""]
        for key in ReviewHistory.keys { if let v = r.field(key)?.value { parts.append("\(key): \(v)") } }
        parts.append("note: \(r.field("note")?.value ?? "")")
        return parts.joined(separator: "; ")
    }

    /// The same disposition: every field but the history equal (the history only grows).
    static func same(_ a: SyntaxRecord, _ b: SyntaxRecord) -> Bool {
        func current(_ r: SyntaxRecord) -> [String] { r.fields.filter { $0.key != "history" }.map { "\($0.key)=\($0.value)" }.sorted() }
        return current(a) == current(b)
    }
}
