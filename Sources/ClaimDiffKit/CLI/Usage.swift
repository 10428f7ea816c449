/// Help texts: one overview and one page per command.
enum Usage {
    static let commandNames = ["analyze", "check", "fmt", "verify-quotes", "flags", "explain", "brief", "diff", "review", "export", "generate", "help"]

    static let overview = """
    claimdiff: compare the claims papers make; flag agreements, contradictions and updates over time

    USAGE: claimdiff <command> [options]

    COMMANDS:
      analyze          run the rules on Annotations/ and write Reports/
      check            check annotation files and print a summary
      fmt              rewrite annotation files in canonical form
      verify-quotes    check every quote against its paper's source text
      flags            list the flags the rules raise
      explain          show one flag with its evidence and reason
      brief            print the analyst brief
      diff             print what changed between two dates or years
      review           list open flags, or record a disposition for one
      export           write claims or flags as JSON, JSON Lines or CSV
      generate         write a synthetic corpus and the flags it planted
      help             show help for a command

    Every command that reads annotations takes --annotations DIR (default Annotations/).
    Run 'claimdiff help <command>' or 'claimdiff <command> --help' for details.

    EXIT CODES: 0 ok, 1 findings, 64 usage error, 65 bad annotations, 66 missing input,
    70 internal error, 73 cannot write output, 74 cannot write to standard output or error.
    """

    static let pages: [String: String] = [
        "check": """
        USAGE: claimdiff check [PATH...]

        Parses the annotation files under PATH (default Annotations/) and reports every
        problem as file:line:col: error: message. On success the last line is
        'N papers, M claims, K propositions'. Exit 0 when clean, 65 on errors.
        """,
        "fmt": """
        USAGE: claimdiff fmt [--check] [PATH...]

        Rewrites annotation files under PATH (default Annotations/) in canonical form:
        fields in a fixed order, two-space indent, one blank line between records,
        comments kept where they were written. Files with errors are not touched.

        OPTIONS:
          --check    change nothing; list files that are not formatted and exit 1 if any
        """,
        "verify-quotes": """
        USAGE: claimdiff verify-quotes --sources DIR [PATH...]

        Checks that every claim's quote occurs in its paper's source text (DIR/<source>).
        Only whitespace, typographic quotes and dashes, and escapes such as \\$ are
        normalised. A quote not found is an error naming the claim, the paper and the
        closest passage. Exit 0 when all are found, 65 otherwise.
        """,
        "analyze": """
        USAGE: claimdiff analyze [--annotations DIR] [--out DIR] [--as-of DATE]

        Runs every rule on the annotations and writes the reports to --out (default
        Reports/). The same input always gives byte-identical reports.
        """,
        "flags": """
        USAGE: claimdiff flags [--annotations DIR] [--kind KIND] [--about PREFIX] [--format text|json]

        Lists the flags the rules raise, sorted by kind, proposition and id.

        OPTIONS:
          --kind KIND        only flags of this kind (agreement, contradiction, disputed-report,
                             update, reversal, forecast-borne-out, forecast-missed,
                             forecast-unresolved, anachronism, arithmetic, single-source)
          --about PREFIX     only flags on propositions whose key starts with PREFIX
          --format FORMAT    text (default) or json (sorted keys)
        """,
        "brief": """
        USAGE: claimdiff brief [--annotations DIR] [--as-of DATE] [--about PREFIX] [--out FILE]

        Prints the analyst brief: per topic, the current assessment as of DATE (default: the
        latest paper's date), who agrees, who dissents, what it superseded, open flags and
        single-source caveats. A year (2021) means the end of that year.
        """,
        "diff": """
        USAGE: claimdiff diff [--annotations DIR] --from DATE --to DATE [--out FILE]

        Prints what the papers published by --from held against what the papers published by
        --to held: changed (both values and quotes), new, no longer asserted, unchanged, and
        forecasts that came due in between. A year (2021) means the end of that year.
        """,
        "review": """
        USAGE: claimdiff review [--annotations DIR]
               claimdiff review FLAG-ID --accept | --dismiss | --resolve CLAIM-ID --note TEXT [--by NAME] [--date YYYY-MM-DD]

        Without a flag id, lists the open flags of the review queue. With one, records the
        disposition in DIR/reviews.claims (written atomically under a lock; recording the
        same disposition twice changes nothing). The next analyze shows it; a disposition
        whose flag no longer exists is listed as stale.
        """,
        "export": """
        USAGE: claimdiff export [--annotations DIR] --format json|jsonl|csv [--what claims|flags] [--out FILE]

        Writes claims (default) or flags: JSON with sorted keys, JSON Lines, or RFC 4180 CSV
        whose free-text cells cannot run as spreadsheet formulas.
        """,
        "generate": """
        USAGE: claimdiff generate --claims N [--papers P] [--seed S] [--skew] --out DIR

        Writes a synthetic corpus to DIR: vocabulary.claims, one file per paper under
        papers/, and ground-truth.tsv listing every flag the rules must raise on it.
        The same options always write the same bytes.

        OPTIONS:
          --claims N    how many claims (at least 2)
          --papers P    how many papers (default: one per 100 claims)
          --seed S      the seed of the generator (default 1)
          --skew        put a tenth of the claims into propositions of 10,000 claims each
          --out DIR     where to write
        """,
        "explain": """
        USAGE: claimdiff explain [--annotations DIR] FLAG-ID

        Prints one flag: the rule that raised it, why, and each claim with its paper,
        date and quote.
        """,
    ]

    static func page(_ command: String) -> String {
        (pages[command] ?? overview) + "\n"
    }

    static func usageLine(_ command: String) -> String {
        let first = pages[command]?.split(separator: "\n").first.map(String.init) ?? "USAGE: claimdiff <command> [options]"
        return first.replacingOccurrences(of: "USAGE: ", with: "usage: ")
    }
}
