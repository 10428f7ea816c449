import Foundation

/// `-` as a PATH: one annotation file read from standard input, named `<stdin>` in diagnostics.
enum StandardInput {
    static let name = "<stdin>"

    /// Standard input decoded, or the exit code after saying why it could not be.
    static func read(console: Console) -> Result<SourceText, ExitCode> {
        guard let bytes = console.readInput() else {
            console.error("cannot read standard input")
            return .failure(.noInput)
        }
        switch SourceText.decode(bytes, path: name) {
        case .success(let s): return .success(s)
        case .failure(let d):
            console.err(DiagnosticRenderer(lines: [:]).render([d]))
            return .failure(.dataError)
        }
    }

    /// `check -`: standard input parsed with the corpus of `--annotations` (default
    /// Annotations/, when it exists), only its own problems shown.
    static func check(annotations: String?, console: Console) -> ExitCode {
        let input: SourceText
        switch read(console: console) {
        case .failure(let code): return code
        case .success(let s): input = s
        }
        var sources = [input]
        let folder = annotations ?? "Annotations"
        if annotations != nil || FileManager.default.fileExists(atPath: folder) {
            do throws(AnnotationLoader.MissingInput) {
                for f in try AnnotationLoader.files(in: [folder]) {
                    guard let data = FileManager.default.contents(atPath: f), case .success(let s) = SourceText.decode([UInt8](data), path: f) else { continue }
                    sources.append(s)
                }
            } catch {
                console.error("cannot read '\(error.path)': \(error.reason)")
                return .noInput
            }
        }
        let (set, diagnostics) = AnnotationParser.parse(sources)
        let mine: (String) -> Bool = { $0 == name }
        let shown = diagnostics.filter { d in
            let file = (d.location.file as NSString).lastPathComponent
            return mine(d.location.file) || d.notes.contains { mine($0.location.file) } || file == AnnotationScope.vocabularyFile || file == "reviews.claims"
        }.sorted()
        if !shown.isEmpty {
            console.err(DiagnosticRenderer(lines: Dictionary(sources.map { ($0.path, $0.lines) }, uniquingKeysWith: { a, _ in a })).render(shown))
            let errors = shown.filter { $0.severity == .error }.count
            console.err("\(errors) error\(errors == 1 ? "" : "s") in annotations\n")
            return .dataError
        }
        let papers = set.papers.filter { mine($0.location.file) }.count, claims = set.claims.filter { mine($0.location.file) }.count
        console.print("\(papers) paper\(papers == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"), \(set.propositions.count) propositions")
        return .success
    }

    /// `fmt -`: standard input in canonical form on standard output; a file with syntax errors
    /// is reported and not printed.
    static func format(console: Console) -> ExitCode {
        let input: SourceText
        switch read(console: console) {
        case .failure(let code): return code
        case .success(let s): input = s
        }
        var reader = RecordReader(source: input)
        let formatted = Formatter.format(reader.read())
        guard reader.diagnostics.isEmpty else {
            console.err(DiagnosticRenderer(lines: [name: input.lines]).render(reader.diagnostics))
            console.err("\(reader.diagnostics.count) error\(reader.diagnostics.count == 1 ? "" : "s") in annotations\n")
            return .dataError
        }
        console.data(formatted)
        return .success
    }
}
