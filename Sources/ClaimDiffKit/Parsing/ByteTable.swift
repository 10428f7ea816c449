#if canImport(Glibc)
import Glibc
#endif

/// A hash table keyed by bytes: looks a value up by a slice of a file without making a
/// `String` of it first.
///
/// Built for lookups that miss the cache (40,000 proposition keys, looked up at random): a
/// slot holds part of its key's hash next to the key's index, so a probe compares bytes only
/// when the hashes agree, and the keys' bytes lie end to end in one array.
struct ByteTable<Value> {
    /// The keys' bytes, end to end: key `k` is `arena[starts[k]..<starts[k + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var values: [Value] = []
    /// The high 32 bits of a key's hash and its index plus one, or 0; a power of two long.
    private var slots = [UInt64](repeating: 0, count: 64)

    var count: Int { values.count }

    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let h = Self.hash(bytes)
        let tag = (h >> 32) << 32
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if s & 0xFFFF_FFFF_0000_0000 == tag {
                let k = Int(s & 0xFFFF_FFFF) - 1
                let from = starts[k], n = starts[k + 1] - from
                if n == bytes.count, n == 0 || arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + from, bytes.baseAddress!, n) == 0 }) {
                    return values[k]
                }
            }
            i = (i + 1) & mask
        }
    }

    /// Adds a key that is not in the table yet.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
        if (values.count + 1) * 2 > slots.count { grow() }
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        values.append(value)
        place(values.count - 1, Self.hash(bytes))
    }

    private mutating func place(_ k: Int, _ h: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = (h >> 32) << 32 | UInt64(k + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for k in values.indices {
            let h = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[k]..<starts[k + 1]])) }
            place(k, h)
        }
    }

    /// FNV-1a, its high bits folded into the low ones (which pick the slot).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        return h ^ (h >> 29)
    }
}
