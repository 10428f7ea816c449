import Foundation
import Testing
@testable import ClaimDiffKit

/// The fast path reads bytes straight into records and builds the model on every core; the
/// precise path (decode, RecordReader, one parser) is the specification. Wherever the fast path
/// gives an answer it must be the precise path's, and the loader must give the precise path's
/// model and diagnostics whatever the input.
@Suite struct FastPathTests {
    /// The precise reader's tree and diagnostics, or nil when the bytes do not decode.
    static func precise(_ bytes: [UInt8], path: String = "t.claims") -> (SyntaxFile, [Diagnostic])? {
        guard case .success(let source) = SourceText.decode(bytes, path: path) else { return nil }
        var reader = RecordReader(source: source)
        return (reader.read(), reader.diagnostics)
    }

    static func fast(_ bytes: [UInt8], path: String = "t.claims") -> SyntaxFile? {
        bytes.withUnsafeBufferPointer { FastRecordReader.read($0, path: path) }
    }

    /// Checks one input: a fast tree must equal a clean precise one.
    @discardableResult
    static func check(_ bytes: [UInt8], _ label: String, mustRead: Bool = false) -> Bool {
        let fast = Self.fast(bytes)
        if mustRead { #expect(fast != nil, "\(label): the fast reader gave up on a clean file") }
        guard let fast else { return false }
        defer { #expect(precise(bytes) != nil) }
        guard let (tree, diagnostics) = precise(bytes) else {
            Issue.record("\(label): the fast reader read bytes that do not decode")
            return true
        }
        #expect(diagnostics.isEmpty, "\(label): the fast reader read a file with problems: \(diagnostics.map(\.headline))")
        #expect(fast == tree, "\(label): the trees differ")
        return true
    }

    static func bundled() -> [(String, [UInt8])] {
        PackagePaths.annotationFiles().map { ($0, [UInt8](FileManager.default.contents(atPath: $0)!)) }
    }

    @Test func cleanFilesReadTheSame() throws {
        for (path, bytes) in Self.bundled() { Self.check(bytes, path, mustRead: true) }
        try withTemporaryDirectory { dir in
            _ = try CorpusGenerator.write(.init(claims: 600, seed: 4), to: dir.path)
            for f in try AnnotationLoader.files(in: [dir.path]) {
                Self.check([UInt8](FileManager.default.contents(atPath: f)!), f, mustRead: true)
            }
        }
        let tricky = """
        # a comment before anything

        paper p1   # trailing comment
        \ttitle:\t"A \\"quoted\\" title with \\\\ and # inside"  # comment
          publisher: Caf\u{E9} \u{1F600} #not a comment#
          published: 2024   # printed
          # a comment above a field
          source: x.txt
          # trailing comment of the record

        # between records
        claim c1
          about: a.b
          value:  tactical\t
          quote: "\u{201C}typographic\u{201D} — dashes"

        # at the end
        """
        Self.check(Array(tricky.utf8), "tricky", mustRead: true)
    }

    @Test func malformedSnippetsAreLeftToThePreciseReader() {
        for row in MalformedSnippetTests.rows { Self.check(Array(row.input.utf8), row.id) }
        for row in MalformedSnippetTests.byteRows { Self.check(row.bytes, row.id) }
    }

    /// Thousands of small edits (bytes that matter to the syntax, and a few that break UTF-8) of
    /// real and generated files.
    @Test func mutatedFilesReadTheSameOrFallBack() throws {
        var rng = SplitMix64(seed: 20_261_122)
        let tokens: [[UInt8]] = ["#", " #", "\"", "\\", "\\\"", ":", " ", "\t", "\n", "\r", "\r\n", "\n\n", "  ", "claim x\n",
                                 "é", "😀", "a", "-", "..", "\u{FEFF}"].map { Array($0.utf8) } + [[0], [0xFF], [0xC3], [0xED, 0xA0, 0x80]]
        let bases = Self.bundled().map(\.1)
        var read = 0
        for n in 0..<3000 {
            let base = bases[n % bases.count]
            // A window of a few lines, so that each check is quick.
            let lines = base.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let from = rng.below(max(1, lines.count - 12))
            var bytes = Array(lines[from..<min(lines.count, from + 12)].joined(separator: [UInt8(ascii: "\n")]))
            for _ in 0..<(1 + rng.below(3)) where !bytes.isEmpty {
                let at = rng.below(bytes.count)
                switch rng.below(3) {
                case 0: bytes.insert(contentsOf: rng.pick(tokens), at: at)
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + rng.below(4)))
                default: bytes[at] = rng.pick(tokens)[0]
                }
            }
            if Self.check(bytes, "mutation \(n)") { read += 1 }
        }
        // Many edits leave a valid file (inside a quote, a comment, a blank): those must be read fast.
        #expect(read > 400, "only \(read) of 3000 edited files read the fast way")
    }

