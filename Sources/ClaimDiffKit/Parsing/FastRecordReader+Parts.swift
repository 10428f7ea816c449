import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FastRecordReader {
    /// The records of a large file, read in parts on every core: a 10 MB vocabulary is read in
    /// a fraction of the time one core takes.
    ///
    /// Parts begin at a line that starts with a letter (a record header, or a field that lost
    /// its indent, which the reader rejects on its own), so a part never splits a record and
    /// every check the reader makes sees the same lines as in one pass. Only comments can
    /// attach differently at a part's edge; no builder reads them. The parts in order; nil when
    /// any part is nil.
    /// Files under `minimumSize` bytes are read in one part.
    static func readInParts(_ bytes: UnsafeBufferPointer<UInt8>, path: String, parts: Int, minimumSize: Int = 256 << 10) -> [SyntaxFile]? {
        guard let base = bytes.baseAddress, parts > 1, bytes.count >= minimumSize else { return read(bytes, path: path).map { [$0] } }
        let n = bytes.count
        var starts = [0]
        for k in 1..<parts {
            let target = max(n * k / parts, starts.last! + 1)
            // To the start of the first line at or after the target that starts with a letter.
            guard target < n else { break }
            var i = n, from = target - 1
            while true {
                guard let nl = memchr(base + from, Int32(UInt8(ascii: "\n")), n - from) else { i = n; break }
                i = UnsafePointer(nl.assumingMemoryBound(to: UInt8.self)) - base + 1
                if i >= n || (base[i] | 0x20) >= UInt8(ascii: "a") && (base[i] | 0x20) <= UInt8(ascii: "z") { break }
                from = i
            }
            if i < n { starts.append(i) }
        }
        var firstLines = [1]
        for k in 1..<starts.count { firstLines.append(firstLines[k - 1] + newlines(base + starts[k - 1], starts[k] - starts[k - 1])) }
        let pieces = Parallel.map(Array(starts.indices)) { k -> SyntaxFile? in
            let end = k + 1 < starts.count ? starts[k + 1] : n
            return read(UnsafeBufferPointer(start: base + starts[k], count: end - starts[k]), path: path, firstLine: firstLines[k])
        }
        guard pieces.allSatisfy({ $0 != nil }) else { return nil }
        return pieces.map { $0! }
    }

    /// How many `\n` bytes there are in `count` bytes.
    static func newlines(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var lines = 0, i = 0
        while i < count, let nl = memchr(p + i, Int32(UInt8(ascii: "\n")), count - i) {
            lines += 1
            i = UnsafePointer(nl.assumingMemoryBound(to: UInt8.self)) - p + 1
        }
        return lines
    }
}
