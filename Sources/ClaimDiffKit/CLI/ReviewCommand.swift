import Foundation

/// `claimdiff review`: list open flags, or record a disposition for one.
enum ReviewCommand {
    static let spec = CommandSpec(
        name: "review", summary: "list open flags, or record a disposition for one", operands: "[FLAG-ID]",
        options: [CommonOptions.annotations,
                  OptionSpec("--accept", nil, "the flag is right"),
                  OptionSpec("--dismiss", nil, "the flag is wrong"),
                  OptionSpec("--resolve", "CLAIM-ID", "the flag is settled by this claim"),
                  OptionSpec("--reopen", nil, "open the flag again; its earlier dispositions are kept as its history"),
                  OptionSpec("--note", "TEXT", "why (one line); needed to record a disposition"),
                  OptionSpec("--by", "NAME", "who decided", default: "$CLAIMDIFF_REVIEWER, else $USER, else $LOGNAME, else unknown"),
                  OptionSpec("--date", "YYYY-MM-DD", "when it was decided", default: "$CLAIMDIFF_REVIEW_DATE, else today in UTC")],
        maxOperands: 1,
        details: """
        Without a flag id, lists the open flags of the review queue, in queue order. With one,
        records the disposition in DIR/reviews.claims (written atomically under a lock;
        recording the same disposition twice changes nothing) with the finding's kind and
        evidence fingerprint, who decided and when. A disposition it replaces, and any reopened
        one, is kept in the record as a 'history:' line. The next analyze shows it; a
        disposition whose flag no longer exists is listed as stale.
        """,
        examples: [("claimdiff review", "the open flags"),
                   ("claimdiff review f-h0rkkk0fph --accept --note \"checked both sources\" --by ana", "record a disposition"),
                   ("claimdiff review f-h0rkkk0fph --reopen --note \"a new source disputes it\"", "open it again, keeping its history")],
        otherForms: ["claimdiff review FLAG-ID --accept | --dismiss | --resolve CLAIM-ID | --reopen --note TEXT [--by NAME] [--date YYYY-MM-DD]"])

    /// The environment variables that give `--by` and `--date` when they are not given.
    static let reviewerVariable = "CLAIMDIFF_REVIEWER", dateVariable = "CLAIMDIFF_REVIEW_DATE"

    /// Who decided, when `--by` is not given: `$CLAIMDIFF_REVIEWER`, else the login name
    /// (`$USER`, else `$LOGNAME`), else `unknown`. Empty values count as not set.
    static func defaultReviewer(_ env: [String: String]) -> String {
        for key in [reviewerVariable, "USER", "LOGNAME"] {
            if let v = env[key]?.trimmingSpaces, !v.isEmpty, !v.contains(where: \.isNewline) { return v }
        }
        return "unknown"
    }

    /// Today's date in UTC, `YYYY-MM-DD` (the one place `review` reads the clock).
    static func today(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(c.year!, 4))-\(pad(c.month!, 2))-\(pad(c.day!, 2))"
    }

    static func run(_ args: [String], console: Console, environment: [String: String] = ProcessInfo.processInfo.environment) throws(UsageError) -> ExitCode {
        guard let a = try ClaimDiffTool.arguments(args, spec, console: console) else { return .success }
        let chosen = ["--accept", "--dismiss"].filter(a.has) + (a.value("--resolve") != nil ? ["--resolve"] : []) + ["--reopen"].filter(a.has)
        if chosen.count > 1 { throw .conflicting(chosen[0], chosen[1]) }
        guard let id = a.operands.first else {
            if let c = chosen.first { throw .missingOption("FLAG-ID", command: "review \(c)") }
            return list(a, console: console)
        }
        guard let how = chosen.first else { throw .missingOption("--accept, --dismiss, --resolve CLAIM-ID or --reopen", command: spec.name) }
        guard let note = a.value("--note"), !note.trimmingSpaces.isEmpty else { throw .missingOption("--note TEXT", command: spec.name) }
        let (dateText, dateSource) = a.value("--date").map { ($0, "--date") }
            ?? environment[dateVariable].flatMap { $0.isEmpty ? nil : ($0, dateVariable) } ?? (today(), "--date")
        guard case .success(let date) = TimeSpan.parse(dateText), date.precision == .day else {
            throw .invalidValue(option: dateSource, value: dateText, expected: "a day, YYYY-MM-DD")
        }
        let by = a.value("--by") ?? defaultReviewer(environment)
        if by.contains(where: \.isNewline) || by.trimmingSpaces.isEmpty { throw .invalidValue(option: "--by", value: by, expected: "one line") }
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
        let disposition: Review.Disposition = how == "--accept" ? .accepted : how == "--dismiss" ? .dismissed : how == "--reopen" ? .reopened : .resolved
        // The disposition records what it judged: the finding's kind and its evidence's fingerprint.
        let review = Review(flagID: id, disposition: disposition, resolvedBy: resolvedBy, note: note, by: by,
                            date: date, kind: flag.kind.rawValue, fingerprint: flag.fingerprint(in: analysis.loaded.set),
                            location: SourceLocation(file: "", line: 0, column: 0))
        let path = AnnotationLoader.join(a.value("--annotations") ?? "Annotations", "reviews.claims")
        do throws(ReviewWriter.Failure) {
            let outcome = try ReviewWriter.record(review, in: path)
            switch outcome {
            case .added: console.print("recorded \(disposition.rawValue) for \(id) in \(path)")
            case .replaced: console.print("updated the disposition of \(id) to \(disposition.rawValue) in \(path); the earlier one is kept as its history")
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
