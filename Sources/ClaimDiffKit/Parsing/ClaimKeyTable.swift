#if canImport(Glibc)
import Glibc
#endif

/// Field names found by their bytes: candidates of the same length, then the first byte, then
/// the whole name. Any number of names; built once from a schema.
struct ClaimKeyTable: Sendable {
    /// Every name's bytes, one after the other.
    private let bytes: [UInt8]
    /// Names by length: where each starts in `bytes`, and its place in the schema.
    private let entries: [(start: Int, index: Int)]
    /// `entries[firstOfLength[n]..<firstOfLength[n + 1]]` are the names of `n` bytes.
    private let firstOfLength: [Int]

    init(_ names: [String]) {
        let sorted = names.indices.sorted { (names[$0].utf8.count, $0) < (names[$1].utf8.count, $1) }
        var bytes: [UInt8] = [], entries: [(start: Int, index: Int)] = []
        let longest = names.map(\.utf8.count).max() ?? 0
        var first = Array(repeating: 0, count: longest + 2)
        for i in sorted {
            entries.append((bytes.count, i))
            bytes += Array(names[i].utf8)
        }
        for n in 0...longest + 1 { first[n] = sorted.firstIndex { names[$0].utf8.count >= n } ?? sorted.count }
        (self.bytes, self.entries, firstOfLength) = (bytes, entries, first)
    }

    /// The place of the name spelt by `n` bytes at `p`, if it is one.
    func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        guard n > 0, n + 1 < firstOfLength.count else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            for e in firstOfLength[n]..<firstOfLength[n + 1] {
                let x = entries[e]
                if b[x.start] == p[0], memcmp(b.baseAddress! + x.start, p, n) == 0 { return x.index }
            }
            return nil
        }
    }
}
