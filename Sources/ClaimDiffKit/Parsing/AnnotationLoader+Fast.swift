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
        let buffers = FileBuffers(count: files.count)
        // A few chunks per core: enough to share the work, few enough that each chunk's
        // memo of values read (dates, figures) is not made again too often.
        let chunks = Self.chunks(files.count, parts: 2 * ProcessInfo.processInfo.activeProcessorCount)
        // Read every file, noting which hold vocabulary.
        let read = Parallel.map(chunks) { range -> [Int]? in
            var vocabulary: [Int] = []
            for i in range {
                guard buffers.read(i, files[i]) else { return nil }
                if Self.holdsVocabulary(buffers[i]) { vocabulary.append(i) }
            }
            return vocabulary
        }
        guard !read.contains(where: { $0 == nil }) else { return nil }

        var parser = AnnotationParser()
        var vocabularyFiles: [Int: SyntaxFile] = [:]
        for i in read.flatMap({ $0! }) {
            guard let syntax = FastRecordReader.read(buffers[i], path: files[i]) else { return nil }
            vocabularyFiles[i] = syntax
        }
        let vocabulary = vocabularyFiles
        // Ladders and scales first, then propositions, in chunks, one parser each: a
        // proposition's record needs only the ladders and scales.
        let records = vocabulary.keys.sorted().flatMap { vocabulary[$0]!.records }
        parser.buildLaddersAndScales(records)
        let propositions = records.filter { $0.keyword == "proposition" }
        let ladderParser = parser
        let parts = Parallel.map(Self.chunks(propositions.count, parts: 2 * ProcessInfo.processInfo.activeProcessorCount)) { range in
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

        let vocabularyParser = parser
        let claimBuilder = FastClaimBuilder(parser)
        let built = Parallel.map(chunks) { range -> AnnotationParser? in
            var worker = vocabularyParser
            var builder = claimBuilder
            for i in range {
                guard FastFileBuilder.build(buffers[i], path: files[i], into: &worker, claims: &builder) else { return nil }
                buffers.free(i)
            }
            return worker.diagnostics.isEmpty ? worker : nil
        }
        var reviewIDs: Set<String> = []
        for case let worker? in built {
            for (id, paper) in worker.papers {
                guard parser.papers.updateValue(paper, forKey: id) == nil else { return nil }
            }
            parser.claims += worker.claims
            for r in worker.reviews where !reviewIDs.insert(r.flagID).inserted { return nil }
            parser.reviews += worker.reviews
            parser.resolvedByLocations.merge(worker.resolvedByLocations) { a, _ in a }
        }
        guard built.allSatisfy({ $0 != nil }) else { return nil }
        let (set, diagnostics) = parser.finish()
        // A claim id given in two chunks is a duplicate their parsers could not see.
        guard diagnostics.isEmpty, !zip(set.claims, set.claims.dropFirst()).contains(where: { $0.id == $1.id }) else { return nil }
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

/// The bytes of every file, each freed as soon as its records are built. Slots are raw memory:
/// each is written by one thread only, with no array to share between them.
final class FileBuffers: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        freeAll()
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    subscript(i: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(slots[i] ?? .init(start: nil, count: 0)) }

    /// Reads a whole file into slot `i`; false if it cannot.
    func read(_ i: Int, _ path: String) -> Bool {
        // Non-blocking, so a FIFO named like an annotation file cannot hang the load; anything
        // but a regular file goes to the precise path, which reports it.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return false }
        let size = Int(st.st_size)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(size, 1))
        var done = 0
        while done < size {
            let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
            guard n > 0 else { buffer.deallocate(); return false }
            done += n
        }
        slots[i] = UnsafeMutableBufferPointer(start: buffer.baseAddress, count: size)
        return true
    }

    func free(_ i: Int) {
        slots[i]?.deallocate()
        slots[i] = nil
    }

    func freeAll() { for i in 0..<count { free(i) } }
}
