import Foundation

/// `claimdiff fmt [--check] [PATH...]`: rewrite files in canonical form.
enum FormatCommand {
    static let spec = CommandSpec(
        name: "fmt", summary: "rewrite annotation files in canonical form", operands: "[PATH...]",
        options: [CommonOptions.annotations,
                  OptionSpec("--check", nil, "change nothing; list files that are not formatted and exit 1 if any")],
        details: """
        Rewrites the annotation files under each PATH (default: the --annotations folder) in
        canonical form: fields in a fixed order, two-space indent, one blank line between records,
        comments kept where they were written. Files with errors are not touched. PATH '-'
        formats standard input to standard output.
        """,
        examples: [("claimdiff fmt --check", "list the files fmt would change"), ("claimdiff fmt", "format Annotations/"),
                   ("claimdiff fmt - < draft.claims", "print a file in canonical form (for an editor)")],
        operandCompletion: .file)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        if a.operands == ["-"] {
            if a.has("--check") { throw .conflicting("--check", "-") }
            return StandardInput.format(console: console)
        }
        let scope = AnnotationScope(operands: a.operands, annotations: a.value("--annotations"))
        guard case .success(let loaded) = ClaimDiffTool.load(scope, console: console) else {
            return (try? AnnotationLoader.files(in: scope.paths)) == nil ? .noInput : .dataError
        }
        var unformatted: [String] = []
        let sources = loaded.sources.filter { scope.reports($0.path) }
        for source in sources {
            let formatted = isFormatted(source, original: FileManager.default.contents(atPath: source.path))
            if a.has("--check") {
                if !formatted { unformatted.append(source.path) }
                continue
            }
            guard !formatted else { continue }
            // Read, formatted and written under the reviews lock, from the bytes read under it:
            // formatting the text loaded earlier lost the dispositions `review` wrote meanwhile.
            do throws(ReviewWriter.Failure) {
                let changed = try ReviewWriter.withLock(beside: source.path) { () throws(ReviewWriter.Failure) -> Bool in
                    let bytes = FileManager.default.contents(atPath: source.path)
                    guard let bytes, case .success(let now) = SourceText.decode([UInt8](bytes), path: source.path) else { return false }
                    var reader = RecordReader(source: now)
                    let formatted = Formatter.format(reader.read())
                    // A file another writer broke meanwhile is left for `check` to report.
                    guard reader.diagnostics.isEmpty, String(decoding: bytes, as: UTF8.self) != formatted else { return false }
                    do throws(AtomicFile.WriteError) { try AtomicFile.write(formatted, to: source.path) } catch {
                        throw ReviewWriter.Failure(message: "cannot write '\(error.path)': \(error.reason)")
                    }
                    return true
                }
                if changed { unformatted.append(source.path) }
            } catch {
                console.error(error.message)
                return .cantCreate
            }
        }
        if a.has("--check") {
            for f in unformatted { console.print(f) }
            if !unformatted.isEmpty {
                console.err("\(unformatted.count) file\(unformatted.count == 1 ? " is" : "s are") not formatted; run 'claimdiff fmt'\n")
            }
            return unformatted.isEmpty ? .success : .findings
        }
        console.print("formatted \(unformatted.count) of \(sources.count) files")
        return .success
    }

    /// True when `original` is the canonical form of `source`.
    static func isFormatted(_ source: SourceText, original: Data?) -> Bool {
        var reader = RecordReader(source: source)
        return original.map { String(decoding: $0, as: UTF8.self) } == Formatter.format(reader.read())
    }
}
