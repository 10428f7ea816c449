#if canImport(Glibc)
import Glibc
#endif

/// A hash table keyed by bytes: looks a value up by a slice of a file without making a
/// `String` of it first.
struct ByteTable<Value> {
    private var keys: [[UInt8]] = []
    private var values: [Value] = []
    /// Indices into `keys`, or -1; a power of two long.
    private var slots = [Int32](repeating: -1, count: 64)

    var count: Int { keys.count }

    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var i = Self.hash(bytes) & (slots.count - 1)
        while true {
            let k = Int(slots[i])
            if k < 0 { return nil }
            if keys[k].count == bytes.count,
               bytes.isEmpty || keys[k].withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return values[k]
            }
            i = (i + 1) & (slots.count - 1)
        }
    }

    /// Adds a key that is not in the table yet.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(Array(bytes))
        values.append(value)
        place(Int32(keys.count - 1))
    }

    private mutating func place(_ k: Int32) {
        var i = keys[Int(k)].withUnsafeBufferPointer { Self.hash($0) } & (slots.count - 1)
        while slots[i] >= 0 { i = (i + 1) & (slots.count - 1) }
        slots[i] = k
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for k in keys.indices { place(Int32(k)) }
    }

    /// FNV-1a, folded to an `Int`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
