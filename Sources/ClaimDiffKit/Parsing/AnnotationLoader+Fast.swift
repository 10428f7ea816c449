import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension AnnotationLoader {
    /// Loads files that read cleanly, on every core; nil when any file has a problem (or cannot
    /// be read), so that the precise path reads them all again and reports it.
    ///
    /// Same passes as `AnnotationParser.build`: the files that hold vocabulary records first,
    /// then every file's papers, claims and reviews, in chunks of files with one parser each
    /// (each starting from the vocabulary), merged in file order. Only a result without a
    /// single diagnostic is kept, so the model is the one the precise path builds.
    static func loadFast(_ files: [String]) -> AnnotationSet? {
        let phases = PhaseClock()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // A few chunks per core: enough to share the work, few enough that each chunk's
        // memo of values read (dates, figures) is not made again too often.
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
        phases.mark("find vocabulary")

        var parser = AnnotationParser()
        var vocabularyFiles: [SyntaxFile] = []
        for (i, bytes) in found.flatMap({ $0! }) {
            guard let syntax = bytes.withUnsafeBufferPointer({ FastRecordReader.readInParts($0, path: files[i], parts: 2 * cores) }) else { return nil }
            vocabularyFiles.append(syntax)
        }
        let vocabularyIndices = Set(found.flatMap { $0!.map(\.0) })
        phases.mark("read vocabulary")
        // Ladders and scales first, then propositions, in chunks, one parser each: a
        // proposition's record needs only the ladders and scales.
        let records = vocabularyFiles.flatMap(\.records)
        parser.buildLaddersAndScales(records)
        let propositions = records.filter { $0.keyword == "proposition" }
        let ladderParser = parser
        let parts = Parallel.map(Self.chunks(propositions.count, parts: 2 * cores)) { range in
            var worker = ladderParser
            for r in propositions[range] {
                worker.checkFields(r)
                worker.buildProposition(r)
            }
            return worker
        }
        for part in parts {
            guard part.diagnostics.isEmpty else { return nil }
            // A key declared in two chunks is a duplicate their parsers could not see.
            for (key, p) in part.propositions where parser.propositions.updateValue(p, forKey: key) != nil { return nil }
        }
        guard parser.diagnostics.isEmpty else { return nil }
        phases.mark("build vocabulary")

        let vocabularyParser = parser
        let claimBuilder = FastClaimBuilder(parser)
        var built = Parallel.map(chunks) { range -> AnnotationParser? in
            var worker = vocabularyParser
            var builder = claimBuilder
            let reader = FileReader()
            for i in range where !vocabularyIndices.contains(i) {
                guard let bytes = reader.read(files[i]),
                      FastFileBuilder.build(bytes, path: files[i], into: &worker, claims: &builder) else { return nil }
            }
            return worker.diagnostics.isEmpty ? worker : nil
        }
        // The papers, claims and reviews of files that hold vocabulary (usually none), by the
        // parser's own builders from the records already read.
        var rest = vocabularyParser
        for file in vocabularyFiles { rest.buildRecords(of: file) }
        built.append(rest.diagnostics.isEmpty ? rest : nil)
        phases.mark("build claims")
        guard built.allSatisfy({ $0 != nil }) else { return nil }
        parser.claims.reserveCapacity(built.reduce(0) { $0 + $1!.claims.count })
        var reviewIDs: Set<String> = []
        for i in built.indices {
            // Taken out of the list, so that each worker's arrays are freed as soon as merged.
            let worker = built[i]!
            built[i] = nil
            for (id, paper) in worker.papers {
                guard parser.papers.updateValue(paper, forKey: id) == nil else { return nil }
            }
            parser.claims += worker.claims
            for r in worker.reviews where !reviewIDs.insert(r.flagID).inserted { return nil }
            parser.reviews += worker.reviews
            parser.resolvedByLocations.merge(worker.resolvedByLocations) { a, _ in a }
        }
        // Ids in strictly increasing order are sorted and unique: one pass checks both. Otherwise
        // the set sorts them, and a claim id given in two chunks is a duplicate their parsers
        // could not see.
        let inOrder = parser.claims.withUnsafeBufferPointer { c in c.indices.dropFirst().allSatisfy { c[$0 - 1].id < c[$0].id } }
        let (set, diagnostics) = parser.finish(claimsInOrder: inOrder)
        guard diagnostics.isEmpty, inOrder || !zip(set.claims, set.claims.dropFirst()).contains(where: { $0.id == $1.id }) else { return nil }
        phases.mark("merge")
        return set
    }

    /// `0..<count` in about `parts` contiguous ranges.
    static func chunks(_ count: Int, parts: Int) -> [Range<Int>] {
        let size = max(1, (count + parts - 1) / parts)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// True when a line starts with `ladder`, `scale` or `proposition` as a whole word: the
    /// only records the first pass needs.
    static func holdsVocabulary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let words: [[UInt8]] = [Array("ladder".utf8), Array("scale".utf8), Array("proposition".utf8)]
        var start = 0
        while start < bytes.count {
            let b = base[start]
            if b == UInt8(ascii: "l") || b == UInt8(ascii: "s") || b == UInt8(ascii: "p") {
                for w in words where start + w.count <= bytes.count && UnsafeBufferPointer(start: base + start, count: w.count).elementsEqual(w) {
                    let next = start + w.count < bytes.count ? base[start + w.count] : UInt8(ascii: "\n")
                    if next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "#") || next == UInt8(ascii: "\n") || next == 0x0D {
                        return true
                    }
                }
            }
            guard let nl = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { break }
            start = UnsafePointer(nl.assumingMemoryBound(to: UInt8.self)) - base + 1
        }
        return false
    }
}
