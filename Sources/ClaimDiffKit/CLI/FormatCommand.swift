import Foundation

/// `claimdiff fmt [--check] [PATH...]`: rewrite files in canonical form.
enum FormatCommand {
    static let spec = CommandSpec(name: "fmt", flags: ["--check"])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        let paths = a.operands.isEmpty ? ["Annotations"] : a.operands
        guard case .success(let loaded) = ClaimDiffTool.load(paths, console: console) else {
            return (try? AnnotationLoader.files(in: paths)) == nil ? .noInput : .dataError
        }
        var unformatted: [String] = []
        for source in loaded.sources {
            var reader = RecordReader(source: source)
            let formatted = Formatter.format(reader.read())
            let original = FileManager.default.contents(atPath: source.path).map { String(decoding: $0, as: UTF8.self) }
            guard original != formatted else { continue }
            unformatted.append(source.path)
            if !a.has("--check") {
                do throws(AtomicFile.WriteError) { try AtomicFile.write(formatted, to: source.path) } catch {
                    console.error("cannot write '\(error.path)': \(error.reason)")
                    return .cantCreate
                }
            }
        }
        if a.has("--check") {
            for f in unformatted { console.print(f) }
            if !unformatted.isEmpty {
                console.err("\(unformatted.count) file\(unformatted.count == 1 ? " is" : "s are") not formatted; run 'claimdiff fmt'\n")
            }
            return unformatted.isEmpty ? .success : .findings
        }
        console.print("formatted \(unformatted.count) of \(loaded.sources.count) files")
        return .success
    }
}
