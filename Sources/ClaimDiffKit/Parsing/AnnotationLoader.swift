import Foundation

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
            DiagnosticRenderer(lines: Dictionary(uniqueKeysWithValues: sources.map { ($0.path, $0.lines) }))
        }
    }

    /// A path that cannot be read.
    public struct MissingInput: Error, Equatable, Sendable {
        public var path: String
        public var reason: String
    }

    /// Every `.claims` file under the paths, directories walked recursively, sorted by path.
    public static func files(in paths: [String]) throws(MissingInput) -> [String] {
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

    static func join(_ dir: String, _ rel: String) -> String {
        dir.hasSuffix("/") ? dir + rel : dir + "/" + rel
    }
}
