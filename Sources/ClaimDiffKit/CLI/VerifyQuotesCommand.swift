import Foundation

/// `claimdiff verify-quotes --sources DIR [PATH...]`: every quote must occur in its source.
enum VerifyQuotesCommand {
    static let spec = CommandSpec(
        name: "verify-quotes", summary: "check every quote against its paper's source text", operands: "[PATH...]",
        options: [OptionSpec("--sources", "DIR", "a folder of source texts; repeat it for sources kept in several places (searched in order)",
                             repeatable: true, required: true),
                  CommonOptions.annotations],
        details: """
        Checks that every claim's quote occurs in its paper's source text (DIR/<source>, in the
        first --sources folder that holds it). Only whitespace, typographic quotes and dashes, and
        escapes such as \\$ are normalised. A quote not found is an error naming the claim, the
        paper and the closest passage. A PATH that is one file finds its vocabulary as 'check'
        does. Exit 0 when all are found, 65 otherwise.
        """,
        examples: [("claimdiff verify-quotes --sources ../shared/seeds", "verify the bundled annotations"),
                   ("claimdiff verify-quotes --sources texts --sources more-texts papers/new.claims", "one paper, sources in two folders")],
        operandCompletion: .file)

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        guard let dirs = a.options["--sources"] else { throw .missingOption("--sources DIR", command: spec.name) }
        for dir in dirs {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                console.error("cannot read '\(dir)': no such directory")
                return .noInput
            }
        }
        let scope = AnnotationScope(operands: a.operands, annotations: a.value("--annotations"))
        var loaded: AnnotationLoader.Loaded
        switch ClaimDiffTool.load(scope, console: console) {
        case .failure(let code): return code
        case .success(let l): loaded = l
        }
        if scope.focus != nil {
            // One file verified in its corpus: only its own papers' quotes.
            let s = loaded.set
            loaded.set = AnnotationSet(papers: s.papers.filter { scope.reports($0.location.file) },
                                       claims: s.claims.filter { scope.reports($0.location.file) },
                                       propositions: s.propositions, ladders: s.ladders, scales: s.scales, reviews: s.reviews)
        }
        let problems = check(loaded.set, sourcesDirectories: dirs)
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
        check(set, sourcesDirectories: [dir])
    }

    /// Each paper's source is read from the first folder that holds it.
    static func check(_ set: AnnotationSet, sourcesDirectories dirs: [String]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let byPaper = Dictionary(grouping: set.claims, by: \.paper)
        for paper in set.papers {
            let dir = dirs.first { FileManager.default.fileExists(atPath: AnnotationLoader.join($0, paper.source)) } ?? dirs[0]
            let root = realPath(dir).map { $0 == "/" ? "/" : $0 + "/" } ?? dir + "/"
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
                out.append(Diagnostic(at: paper.sourceLocation, "source file '\(paper.source)' of paper '\(paper.id)' not found in '\(dirs.joined(separator: "', '"))'"))
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
