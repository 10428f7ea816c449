/// Rows that break speakers and sources: `speaker` records, the claim fields `speaker`,
/// `relays` and `cites`, and near-identical speaker names (a warning, never an error).
extension MalformedSnippetTests {
    /// A vocabulary with one ladder proposition, and a speaker.
    static let speakerVocabulary = """
    ladder l
      steps: none < promised < delivered

    proposition x.transfer
      kind: ladder
      title: How far the transfer got
      ladder: l

    proposition y.transfer
      kind: ladder
      title: How far the other transfer got
      ladder: l

    speaker dorn
      name: Piet Dorn
      aliases: MP Dorn

    """

    /// Paper `id` with one claim on x.transfer carrying `extra` lines.
    static func speakerPaper(_ id: String, _ extra: String, about: String = "x.transfer") -> String {
        """

        paper \(id)
          title: T
          publisher: P
          published: 2024
          source: \(id).txt

        claim \(id)1
          about: \(about)
          value: promised
        \(extra)  quote: "promised"

        """
    }

    static let speakerRows: [Row] = [
        (id: "speaker-unknown",
         input: speakerVocabulary + speakerPaper("p", "  speaker: doorn\n"),
         expected: ["t.claims:27:12: error: unknown speaker 'doorn'; did you mean 'dorn'?; declare it with a 'speaker doorn' record"]),

        (id: "speaker-not-an-identifier",
         input: speakerVocabulary + speakerPaper("p", "  speaker: Piet Dorn\n"),
         expected: ["t.claims:27:12: error: invalid speaker id 'Piet Dorn' in field 'speaker'; use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'"]),

        (id: "speaker-record-without-name",
         input: speakerVocabulary + "\nspeaker lund\n  role: minister\n",
         expected: ["t.claims:18:1: error: speaker 'lund' is missing required field 'name'"]),

        (id: "speaker-record-unknown-field",
         input: speakerVocabulary + "\nspeaker lund\n  name: Eva Lund\n  office: minister\n",
         expected: ["t.claims:20:3: error: unknown field 'office' in speaker 'lund'"]),

        (id: "speaker-duplicate-id",
         input: speakerVocabulary + "\nspeaker dorn\n  name: Jan Dorn\n",
         expected: ["t.claims:18:9: error: duplicate speaker id 'dorn'", "t.claims:14:9: note: speaker 'dorn' first defined here"]),

        (id: "speaker-shares-a-name",
         input: speakerVocabulary + "\nspeaker dorn2\n  name: Piet Dorn\n",
         expected: ["t.claims:19:9: error: speaker 'dorn2' and speaker 'dorn' share the name 'Piet Dorn'; one speaker is one record",
                    "t.claims:14:1: note: speaker 'dorn' declared here"]),

        (id: "relays-unknown-claim",
         input: speakerVocabulary + speakerPaper("p", "  relays: q9\n"),
         expected: ["t.claims:27:11: error: claim 'p1' relays unknown claim 'q9'; did you mean 'p1'?"]),

        (id: "relays-itself",
         input: speakerVocabulary + speakerPaper("p", "  relays: p1\n"),
         expected: ["t.claims:27:11: error: claim 'p1' relays itself"]),

        (id: "relays-another-proposition",
         input: speakerVocabulary + speakerPaper("p", "", about: "y.transfer") + speakerPaper("q", "  relays: p1\n"),
         expected: ["t.claims:38:11: error: claim 'q1' relays 'p1', a claim about 'y.transfer', not 'x.transfer'"]),

        (id: "relays-in-a-loop",
         input: speakerVocabulary + speakerPaper("p", "  relays: q1\n") + speakerPaper("q", "  relays: p1\n"),
         expected: ["t.claims:27:11: error: claim 'p1' relays a chain of claims that leads back to it (p1 -> q1 -> p1)",
                    "t.claims:39:11: error: claim 'q1' relays a chain of claims that leads back to it (q1 -> p1 -> q1)"]),

        (id: "cites-unknown-paper",
         input: speakerVocabulary + speakerPaper("p", "  cites: inss\n"),
         expected: ["t.claims:27:10: error: claim 'p1' cites unknown paper 'inss'"]),

        (id: "cites-its-own-paper",
         input: speakerVocabulary + speakerPaper("p", "  cites: p\n"),
         expected: ["t.claims:27:10: error: claim 'p1' cites its own paper 'p'; 'cites' names another paper"]),

        (id: "relays-not-an-identifier",
         input: speakerVocabulary + speakerPaper("p", "  relays: P 1\n"),
         expected: ["t.claims:27:11: error: invalid claim id 'P 1' in field 'relays'; use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'"]),

        (id: "near-names-are-a-warning",
         input: speakerVocabulary + speakerPaper("p", "  attributed-to: Ali Shahriar\n") + speakerPaper("q", "  attributed-to: Ali Shahriyar to Tasnim\n"),
         expected: ["t.claims:39:18: warning: 'Ali Shahriyar to Tasnim' (claim 'q1') and 'Ali Shahriar' (claim 'p1') look like one speaker; if so, declare a 'speaker' record with both spellings and name it with 'speaker:'",
                    "t.claims:27:18: note: 'Ali Shahriar' (claim 'p1') written here"]),

        (id: "attributed-to-near-a-declared-name-is-a-warning",
         input: speakerVocabulary + speakerPaper("p", "  attributed-to: Piet Doorn, MP\n"),
         expected: ["t.claims:27:18: warning: 'Piet Doorn, MP' (claim 'p1') and speaker 'dorn' look like one speaker (it is written 'Piet Dorn'); if so, write 'speaker: dorn'",
                    "t.claims:14:1: note: speaker 'dorn' written here"]),

        (id: "attributed-to-a-declared-name-is-a-warning",
         input: speakerVocabulary + speakerPaper("p", "  attributed-to: MP Dorn\n"),
         expected: ["t.claims:27:18: warning: 'MP Dorn' (claim 'p1') and speaker 'dorn' look like one speaker ('MP Dorn' is one of its names); if so, write 'speaker: dorn'",
                    "t.claims:14:1: note: speaker 'dorn' written here"]),
    ]
}

