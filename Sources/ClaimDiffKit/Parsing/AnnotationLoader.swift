import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds, reads and parses annotation files from paths given on the command line.
public struct AnnotationLoader: Sendable {
    /// What loading produced: the model, every diagnostic, and the source lines for rendering.
    public struct Loaded: Sendable {
        public var set: AnnotationSet
        public var diagnostics: [Diagnostic]
        /// The files read (that could be decoded).
        public var files: [String]
        private var decoded: [SourceText]?

        init(set: AnnotationSet, diagnostics: [Diagnostic], sources: [SourceText]) {
            self.set = set
            self.diagnostics = diagnostics
            files = sources.map(\.path)
            decoded = sources
        }

        /// Loaded the fast way: the lines are decoded only if someone asks for them.
        init(set: AnnotationSet, files: [String]) {
            self.set = set
            diagnostics = []
            self.files = files
        }

        /// The decoded lines of every file; read again from disk when the fast path loaded them.
        public var sources: [SourceText] {
            decoded ?? files.compactMap { f in
                FileManager.default.contents(atPath: f).flatMap { try? SourceText.decode([UInt8]($0), path: f).get() }
            }
        }

        public var renderer: DiagnosticRenderer {
            DiagnosticRenderer(lines: Dictionary(sources.map { ($0.path, $0.lines) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// A path that cannot be read.
    public struct MissingInput: Error, Equatable, Sendable {
        public var path: String
        public var reason: String
    }

    /// Every `.claims` file under the paths, directories walked recursively, sorted by path.
    ///
    /// A file named twice (`check Annotations Annotations/papers/a.claims`, or through a link)
    /// is read once, under the first name: read twice, its ids were all duplicates, and
    /// showing the diagnostics crashed on the repeated path.
    public static func files(in paths: [String]) throws(MissingInput) -> [String] {
        var seen: Set<String> = []
        return try walk(paths).filter { seen.insert(identity($0)).inserted }
    }

    /// The device and inode of a file, so that two names for one file compare equal; the path
    /// when it cannot be read (the read will report it).
    static func identity(_ path: String) -> String {
        var st = stat()
        return stat(path, &st) == 0 ? "\(st.st_dev):\(st.st_ino)" : path
    }

    static func walk(_ paths: [String]) throws(MissingInput) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw MissingInput(path: path, reason: "no such file or directory")
            }
            if !isDir.boolValue {
                out.append(path)
                continue
            }
            guard fm.isReadableFile(atPath: path), opendir(path).map({ closedir($0) }) != nil else {
                throw MissingInput(path: path, reason: "directory is not readable")
            }
            var found: [String] = []
            walk(path, "") { rel in
                if rel.hasSuffix(".claims") { found.append(join(path, rel)) }
            }
            if found.isEmpty { throw MissingInput(path: path, reason: "no .claims files in directory") }
            out += found.sorted()
        }
        return out
    }

    /// Reads and parses every file; unreadable bytes become diagnostics, not crashes.
    public static func load(paths: [String]) throws(MissingInput) -> Loaded {
        let files = try files(in: paths)
        if let set = loadFast(files) { return Loaded(set: set, files: files) }
        var sources: [SourceText] = []
        var diagnostics: [Diagnostic] = []
        for f in files {
            guard let data = FileManager.default.contents(atPath: f) else {
                throw MissingInput(path: f, reason: "file is not readable")
            }
            switch SourceText.decode([UInt8](data), path: f) {
            case .success(let s): sources.append(s)
            case .failure(let d): diagnostics.append(d)
            }
        }
        let (set, parsed) = AnnotationParser.parse(sources)
        return Loaded(set: set, diagnostics: (diagnostics + parsed).sorted(), sources: sources)
    }

    /// Every entry under a directory, by path relative to it, without following symbolic links:
    /// what `FileManager.enumerator(atPath:)` lists, at a fraction of its cost for ten thousand files.
    static func walk(_ root: String, _ rel: String, _ visit: (String) -> Void) {
        guard let dir = opendir(rel.isEmpty ? root : join(root, rel)) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            let path = rel.isEmpty ? name : rel + "/" + name
            visit(path)
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                isDirectory = lstat(join(root, path), &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            if isDirectory { walk(root, path, visit) }
        }
    }

    static func join(_ dir: String, _ rel: String) -> String {
        dir.hasSuffix("/") ? dir + rel : dir + "/" + rel
    }
}
