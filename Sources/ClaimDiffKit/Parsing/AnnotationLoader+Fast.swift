import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension AnnotationLoader {
    /// Loads files that read cleanly, on every core; nil when any file has a problem (or cannot
    /// be read), so that the precise path reads them all again and reports it.
    ///
    /// Same passes as `AnnotationParser.build`: the files that hold vocabulary records first
    /// (read in parts, one parser per part), then every other file's papers, claims and
    /// reviews, by one worker per core (each starting from the vocabulary) taking blocks of
    /// files, merged in file order. Files are read one at a time into a worker's buffer, never
    /// all at once. Only a result without a single diagnostic is kept, so the model is the one
    /// the precise path builds.
    static func loadFast(_ files: [String]) -> AnnotationSet? {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // A few chunks per core for finding the vocabulary files.
        let chunks = Self.chunks(files.count, parts: 2 * cores)
        // Find the files that hold vocabulary, keeping only their bytes: the others are read
        // again when their records are built, one at a time, so that the whole input is never
        // in memory at once.
        let found = Parallel.map(chunks) { range -> [(Int, [UInt8])]? in
            let reader = FileReader()
            var vocabulary: [(Int, [UInt8])] = []
            for i in range {
                guard let bytes = reader.read(files[i]) else { return nil }
                if Self.holdsVocabulary(bytes) { vocabulary.append((i, Array(bytes))) }
            }
            return vocabulary
        }
        guard !found.contains(where: { $0 == nil }) else { return nil }

        var parser = AnnotationParser()
        // Each vocabulary file in parts, read on every core; the parts in file order.
        var parts: [SyntaxFile] = []
        var vocabularyFiles: [Range<Int>] = []
        for (i, bytes) in found.flatMap({ $0! }) {
            guard let pieces = bytes.withUnsafeBufferPointer({ FastRecordReader.readInParts($0, path: files[i], parts: 2 * cores) }) else { return nil }
            vocabularyFiles.append(parts.count..<parts.count + pieces.count)
            parts += pieces
        }
        let vocabularyIndices = Set(found.flatMap { $0!.map(\.0) })
        // Ladders and scales first, then propositions, a part at a time, one parser each: a
        // proposition's record needs only the ladders and scales.
        for part in parts {
            for case .record(let r) in part.items where r.keyword == "ladder" || r.keyword == "scale" || r.keyword == "speaker" { parser.buildLaddersAndScales([r]) }
        }
        let ladderParser = parser
        let built = Parallel.map(parts) { part in
            var worker = ladderParser
            for case .record(let r) in part.items where r.keyword == "proposition" {
                worker.checkFields(r)
                worker.buildProposition(r)
            }
            return worker
        }
        parser.propositions.reserveCapacity(built.reduce(0) { $0 + $1.propositions.count })
        for part in built {
            guard part.diagnostics.isEmpty else { return nil }
            // A key declared in two parts is a duplicate their parsers could not see.
            for (key, p) in part.propositions where parser.propositions.updateValue(p, forKey: key) != nil { return nil }
        }
        parser.resolveLinks()
        guard parser.diagnostics.isEmpty else { return nil }

        let vocabularyParser = parser
        let claimBuilder = FastClaimBuilder(parser)
        // One worker per core, each taking blocks of files until none are left, and keeping
        // each block's claims apart so that they are merged in file order.
        let blocks = Self.chunks(files.count, parts: max(1, files.count / 64))
        let queue = BlockQueue(count: blocks.count)
        var workers = Parallel.map(Array(0..<cores)) { _ -> (AnnotationParser, [(Int, ClaimBuffer)])? in
            var worker = vocabularyParser
            var builder = claimBuilder
            builder.ownTermValues()
            var outputs: [(Int, ClaimBuffer)] = []
            let reader = FileReader()
            while let b = queue.take() {
                let output = ClaimBuffer(capacity: 8 << 10)
                for i in blocks[b] where !vocabularyIndices.contains(i) {
                    guard let bytes = reader.read(files[i]),
                          FastFileBuilder.build(bytes, path: files[i], into: &worker, claims: &builder, output: output) else {
                        queue.cancel()
                        return nil
                    }
                }
                outputs.append((b, output))
            }
            return worker.diagnostics.isEmpty ? (worker, outputs) : nil
        }
        // The papers, claims and reviews of files that hold vocabulary (usually none), by the
        // parser's own builders from the records already read, each file's parts put together.
        var rest = vocabularyParser
        for range in vocabularyFiles where parts[range].contains(where: { $0.records.contains { ["paper", "claim", "review"].contains($0.keyword) } }) {
            var file = SyntaxFile(path: parts[range.lowerBound].path)
            for part in parts[range] { file.items += part.items }
            rest.buildRecords(of: file)
        }
        workers.append(rest.diagnostics.isEmpty ? (rest, []) : nil)
        guard workers.allSatisfy({ $0 != nil }) else { return nil }
        // Ids in strictly increasing order are sorted and unique: each worker checked its own as
        // it built them. Otherwise the set sorts them, and a claim id given in two chunks is a
        // duplicate their parsers could not see.
        let buffers = workers.flatMap { $0!.1 }.sorted { $0.0 < $1.0 }.map(\.1)
        let inOrder = ClaimBuffer.inOrder(buffers) && workers.last!!.0.claims.isEmpty
        parser.claims = ClaimBuffer.merge(buffers)
        var reviewIDs: Set<String> = []
        for i in workers.indices {
            // Taken out of the list, so that each worker is freed as soon as merged.
            let worker = workers[i]!.0
            workers[i] = nil
            for (id, paper) in worker.papers {
                guard parser.papers.updateValue(paper, forKey: id) == nil else { return nil }
            }
            parser.claims += worker.claims
            for r in worker.reviews where !reviewIDs.insert(r.flagID).inserted { return nil }
            parser.reviews += worker.reviews
            parser.resolvedByLocations.merge(worker.resolvedByLocations) { a, _ in a }
        }
        let (set, diagnostics) = parser.finish(claimsInOrder: inOrder)
        guard diagnostics.isEmpty, inOrder || !zip(set.claims, set.claims.dropFirst()).contains(where: { $0.id == $1.id }) else { return nil }
        return set
    }

    /// `0..<count` in about `parts` contiguous ranges.
    static func chunks(_ count: Int, parts: Int) -> [Range<Int>] {
        let size = max(1, (count + parts - 1) / parts)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// True when a line starts with `ladder`, `scale`, `speaker` or `proposition` as a whole word: the
    /// only records the first pass needs. Line starts are found eight bytes at a time.
    static func holdsVocabulary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        if startsVocabulary(base, at: 0, n) { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080, newlines = ones &* 0x0A
        var i = 0
        while i + 8 <= n {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ newlines
            // A high bit for each byte that may be `\n` (a byte above a real one can be flagged too: checked).
            var m = (x &- ones) & ~x & high
            while m != 0 {
                let at = i + m.trailingZeroBitCount / 8
                if base[at] == UInt8(ascii: "\n"), startsVocabulary(base, at: at + 1, n) { return true }
                m &= m - 1
            }
            i += 8
        }
        while i < n {
            if base[i] == UInt8(ascii: "\n"), startsVocabulary(base, at: i + 1, n) { return true }
            i += 1
        }
        return false
    }

    /// True when the line at `start` starts with a vocabulary keyword as a whole word.
    private static func startsVocabulary(_ base: UnsafePointer<UInt8>, at start: Int, _ n: Int) -> Bool {
        guard start < n else { return false }
        let word: StaticString
        switch base[start] {
        case UInt8(ascii: "l"): word = "ladder"
        case UInt8(ascii: "s"):
            if start + 1 < n, base[start + 1] == UInt8(ascii: "p") { word = "speaker" } else { word = "scale" }
        case UInt8(ascii: "p"): word = "proposition"
        default: return false
        }
        let length = word.utf8CodeUnitCount
        guard start + length <= n, memcmp(base + start, word.utf8Start, length) == 0 else { return false }
        let next = start + length < n ? base[start + length] : UInt8(ascii: "\n")
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "#") || next == UInt8(ascii: "\n") || next == 0x0D
    }
}
