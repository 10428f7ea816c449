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
        var broken = generated
        broken[3].1 += Array("\nclaim late\n  about: nowhere\n".utf8)
        cases.append(("one broken file", broken))
        for (id, files) in cases {
            try withTemporaryDirectory { dir in
                for (path, bytes) in files { try dir.write(Data(bytes), to: path) }
                let loaded = try AnnotationLoader.load(paths: [dir.path])
                let paths = try AnnotationLoader.files(in: [dir.path])
                if id == "generated" || id == "bundled" { #expect(AnnotationLoader.loadFast(paths) != nil, "\(id) fell back to the precise path") }
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
