@testable import ClaimDiffKit

/// Parses annotation snippets the way the loader parses files, for tests.
enum Snippet {
    /// Parses one snippet as the file `path`.
    static func parse(_ text: String, path: String = "t.claims") -> (AnnotationSet, [Diagnostic]) {
        parse([(path, text)])
    }

    /// Parses several snippets, each as its own file, in the order given.
    static func parse(_ files: [(path: String, text: String)]) -> (AnnotationSet, [Diagnostic]) {
        parseBytes(files.map { ($0.path, Array($0.text.utf8)) })
    }

    /// Decodes and parses raw bytes; decoding failures become diagnostics, as in `AnnotationLoader`.
    static func parseBytes(_ files: [(path: String, bytes: [UInt8])]) -> (AnnotationSet, [Diagnostic]) {
        var sources: [SourceText] = []
        var decodeErrors: [Diagnostic] = []
        for f in files {
            switch SourceText.decode(f.bytes, path: f.path) {
            case .success(let s): sources.append(s)
            case .failure(let d): decodeErrors.append(d)
            }
        }
        let (set, diagnostics) = AnnotationParser.parse(sources)
        return (set, (decodeErrors + diagnostics).sorted())
    }

    /// The diagnostics' headlines, sorted: `file:line:col: error: message`.
    static func headlines(_ text: String, path: String = "t.claims") -> [String] {
        parse(text, path: path).1.map(\.headline).sorted()
    }

    /// The syntax tree of one snippet and the reader's diagnostics.
    static func syntax(_ text: String, path: String = "t.claims") -> (SyntaxFile, [Diagnostic]) {
        guard case .success(let source) = SourceText.decode(Array(text.utf8), path: path) else {
            return (SyntaxFile(path: path), [])
        }
        var reader = RecordReader(source: source)
        let file = reader.read()
        return (file, reader.diagnostics)
    }

    /// The canonical form of one snippet, as `claimdiff fmt` writes it.
    static func format(_ text: String, path: String = "t.claims") -> String {
        Formatter.format(syntax(text, path: path).0)
    }
}

extension Diagnostic {
    /// The headline followed by one `file:line:col: note: message` line per note.
    var reportLines: [String] {
        [headline] + notes.map { "\($0.location): note: \($0.message)" }
    }
}

extension Snippet {
    /// Every diagnostic and note of the files as one sorted list of lines.
    static func report(_ files: [(path: String, text: String)]) -> [String] {
        parse(files).1.flatMap(\.reportLines).sorted()
    }

    static func report(_ text: String, path: String = "t.claims") -> [String] {
        report([(path, text)])
    }
}
