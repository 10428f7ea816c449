import Foundation

/// `claimdiff new paper ID --source FILE`: a paper record and a claim template to fill in.
enum NewCommand {
    static let spec = CommandSpec(
        name: "new", summary: "start a paper: write its record and a claim template to fill in", operands: "paper ID",
        options: [OptionSpec("--source", "FILE", "the paper's source text; its first line becomes the title", required: true),
                  CommonOptions.annotations],
        maxOperands: 2,
        details: """
        Writes DIR/papers/ID.claims: a paper record (its title taken from the first line of the
        source text) and one claim to copy for each claim you annotate. Every field still to fill
        in reads FILL-IN, so 'claimdiff check' on the file lists what is left, each at its line.
        An existing file is never overwritten (exit 73).
        """,
        examples: [("claimdiff new paper think-2025 --source texts/think-2025.txt", "writes Annotations/papers/think-2025.claims")],
        operandCompletion: .choices(["paper"]), operandsFirst: true)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        guard a.operands.first == "paper" else {
            throw .invalidValue(option: "new", value: a.operands.first ?? "", expected: "'paper' (claimdiff new paper ID --source FILE)")
        }
        guard a.operands.count == 2 else { throw .missingOption("ID", command: "new paper") }
        let id = a.operands[1]
        guard isIdentifier(id) else {
            throw .invalidValue(option: "ID", value: id, expected: "lower-case letters, digits, '-', '_' and '.', starting with a letter or digit")
        }
        guard let source = a.value("--source") else { throw .missingOption("--source FILE", command: "new paper") }
        let folder = AnnotationLoader.join(a.value("--annotations") ?? "Annotations", "papers")
        let path = AnnotationLoader.join(folder, id + ".claims")
        let text = template(id: id, source: (source as NSString).lastPathComponent, title: title(ofSourceAt: source))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            console.error("cannot write '\(folder)': cannot create the folder")
            return .cantCreate
        }
        // O_EXCL: an existing file, or one created meanwhile, is never replaced.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            let reason = errno == EEXIST ? "it exists; refusing to overwrite it" : String(cString: strerror(errno))
            console.error("cannot write '\(path)': \(reason)")
            return .cantCreate
        }
        var bytes = text
        let ok = bytes.withUTF8 { b in Glibc.write(fd, b.baseAddress, b.count) == b.count }
        close(fd)
        guard ok else {
            unlink(path)
            console.error("cannot write '\(path)': \(String(cString: strerror(errno)))")
            return .cantCreate
        }
        let sources = (source as NSString).deletingLastPathComponent
        console.print("wrote \(path): fill in each FILL-IN, then run 'claimdiff check \(path)'")
        console.print("and 'claimdiff verify-quotes --sources \(sources.isEmpty ? "." : sources) \(path)'")
        return .success
    }

    /// The identifier rule of the annotation language.
    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first), !s.contains("..") else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    /// The source's first non-blank line, when it can be read and is short enough for a title.
    static func title(ofSourceAt path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let line = String(decoding: data.prefix(4096), as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
        return line.flatMap { $0.count <= 200 && !$0.contains("#") ? $0 : nil }
    }

    static func template(id: String, source: String, title: String?) -> String {
        """
        # Written by 'claimdiff new paper'. Replace each FILL-IN; copy the claim record for each
        # further claim (claim ids are unique across the corpus). The annotation language:
        # Docs/annotation-language.md.
        paper \(id)
          title: \(title ?? "FILL-IN")
          authors: FILL-IN                    # names separated by ';' (or delete the line)
          publisher: FILL-IN
          published: FILL-IN                  # 2024, 2024-Q1, 2024-11 or 2024-11-05
          source: \(source)
          reliability: C                      # Admiralty grade A-F: how far the source is trusted

        claim \(id)-1
          about: FILL-IN                      # a proposition key from vocabulary.claims
          value: FILL-IN                      # a term, a ladder step, or a figure such as ~4 billion USD
          quote: "FILL-IN"                    # verbatim from the source text

        """
    }
}