    /// The loader (fast, or precise after falling back) against the precise parser, on whole
    /// directories: the same model, the same diagnostics.
    @Test func loaderGivesThePreciseModelAndDiagnostics() throws {
        var cases: [(String, [(String, [UInt8])])] = MalformedSnippetTests.rows.map { ($0.id, [("t.claims", Array($0.input.utf8))]) }
        cases += MalformedSnippetTests.acrossFileRows.map { ($0.id, $0.files.map { ($0.path, Array($0.text.utf8)) }) }
        cases += MalformedSnippetTests.byteRows.map { ($0.id, [("t.claims", $0.bytes)]) }
        cases.append(("bundled", Self.bundled().map { (String($0.0.split(separator: "/").last!), $0.1) }))
        let generated = try withTemporaryDirectory { dir in
            _ = try CorpusGenerator.write(.init(claims: 800, seed: 8, skew: true), to: dir.path)
            return try AnnotationLoader.files(in: [dir.path]).map { (String($0.dropFirst(dir.path.count + 1)), [UInt8](FileManager.default.contents(atPath: $0)!)) }
        }
        cases.append(("generated", generated))
        // The generated corpus with a duplicate claim id in two far-apart files, and with one broken file.
        var duplicate = generated
        duplicate.append(("papers/zz.claims", Array("paper zz\n  title: T\n  publisher: P\n  published: 2021\n  source: s\n\nclaim p00001-001\n  about: energy.q000001\n  value: tactical\n  quote: \"q\"\n".utf8)))
        cases.append(("duplicate across files", duplicate))
        // A paper and its claims in the vocabulary file (built from the records read in parts),
        // and a paper whose claim ids sort before every other (merged out of file order).
        let paper = { (id: String, claim: String) in
            Array("\npaper \(id)\n  title: T\n  publisher: P\n  published: 2021\n  source: s\n\nclaim \(claim)\n  about: energy.q000001\n  value: tactical\n  quote: \"q\"\n  note: \"a \\\"note\\\"\"\n".utf8)
        }
        var mixed = generated
        let v = mixed.firstIndex { $0.0 == "vocabulary.claims" }!
        mixed[v].1 += paper("zz", "zz-001")
        cases.append(("claims in the vocabulary file", mixed))
        var early = generated
        early.append(("papers/zz.claims", paper("zz", "a00-001")))
        cases.append(("ids out of file order", early))
        // Speakers in the vocabulary and claims that name a speaker, relay a claim or cite a paper:
        // read fast, to the same model.
        let sources = MalformedSnippetTests.speakerVocabulary + MalformedSnippetTests.speakerPaper("p", "  speaker: dorn\n  attributed-to: MP Dorn\n")
            + MalformedSnippetTests.speakerPaper("q", "  relays: p1\n") + MalformedSnippetTests.speakerPaper("r", "  cites: q\n")
        cases.append(("speakers and sources", [("vocabulary.claims", Array(MalformedSnippetTests.speakerVocabulary.utf8)),
                                               ("papers/p.claims", Array(sources.dropFirst(MalformedSnippetTests.speakerVocabulary.count).utf8))]))
        var broken = generated
        broken[3].1 += Array("\nclaim late\n  about: nowhere\n".utf8)
        cases.append(("one broken file", broken))
        for (id, files) in cases {
            try withTemporaryDirectory { dir in
                for (path, bytes) in files { try dir.write(Data(bytes), to: path) }
                let loaded = try AnnotationLoader.load(paths: [dir.path])
                let paths = try AnnotationLoader.files(in: [dir.path])
                if ["generated", "bundled", "claims in the vocabulary file", "ids out of file order", "speakers and sources"].contains(id) { #expect(AnnotationLoader.loadFast(paths) != nil, "\(id) fell back to the precise path") }
                let (set, diagnostics) = Snippet.parseBytes(paths.map { ($0, [UInt8](FileManager.default.contents(atPath: $0)!)) })
                #expect(loaded.diagnostics == diagnostics, "\(id): diagnostics differ")
                #expect(ModelDump.text(loaded.set) == ModelDump.text(set), "\(id): models differ")
            }
        }
    }

    /// Claims edited the ways annotators get them wrong (and right): every field valid and
    /// invalid, wrong kinds, duplicates, bad ids. The loader must agree with the precise parser.
    @Test func editedClaimsLoadAsThePreciseParserReadsThem() throws {
        let lines = ["  as-of: 2019-02", "  as-of: 2019-13", "  period: 2019", "  event: 2018-07-04", "  event: \"2018\"", "  by: 2026",
                     "  by: 2021-Q2", "  likelihood: likely", "  likelihood: probably", "  hedge: reportedly", "  attributed-to: a minister",
                     "  denied-by: the ministry", "  reversal: yes", "  reversal: no", "  reversal: maybe", "  change: 2019 -> 2020",
                     "  change: 2020 -> 2019", "  change: 2019", "  note: \"a \\\"quoted\\\" note\"", "  quote: \"\"", "  quote: \"  \"",
                     "  quote: bare", "  value: tactical", "  value: \"tactical\"", "  value: tactica", "  value: delivered", "  value: < delivered",
                     "  value: requested..promised", "  value: >= nothing", "  value: 4.2 billion USD", "  value: ~4 billion USD",
                     "  value: 4,2 billion USD", "  value: 4.2 million tonnes", "  value: 5.5 thousand barrels", "  value: likely",
                     "  value: -12 %", "  value: ~30 %", "  about: energy.q000001", "  about: nowhere.q1", "  about: \"energy.q000001\"",
                     "  unknown: x", "  value: tactical   # a comment", "  # a comment", "", "# a column-1 comment", "\tvalue: promised"]
        var rng = SplitMix64(seed: 77)
        try withTemporaryDirectory { dir in
            // The vocabulary and one paper at a time: the edits stay within a file.
            _ = try CorpusGenerator.write(.init(claims: 150, papers: 3, seed: 12), to: dir.path + "/corpus")
            let vocabulary = try dir.read("corpus/vocabulary.claims")
            let papers = try (1...3).map { try dir.read("corpus/papers/p0000\($0).claims") }
            try dir.write(vocabulary, to: "one/vocabulary.claims")
            let path = dir.path + "/one/paper.claims"
            var fellBack = 0
            for n in 0..<120 {
                var text = rng.pick(papers).components(separatedBy: "\n")
                let headers = text.indices.filter { text[$0].hasPrefix("claim ") }
                let h = rng.pick(headers)
                let fieldLines = (h + 1..<text.count).prefix { !text[$0].isEmpty }
                switch fieldLines.isEmpty ? 0 : rng.below(5) {
                case 0, 1: text.insert(rng.pick(lines), at: h + 1 + rng.below(fieldLines.count + 1))
                case 2: text[rng.pick(Array(fieldLines))] = rng.pick(lines)
                case 3: text.remove(at: rng.pick(Array(fieldLines)))
                default: text[h] = rng.pick(["claim Bad_ID", "claim " + text[rng.pick(headers)].dropFirst(6), "claim a..b", "claim ok-id # note"])
                }
                try Data(text.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
                let loaded = try AnnotationLoader.load(paths: [dir.path + "/one"])
                let paths = try AnnotationLoader.files(in: [dir.path + "/one"])
                let (set, diagnostics) = Snippet.parseBytes(paths.map { ($0, [UInt8](FileManager.default.contents(atPath: $0)!)) })
                if !diagnostics.isEmpty { fellBack += 1 }
                #expect(loaded.diagnostics == diagnostics, "edit \(n): diagnostics differ")
                #expect(ModelDump.text(loaded.set) == ModelDump.text(set), "edit \(n): models differ")
            }
            // Both kinds of edit must be common: ones the fast path keeps and ones it hands over.
            #expect(fellBack > 25 && fellBack < 100, "\(fellBack) of 120 edits were errors")
        }
    }

    @Test func walkListsWhatFileManagerLists() throws {
        try withTemporaryDirectory { dir in
            for f in ["top.claims", "notes.txt", "a/b/c.claims", "a/.hidden.claims", "x.claims/inner.claims", ".dot/d.claims"] {
                try dir.write("", to: f)
            }
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/link", withDestinationPath: dir.path + "/a")
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/alias.claims", withDestinationPath: dir.path + "/top.claims")
            var mine: [String] = []
            AnnotationLoader.walk(dir.path, "") { mine.append($0) }
            var theirs: [String] = []
            let walker = FileManager.default.enumerator(atPath: dir.path)
            while let rel = walker?.nextObject() as? String { theirs.append(rel) }
            #expect(mine.sorted() == theirs.sorted())
        }
    }

    @Test func simpleDatesReadAsTimeSpanParseReadsThem() {
        var texts = ["2024", "0000", "9999", "202", "20245", "2024-", "2024-1", "2024-001", "2024-11-5", "2024-11-05-",
                     "2024/11", "2024-11-05 ", " 2024", "~2024", "2024..2025", "2024-h1", "2024-q1", "abcd"]
        for y in [1900, 2000, 2023, 2024] {
            for m in 0...13 {
                texts.append("\(y)-\(CivilDate.pad(m, 2))")
                for d in [0, 1, 28, 29, 30, 31, 32] { texts.append("\(y)-\(CivilDate.pad(m, 2))-\(CivilDate.pad(d, 2))") }
            }
            for n in 0...5 { texts += ["\(y)-Q\(n)", "\(y)-H\(n)"] }
        }
        for t in texts {
            let simple = Array(t.utf8).withUnsafeBufferPointer { FastClaimBuilder.simpleDate($0) }
            let parsed = try? TimeSpan.parse(t).get()
            if let simple { #expect(simple == parsed, "\(t)") }
            if parsed != nil, !t.contains(" "), !t.contains("~"), !t.contains("..") { #expect(simple != nil, "\(t) not read the simple way") }
        }
    }
}

/// The pieces the fast loader is made of, each against the plain way of doing the same.
@Suite struct FastPathPartsTests {
    @Test func keywordsAreRecordReaderKeywords() {
        for word in RecordReader.keywords + ["clam", "claims", "Claim", "papers", "scal", "ladders", "proposition2", "review-", "c", ""] {
            let bytes = Array(word.utf8) + [UInt8(ascii: " ")]
            let found = bytes.withUnsafeBufferPointer { FastRecordReader.keyword(.init(base: $0.baseAddress!, count: $0.count), word.utf8.count) }
            #expect(found == (RecordReader.keywords.contains(word) ? word : nil), "\(word)")
        }
    }

    @Test func claimKeysAreTheSchemasFields() {
        let fields = RecordSchema.named("claim")!.fields
        #expect(ClaimSchema.names == fields)
        for word in fields + ["abouts", "as-if", "quota", "not", "by-", "likelihoods", "attributed_to", "b", "x", "aboutx", "reversals"] {
            let found = Array(word.utf8).withUnsafeBufferPointer { FastClaimBuilder.keys.find($0.baseAddress!, $0.count) }
            #expect(found.map { ClaimSchema.names[$0] } == (fields.contains(word) ? word : nil), "\(word)")
        }
        // Any number of names, of any length: no slot limit.
        let many = (0..<40).map { "field-\($0)" } + ["a", String(repeating: "x", count: 70)]
        let table = ClaimKeyTable(many)
        for (i, name) in many.enumerated() {
            #expect(Array(name.utf8).withUnsafeBufferPointer { table.find($0.baseAddress!, $0.count) } == i, "\(name)")
        }
    }

    /// What `holdsVocabulary` says, the slow way: a line that starts with one of the words and then a blank, `#` or the end.
    static func holdsVocabulary(_ bytes: [UInt8]) -> Bool {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).contains { line in
            ["ladder", "scale", "proposition"].contains { w in
                line.starts(with: Array(w.utf8))
                    && (line.count == w.utf8.count || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"), 0x0D].contains(line[line.startIndex + w.utf8.count]))
            }
        }
    }

    @Test func vocabularyFilesAreFoundAsLineByLine() {
        var rng = SplitMix64(seed: 31)
        let pieces = ["proposition", "ladder", "scale", "propositions", "scale\t", "ladder#", "\n", " ", "x", "paper p", "\r", "lad", "\nscale"]
        var inputs: [[UInt8]] = FastPathTests.bundled().map(\.1)
        for _ in 0..<2000 {
            var s = ""
            for _ in 0..<rng.below(12) { s += rng.pick(pieces) }
            inputs.append(Array(s.utf8))
        }
        for bytes in inputs {
            let fast = bytes.withUnsafeBufferPointer { AnnotationLoader.holdsVocabulary($0) }
            #expect(fast == Self.holdsVocabulary(bytes), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }

    /// A file read in parts gives the records (fields, lines, columns) of a file read in one.
    @Test func partsReadAsTheWholeFile() throws {
        let bundled = FastPathTests.bundled()
        var inputs = bundled.map(\.1)
        try withTemporaryDirectory { dir in
            _ = try CorpusGenerator.write(.init(claims: 2000, seed: 5), to: dir.path)
            inputs.append(Array(try dir.read("vocabulary.claims").utf8))
        }
        inputs.append(Array("# only a comment\n\nproposition a.b  # c\n  kind: ladder\n# between\n\n  title: t\n\nladder l\n  steps: a < b\n".utf8))
        for bytes in inputs {
            let whole = bytes.withUnsafeBufferPointer { FastRecordReader.read($0, path: "v.claims") }
            for parts in [2, 3, 7, 50] {
                let pieces = bytes.withUnsafeBufferPointer { FastRecordReader.readInParts($0, path: "v.claims", parts: parts, minimumSize: 0) }
                #expect((pieces == nil) == (whole == nil))
                guard let whole, let pieces else { continue }
                let bare = { (r: SyntaxRecord) -> SyntaxRecord in
                    var r = r
                    (r.leadingComments, r.trailingComments) = ([], [])
                    r.fields = r.fields.map { var f = $0; f.leadingComments = []; return f }
                    return r
                }
                #expect(pieces.flatMap(\.records).map(bare) == whole.records.map(bare), "\(parts) parts")
            }
        }
    }

    /// The quote and the note live in the claim's box: setting any field keeps them, and
    /// setting them keeps the rest.
    @Test func claimTextSurvivesEdits() {
        let span = TimeSpan(start: 1, end: 2, precision: .day, text: "1970-01-02")
        let quote = "“Typographic” quote with é, 😀 and \"escapes\" \\", note = "a note, also ü"
        var c = Claim(id: "c1", paper: "p", about: "a.b", value: .term("x"), quote: quote,
                      location: SourceLocation(file: "f.claims", line: 3, column: 1), time: span, madeAt: span)
        #expect(c.quote == quote && c.note == nil)
        c.note = note
        #expect(c.quote == quote && c.note == note)
        c.hedge = "allegedly"
        c.change = (span, span)
        c.paper = "q"
        c.location = SourceLocation(file: "g.claims", line: 9, column: 2)
        #expect(c.quote == quote && c.note == note && c.hedge == "allegedly" && c.change?.to == span && c.paper == "q")
        #expect(c.location == SourceLocation(file: "g.claims", line: 9, column: 2) && c.madeAt == span)
        c.quote = ""
        #expect(c.quote == "" && c.note == note)
        c.note = nil
        #expect(c.quote == "" && c.note == nil && c.hedge == "allegedly")
        c.change = nil
        #expect(c.change == nil && c.stance == .hedged)
    }
}
