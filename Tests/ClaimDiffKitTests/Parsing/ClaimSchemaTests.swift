import Foundation
import Testing
@testable import ClaimDiffKit

/// `ClaimSchema` is the one list of claim fields: the docs, the fuzz dictionary, `fmt` and a
/// claim's mirror follow it, and the fast builder gives the precise parser's claims, every
/// field and the text included.
@Suite struct ClaimSchemaTests {
    /// The rows of the docs' field table for `claim ID`: each field and whether it is required.
    static func documentedFields() throws -> [(name: String, required: Bool)] {
        let docs = try String(contentsOfFile: PackagePaths.root + "/Docs/annotation-language.md", encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "### `claim ID`").dropFirst().first?.components(separatedBy: "\n### ").first)
        return section.split(separator: "\n").compactMap { line -> (String, Bool)? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[0].hasPrefix("`"), cells[0].hasSuffix("`") else { return nil }
            return (String(cells[0].dropFirst().dropLast()), cells[1] == "yes")
        }
    }

    @Test func docsTableListsEveryFieldOnce() throws {
        let documented = try Self.documentedFields()
        #expect(documented.map(\.name).sorted() == ClaimSchema.names.sorted())
        for f in ClaimSchema.fields {
            #expect(documented.first { $0.name == f.name }?.required == f.required, "\(f.name): required in the docs and the schema differ")
        }
    }

    @Test func fuzzDictionaryNamesEveryField() throws {
        let dict = try String(contentsOfFile: PackagePaths.root + "/Tests/Fuzz/claims.dict", encoding: .utf8)
        for name in ClaimSchema.names { #expect(dict.contains("\"\(name): "), "\(name) is not in claims.dict") }
    }

    @Test func fmtWritesFieldsInSchemaOrder() {
        let shuffled = "claim c\n" + ClaimSchema.names.reversed().map { "  \($0): x\n" }.joined()
        let written = Snippet.format(shuffled).split(separator: "\n").dropFirst().map { String($0.split(separator: ":")[0].dropFirst(2)) }
        #expect(written == ClaimSchema.names)
    }

    /// The mirror shows every field of the schema and the quote's and note's text, so that two
    /// claims that dump alike say the same thing.
    @Test func mirrorShowsEveryFieldAndTheText() {
        let labels = Mirror(reflecting: Self.fullClaim).children.compactMap(\.label)
        for name in ClaimSchema.names { #expect(labels.contains(name), "\(name) is not in the mirror") }
        var out = ""
        dump(Self.fullClaim, to: &out)
        #expect(out.contains("quoted") && out.contains("the note"))
        var reversed = Self.fullClaim
        reversed.quote = String(reversed.quote.reversed())
        var other = ""
        dump(reversed, to: &other)
        #expect(out != other, "a different quote dumps alike")
    }

    static let fullClaim: Claim = {
        let (set, diagnostics) = Snippet.parse(FastBuilderAgreementTests.vocabulary + """

        paper p
          title: T
          publisher: P
          published: 2024
          source: p.txt

        claim c1
          about: x.amount
          value: 4 billion USD
          as-of: 2023
          attributed-to: a minister
          hedge: reportedly
          quote: "a \\"quoted\\" quote"
          note: "the note"
        """)
        precondition(diagnostics.isEmpty, "\(diagnostics)")
        return set.claims[0]
    }()
}

/// The fast builder against the precise parser on one file of claims after a vocabulary: on
/// every input it accepts, the same claims field by field (their mirrors), text included.
@Suite struct FastBuilderAgreementTests {
    static let vocabulary = """
    ladder steps
      steps: none < promised < delivered

    scale words
      likely: 0.55..0.8
      unlikely: 0.2..0.45

    proposition x.amount
      kind: amount
      title: An amount
      unit: USD

    proposition x.ladder
      kind: ladder
      title: A ladder
      ladder: steps

    proposition x.cat
      kind: category
      title: A category
      terms: alliance, partnership, tactical

    proposition x.odds
      kind: likelihood
      title: Odds
      scale: words
    """

    /// The claims the fast builder makes of `paper`, or nil when it hands the file over.
    static func fast(_ paper: [UInt8]) -> [Claim]? {
        var parser = AnnotationParser()
        guard let vocabulary = Array(vocabulary.utf8).withUnsafeBufferPointer({ FastRecordReader.read($0, path: "v.claims") }) else { return nil }
        parser.buildVocabulary([vocabulary])
        guard parser.diagnostics.isEmpty else { return nil }
        var builder = FastClaimBuilder(parser)
        let output = ClaimBuffer(capacity: 64)
        let ok = paper.withUnsafeBufferPointer { FastFileBuilder.build($0, path: "p.claims", into: &parser, claims: &builder, output: output) }
        guard ok, parser.diagnostics.isEmpty else { return nil }
        let claims = ClaimBuffer.merge([output]).sorted { $0.id < $1.id }
        // The loader hands a set with an id given twice to the precise parser, as here.
        guard !zip(claims, claims.dropFirst()).contains(where: { $0.id == $1.id }) else { return nil }
        return claims
    }

    static func dumps(_ claims: [Claim]) -> String {
        var out = ""
        for c in claims { dump(c, to: &out) }
        return out
    }

    /// Checks one paper file; true when the fast builder accepted it.
    @discardableResult
    static func check(_ paper: [UInt8], _ label: String) -> Bool {
        let (set, diagnostics) = Snippet.parseBytes([("v.claims", Array(vocabulary.utf8)), ("p.claims", paper)])
        guard let fast = fast(paper) else { return false }
        #expect(diagnostics.isEmpty, "\(label): the fast builder accepted a file with problems: \(diagnostics.map(\.headline))")
        #expect(dumps(fast) == dumps(set.claims), "\(label): the claims differ")
        return true
    }

    static let paper = """
    paper p
      title: T
      publisher: P
      published: 2024-03
      source: p.txt

    claim a1
      about: x.amount
      value: ~4.2 billion USD
      period: 2023
      quote: "trade was \\"about\\" 4.2 billion — up"
      note: "a note, with é"

    claim a2
      about: x.amount
      value: -12 %
      change: 2022 -> 2023
      hedge: reportedly
      status: preliminary
      quote: "fell 12%"

    claim a3
      about: x.amount
      value: 5 million USD
      fixed-at: 2019-06-28
      status: revised
      quote: "the deal fixed 5 million dollars"

    claim c2
      about: x.cat
      value: partnership
      since: ~2023-01..2023-03
      continues: yes
      quote: "since early 2023 it has remained a partnership"

    claim c3
      about: x.cat
      value: alliance
      continues: no
      key-judgement: yes
      quote: "an alliance"

    claim l1
      about: x.ladder
      value: promised..delivered
      event: 2024-02-11
      reversal: no
      attributed-to: a minister
      quote: "was promised"

    claim l2
      about: x.ladder
      value: <= promised
      by: 2025
      likelihood: likely
      quote: "will remain promised"

    claim c1
      about: x.cat
      value: tactical
      as-of: 2023-Q4
      denied-by: the ministry
      quote: "a tactical relationship"

    claim o1
      about: x.odds
      value: unlikely
      by: 2026-H1
      quote: "unlikely by mid-2026"
    """

    @Test func everyKindOfFieldBuildsTheSame() throws {
        #expect(Self.check(Array(Self.paper.utf8), "paper"), "the fast builder gave up on a clean file")
        let claims = try #require(Self.fast(Array(Self.paper.utf8)))
        let byID = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0) })
        #expect(byID["a2"]?.figureStatus == .preliminary && byID["a3"]?.figureStatus == .revised && byID["a1"]?.figureStatus == nil)
        #expect(byID["a3"]?.fixedAt?.text == "2019-06-28" && byID["a3"]?.time.text == "2024-03")
        #expect(byID["c2"]?.since?.text == "~2023-01..2023-03" && byID["c2"]?.since?.estimated == true && byID["c2"]?.continues == true)
        #expect(byID["c3"]?.continues == false && byID["c1"]?.since == nil && byID["c1"]?.fixedAt == nil)
        #expect(byID["c3"]?.isKeyJudgement == true && byID["c2"]?.isKeyJudgement == false)
    }

    /// Export writes a column for each field of a claim's position over time that some claim gives.
    @Test func exportWritesTheFieldsGiven() {
        let (set, diagnostics) = Snippet.parse([("v.claims", Self.vocabulary), ("p.claims", Self.paper)])
        #expect(diagnostics.isEmpty)
        let table = Export.claims(set)
        #expect(Array(table.columns.suffix(5)) == ["since", "continues", "fixed_at", "status", "key_judgement"])
        let row = table.rows.first { $0[0] == "c2" }!
        #expect(Array(row.suffix(5)) == ["~2023-01..2023-03", .bool(true), .null, .null, .null])
        #expect(table.rows.first { $0[0] == "c3" }!.last == .bool(true))
        let plain = Snippet.parse([("v.claims", Self.vocabulary), ("p.claims", Self.paper.components(separatedBy: "\n\nclaim a2")[0])]).0
        #expect(Export.claims(plain).columns.last == "note")
    }

    /// Thousands of small edits of the paper: each accepted one must give the precise claims.
    @Test func mutatedPapersBuildTheSameOrFallBack() {
        var rng = SplitMix64(seed: 20_261_201)
        let tokens: [[UInt8]] = ["#", " #", "\"", "\\", "\\\"", ":", " ", "\t", "\n", "  ", "-", "..", "~", "é", "a", "1", "0", "->", "%",
                                 "yes", "no", "claim x\n", "  note: n\n", "  by: 2027\n", "  likelihood: likely\n", "  reversal: yes\n",
                                 "  period: 2022\n", "  as-of: 2021\n",
                                 "  since: 2022\n", "  continues: yes\n", "  fixed-at: 2020-Q1\n", "  status: final\n", "  status: revised\n", "  key-judgement: yes\n"].map { Array($0.utf8) }
        let base = Array(Self.paper.utf8)
        var accepted = 0
        for n in 0..<1500 {
            var bytes = base
            for _ in 0..<(1 + rng.below(2)) {
                let at = rng.below(bytes.count)
                switch rng.below(3) {
                case 0: bytes.insert(contentsOf: rng.pick(tokens), at: at)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + rng.below(3)))
                default: bytes[at] = rng.pick(tokens)[0]
                }
            }
            if Self.check(bytes, "mutation \(n)") { accepted += 1 }
        }
        #expect(accepted > 150, "only \(accepted) of 1500 edited papers were built the fast way")
    }
}