/// Rows that break parties on a ladder: `parties`, `parties-up-to` and the claim field `party`.
extension MalformedSnippetTests {
    /// A ladder proposition with `fields` added, and a paper with one claim carrying `extra`.
    static func partySnippet(_ fields: String, _ extra: String = "", about: String = "t.status") -> String {
        """
        ladder treaty
          steps: none < signed < ratified < in-force

        proposition t.status
          kind: ladder
          title: The treaty
          ladder: treaty
        \(fields)
        proposition t.text
          kind: category
          title: The treaty's text
          terms: defence, trade

        paper p
          title: T
          publisher: P
          published: 2025
          source: p.txt

        claim p1
          about: \(about)
          value: \(about == "t.text" ? "trade" : "ratified")
        \(extra)  quote: "ratified"

        """
    }

    static let partyRows: [Row] = [
        (id: "parties-without-up-to",
         input: partySnippet("  parties: arvania, belmark\n"),
         expected: ["t.claims:8:3: error: 'parties' needs 'parties-up-to: STEP', the last step each party takes on its own"]),

        (id: "parties-up-to-the-last-step",
         input: partySnippet("  parties: arvania, belmark\n  parties-up-to: in-force\n"),
         expected: ["t.claims:9:18: error: parties-up-to must be a step of ladder 'treaty' below its last, got 'in-force'; the last step belongs to the whole"]),

        (id: "parties-up-to-unknown-step",
         input: partySnippet("  parties: arvania, belmark\n  parties-up-to: ratifed\n"),
         expected: ["t.claims:9:18: error: parties-up-to must be a step of ladder 'treaty' below its last, got 'ratifed'; did you mean 'ratified'?"]),

        (id: "parties-one-party",
         input: partySnippet("  parties: arvania\n  parties-up-to: ratified\n"),
         expected: ["t.claims:8:12: error: 'parties' names two or more different parties, got 'arvania'"]),

        (id: "parties-not-identifiers",
         input: partySnippet("  parties: Arvania, belmark\n  parties-up-to: ratified\n"),
         expected: ["t.claims:8:12: error: invalid party 'Arvania'; parties are identifiers separated by ','"]),

        (id: "party-unknown",
         input: partySnippet("  parties: arvania, belmark\n  parties-up-to: ratified\n", "  party: belmrak\n"),
         expected: ["t.claims:25:10: error: unknown party 'belmrak' for 't.status'; did you mean 'belmark'?; parties: arvania, belmark"]),

        (id: "party-on-a-proposition-without-parties",
         input: partySnippet("", "  party: belmark\n"),
         expected: ["t.claims:23:10: error: 'party' applies to propositions that declare parties; 't.status' declares none"]),

        (id: "party-on-a-category",
         input: partySnippet("  parties: arvania, belmark\n  parties-up-to: ratified\n", "  party: belmark\n", about: "t.text"),
         expected: ["t.claims:25:3: error: 'party' applies to ladder propositions; 't.text' is a category proposition"]),
    ]
}
