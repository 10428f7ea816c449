import Foundation

/// Finds, reads and parses annotation files from paths given on the command line.
public struct AnnotationLoader: Sendable {
    /// What loading produced: the model, every diagnostic, and the source lines for rendering.
    public struct Loaded: Sendable {
        public var set: AnnotationSet
        public var diagnostics: [Diagnostic]
        public var sources: [SourceText]
        public var files: [String] { sources.map(\.path) }
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
            guard fm.isReadableFile(atPath: path), let walker = fm.enumerator(atPath: path) else {
                throw MissingInput(path: path, reason: "directory is not readable")
            }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
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

    static func join(_ dir: String, _ rel: String) -> String {
        dir.hasSuffix("/") ? dir + rel : dir + "/" + rel
    }
}
