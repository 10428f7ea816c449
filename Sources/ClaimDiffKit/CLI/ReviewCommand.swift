/// `claimdiff review`: list open flags, or record a disposition for one.
enum ReviewCommand {
    static let spec = CommandSpec(
        name: "review", summary: "list open flags, or record a disposition for one", operands: "[FLAG-ID]",
        options: [CommonOptions.annotations,
                  OptionSpec("--accept", nil, "the flag is right"),
                  OptionSpec("--dismiss", nil, "the flag is wrong"),
                  OptionSpec("--resolve", "CLAIM-ID", "the flag is settled by this claim"),
                  OptionSpec("--note", "TEXT", "why (one line); needed to record a disposition"),
                  OptionSpec("--by", "NAME", "who decided"),
                  OptionSpec("--date", "YYYY-MM-DD", "when it was decided")],
        maxOperands: 1,
        details: """
        Without a flag id, lists the open flags of the review queue. With one, records the
        disposition in DIR/reviews.claims (written atomically under a lock; recording the same
        disposition twice changes nothing). The next analyze shows it; a disposition whose flag
        no longer exists is listed as stale.
        """,
        examples: [("claimdiff review", "the open flags"),
                   ("claimdiff review f-h0rkkk0fph --accept --note \"checked both sources\" --by ana", "record a disposition")],
        otherForms: ["claimdiff review FLAG-ID --accept | --dismiss | --resolve CLAIM-ID --note TEXT [--by NAME] [--date YYYY-MM-DD]"])

    static func run(_ args: [String], console: Console) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        let chosen = ["--accept", "--dismiss"].filter(a.has) + (a.value("--resolve") != nil ? ["--resolve"] : [])
        if chosen.count > 1 { throw .conflicting(chosen[0], chosen[1]) }
        guard let id = a.operands.first else {
            if let c = chosen.first { throw .missingOption("FLAG-ID", command: "review \(c)") }
            return list(a, console: console)
        }
        guard let how = chosen.first else { throw .missingOption("--accept, --dismiss or --resolve CLAIM-ID", command: spec.name) }
        guard let note = a.value("--note"), !note.trimmingSpaces.isEmpty else { throw .missingOption("--note TEXT", command: spec.name) }
        var date: TimeSpan?
        if let d = a.value("--date") {
            guard case .success(let s) = TimeSpan.parse(d), s.precision == .day else {
                throw .invalidValue(option: "--date", value: d, expected: "a day, YYYY-MM-DD")
            }
            date = s
        }
        if let b = a.value("--by"), b.contains(where: \.isNewline) { throw .invalidValue(option: "--by", value: b, expected: "one line") }
        if note.contains(where: \.isNewline) { throw .invalidValue(option: "--note", value: note, expected: "one line") }
        let analysis: Analysis
        switch try Analysis.run(a, console: console) {
        case .failure(let code): return code
        case .success(let x): analysis = x
        }
        guard let flag = analysis.flags.first(where: { $0.id == id }) else {
            console.error("no flag '\(id)'\(Suggestion.hint(id, analysis.flags.map(\.id))); run 'claimdiff review' to list open flags")
            return .noInput
        }
        var resolvedBy: String?
        if how == "--resolve" {
            let c = a.value("--resolve")!
            guard analysis.loaded.set.claim(c) != nil else {
                console.error("no claim '\(c)'\(Suggestion.hint(c, analysis.loaded.set.claims.map(\.id)))")
                return .noInput
            }
            resolvedBy = c
        }
        let disposition: Review.Disposition = how == "--accept" ? .accepted : how == "--dismiss" ? .dismissed : .resolved
        // The disposition records what it judged: the finding's kind and its evidence's fingerprint.
        let review = Review(flagID: id, disposition: disposition, resolvedBy: resolvedBy, note: note, by: a.value("--by"),
                            date: date, kind: flag.kind.rawValue, fingerprint: flag.fingerprint(in: analysis.loaded.set),
                            location: SourceLocation(file: "", line: 0, column: 0))
        let path = AnnotationLoader.join(a.value("--annotations") ?? "Annotations", "reviews.claims")
        do throws(ReviewWriter.Failure) {
            let outcome = try ReviewWriter.record(review, in: path)
            switch outcome {
            case .added: console.print("recorded \(disposition.rawValue) for \(id) in \(path)")
            case .replaced: console.print("updated the disposition of \(id) to \(disposition.rawValue) in \(path)")
            case .unchanged: console.print("\(id) already has this disposition; \(path) unchanged")
            }
            return .success
        } catch {
            console.error(error.message)
            return .cantCreate
        }
    }

    static func list(_ a: Arguments, console: Console) -> ExitCode {
        let analysis: Analysis
        do throws(UsageError) {
            switch try Analysis.run(a, console: console) {
            case .failure(let code): return code
            case .success(let x): analysis = x
            }
        } catch { return .usage }
        let q = analysis.reports.queue
        for item in q.open {
            console.print("\(item.flag.id)  \(item.flag.kind.rawValue) (\(item.flag.severity.rawValue))  \(item.flag.proposition)  \(item.flag.claims.joined(separator: ", "))")
            console.print("    \(item.flag.why)")
        }
        console.print("\(q.open.count) open, \(q.reviewed.count) reviewed, \(q.stale.count) stale")
        return .success
    }
}
