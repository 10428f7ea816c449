import Foundation

/// `claimdiff verify-quotes --sources DIR [PATH...]`: every quote must occur in its source.
enum VerifyQuotesCommand {
    static let spec = CommandSpec(name: "verify-quotes", valued: ["--sources"])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        guard let dir = a.value("--sources") else { throw .missingOption("--sources DIR", command: spec.name) }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            console.error("cannot read '\(dir)': no such directory")
            return .noInput
        }
        let paths = a.operands.isEmpty ? ["Annotations"] : a.operands
        let loaded: AnnotationLoader.Loaded
        switch ClaimDiffTool.load(paths, console: console) {
        case .failure(let code): return code
        case .success(let l): loaded = l
        }
        let problems = check(loaded.set, sourcesDirectory: dir)
        if !problems.isEmpty {
            console.err(loaded.renderer.render(problems))
            console.err("\(problems.count) quote\(problems.count == 1 ? "" : "s") not verified\n")
            return .dataError
        }
        let quoted = Set(loaded.set.claims.map(\.paper)).count
        console.print("\(loaded.set.claims.count) quote\(loaded.set.claims.count == 1 ? "" : "s") verified in \(quoted) paper\(quoted == 1 ? "" : "s")")
        return .success
    }

    /// One diagnostic per missing source file and per quote not found.
    static func check(_ set: AnnotationSet, sourcesDirectory dir: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let byPaper = Dictionary(grouping: set.claims, by: \.paper)
        let root = realPath(dir).map { $0 == "/" ? "/" : $0 + "/" } ?? dir + "/"
        for paper in set.papers {
            let path = AnnotationLoader.join(dir, paper.source)
            // A source is read only from inside DIR, links resolved: `source: ../../etc/passwd`
            // printed that file's lines as the "closest passage".
            let outside = paper.source.hasPrefix("/") || paper.source.split(separator: "/").contains("..")
                || (realPath(path).map { !$0.hasPrefix(root) } ?? false)
            if outside {
                out.append(Diagnostic(at: paper.sourceLocation, "source file '\(paper.source)' of paper '\(paper.id)' is outside '\(dir)'; name it relative to --sources, without '..'"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                out.append(Diagnostic(at: paper.sourceLocation, "source file '\(paper.source)' of paper '\(paper.id)' not found in '\(dir)'"))
                continue
            }
            let matcher = QuoteMatcher(source: String(decoding: data, as: UTF8.self))
            for claim in (byPaper[paper.id] ?? []).sorted(by: { $0.id < $1.id }) where !matcher.contains(claim.quote) {
                let passage = matcher.closestPassage(to: claim.quote)
                out.append(Diagnostic(at: claim.location,
                                      "quote of claim '\(claim.id)' not found in '\(paper.source)' (paper '\(paper.id)')",
                                      notes: [.init(location: claim.location, message: "closest passage: \"\(passage)\"")]))
            }
        }
        return out
    }

    /// The absolute path with every link resolved, or nil when there is nothing at `path`.
    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }
}
