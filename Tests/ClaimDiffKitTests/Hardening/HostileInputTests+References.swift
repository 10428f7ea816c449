/// Rows whose records are each fine but do not fit together: duplicates across files, unknown
/// propositions, ladders and scales, equivalence cycles, reviews of flags that do not exist.
extension HostileInputTests {
    static let category = """
        proposition r.nature
          kind: category
          title: What the relationship is
          terms: alliance, alignment, partnership, rivalry

        """

    static let referenceRows: [Row] = [
        // MARK: duplicate ids across files
        Row(id: "claim-id-in-two-files",
            files: corpus(extra: ["papers/q.claims": paper.replacingOccurrences(of: "paper p", with: "paper q")]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/papers/q.claims:7:7: error: duplicate claim id 'c1'", "$D/papers/p.claims:7:7: note: claim 'c1' first defined here"]),
        Row(id: "paper-id-in-two-files",
            files: corpus(extra: ["papers/q.claims": paper.replacingOccurrences(of: "claim c1", with: "claim c2")]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/papers/q.claims:1:7: error: duplicate paper id 'p'", "$D/papers/p.claims:1:7: note: paper 'p' first defined here"]),
        Row(id: "proposition-key-in-two-files",
            files: corpus(extra: ["more.claims": "proposition x.trade\n  kind: amount\n  title: Trade again\n  unit: EUR\n"]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/vocabulary.claims:9:13: error: duplicate proposition id 'x.trade'", "$D/more.claims:1:13: note: proposition 'x.trade' first defined here"]),

        // MARK: unknown propositions, ladders, scales
        Row(id: "claim-about-an-unknown-proposition", files: corpus("about: x.transfer", "about: x.transfers"),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/papers/p.claims:8:10: error: unknown proposition 'x.transfers'; did you mean 'x.transfer'?"]),
        Row(id: "proposition-on-an-unknown-ladder",
            files: corpus(extra: ["vocabulary.claims": vocabulary.replacingOccurrences(of: "  ladder: l\n", with: "  ladder: m\n")]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/vocabulary.claims:7:11: error: unknown ladder 'm'; did you mean 'l'?"]),
        Row(id: "likelihood-on-an-unknown-scale",
            files: corpus(extra: ["odds.claims": "proposition x.odds\n  kind: likelihood\n  title: Will it happen\n  scale: icd203\n"]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/odds.claims:4:10: error: unknown scale 'icd203'"]),

        // MARK: cycles in equivalences
        Row(id: "equivalence-cycle-of-two",
            files: corpus(extra: ["cat.claims": category + "  equivalent: alliance = alignment; alignment = alliance\n"]),
            args: ["check", "$D"], code: .success, expected: ["1 paper, 1 claim, 4 propositions"]),
        Row(id: "equivalence-cycle-of-three-analysed",
            files: corpus(extra: ["cat.claims": category + "  equivalent: alliance = alignment = partnership; partnership = alliance\n",
                                  "papers/q.claims": "paper q\n  title: Q\n  publisher: Q\n  published: 2023\n  source: q.txt\n\nclaim q1\n  about: r.nature\n  value: alliance\n  quote: \"an alliance\"\n\nclaim q2\n  about: r.nature\n  value: partnership\n  quote: \"a partnership\"\n"]),
            args: ["analyze", "--annotations", "$D", "--out", "$D/out"], code: .success,
            expected: ["wrote 7 files to $D/out/: 2 flags, 0 open in the review queue"]),
        Row(id: "term-equivalent-to-itself",
            files: corpus(extra: ["cat.claims": category + "  equivalent: alliance = alliance\n"]),
            args: ["check", "$D"], code: .success, expected: ["1 paper, 1 claim, 4 propositions"]),
        Row(id: "term-excluding-itself",
            files: corpus(extra: ["cat.claims": category + "  excludes: rivalry | rivalry\n"]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/cat.claims:5:13: error: term 'rivalry' excludes itself in 'r.nature'"]),
        Row(id: "equivalent-and-excluded-through-a-cycle",
            files: corpus(extra: ["cat.claims": category + "  equivalent: alliance = alignment; alignment = partnership\n  excludes: partnership | alliance\n"]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/cat.claims:6:13: error: terms 'alliance' and 'partnership' are both equivalent and excluded in 'r.nature'"]),

        // MARK: reviews of unknown flags and claims
        Row(id: "review-of-an-unknown-flag-checks",
            files: corpus(extra: ["reviews.claims": "review f-0000000000\n  disposition: dismissed\n  note: re-annotated\n"]),
            args: ["check", "$D"], code: .success, expected: [ok]),
        Row(id: "review-of-an-unknown-flag-is-listed-stale",
            files: corpus(extra: ["reviews.claims": "review f-0000000000\n  disposition: dismissed\n  note: re-annotated\n"]),
            args: ["review", "--annotations", "$D"], code: .success, expected: ["0 open, 0 reviewed, 1 stale"]),
        Row(id: "review-resolved-by-an-unknown-claim",
            files: corpus(extra: ["reviews.claims": "review f-0000000000\n  disposition: resolved\n  resolved-by: c9\n  note: n\n"]),
            args: ["check", "$D"], code: .dataError,
            expected: ["$D/reviews.claims:3:16: error: review of 'f-0000000000' is resolved by unknown claim 'c9'; did you mean 'c1'?"]),
        Row(id: "recording-a-review-of-an-unknown-flag",
            files: corpus(), args: ["review", "f-nope", "--accept", "--note", "x", "--annotations", "$D"], code: .noInput,
            expected: ["claimdiff: error: no flag 'f-nope'; run 'claimdiff review' to list open flags"]),
        Row(id: "review-note-with-a-line-break",
            files: corpus(), args: ["review", "f-1", "--accept", "--note", "fine\nreview f-2", "--annotations", "$D"], code: .usage,
            expected: ["claimdiff: error: invalid value 'fine<U+000A>review f-2' for '--note'; expected one line"]),
        Row(id: "reviewer-with-a-unicode-line-separator",
            files: corpus(), args: ["review", "f-1", "--accept", "--note", "n", "--by", "a\u{2028}b", "--annotations", "$D"], code: .usage,
            expected: ["claimdiff: error: invalid value 'a<U+2028>b' for '--by'; expected one line"]),
        Row(id: "recording-a-review-when-the-reviews-file-is-broken",
            files: corpus(extra: ["reviews.claims": "review f-1\n  disposition: maybe\n  note: n\n"]),
            args: ["review", "f-1", "--accept", "--note", "x", "--annotations", "$D"], code: .dataError,
            expected: ["$D/reviews.claims:2:16: error: unknown disposition 'maybe'; expected one of accepted, dismissed, resolved, reopened"]),
    ]
}
