#if canImport(Glibc)
import Glibc
#endif

/// Propositions by the bytes of their key, for the fast claim builder: a lookup reads one
/// cache line.
///
/// A million claims name 40,000 propositions at random, so each lookup misses the cache; a
/// general table misses it several times (slot, key bytes, value, the value's fields). Here a
/// slot is 64 bytes, aligned: the hash's high half, the key's length and up to 24 of its bytes,
/// and what a claim needs of the proposition (its key as a string, kind, unit and one number:
/// its list of terms or its ladder). Filled once, then only read, from every worker.
final class PropositionTable: @unchecked Sendable {
    struct Slot {
        /// Hash's high 32 bits, then 12 bits of `aux`, 4 bits of kind plus one (0: empty), 8 bits of length (255: longer than 24).
        var meta: UInt64 = 0
        var b0: UInt64 = 0, b1: UInt64 = 0, b2: UInt64 = 0
        var key = ""
        var unit: String?

        var kind: Proposition.Kind { Self.kinds[Int((meta >> 8) & 0xF) - 1] }
        /// The index of the proposition's term list or ladder in the builder's tables.
        var aux: Int { Int((meta >> 12) & 0xFFFFF) }

        static let kinds = Proposition.Kind.allCases
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private static let inlineBytes = 24

    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        mask = size - 1
        slots = UnsafeMutableRawPointer.allocate(byteCount: size * MemoryLayout<Slot>.stride, alignment: 64)
            .bindMemory(to: Slot.self, capacity: size)
        slots.initialize(repeating: Slot(), count: size)
    }

    deinit {
        slots.deinitialize(count: mask + 1)
        slots.deallocate()
    }

    /// Adds a key that is not in the table yet; `aux` below 2^20.
    func insert(_ key: String, kind: Proposition.Kind, aux: Int, unit: String?) {
        precondition(aux >= 0 && aux < 1 << 20)
        var slot = Slot()
        var utf8 = key
        let h = utf8.withUTF8 { bytes in
            // The first 24 bytes, zero-padded.
            withUnsafeMutableBytes(of: &slot.b0) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(8))) }
            withUnsafeMutableBytes(of: &slot.b1) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).dropFirst(8).prefix(8))) }
            withUnsafeMutableBytes(of: &slot.b2) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).dropFirst(16).prefix(8))) }
            return ByteTable<Int>.hash(bytes)
        }
        let count = key.utf8.count
        let length = count <= Self.inlineBytes ? UInt64(count) : 255
        let kindCode = UInt64(Slot.kinds.firstIndex(of: kind)! + 1)
        slot.meta = (h >> 32) << 32 | UInt64(aux) << 12 | kindCode << 8 | length
        slot.key = key
        slot.unit = unit
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i].meta != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    /// The slot of the proposition with this key, or nil.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<Slot>? {
        let h = ByteTable<Int>.hash(bytes)
        let length = bytes.count <= Self.inlineBytes ? UInt64(bytes.count) : 255
        let want = (h >> 32) << 32 | length
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let p = slots + i
            let meta = p.pointee.meta
            if meta == 0 { return nil }
            if meta & 0xFFFF_FFFF_0000_00FF == want, Self.same(p, bytes) { return UnsafePointer(p) }
            i = (i + 1) & mask
        }
    }

    private static func same(_ p: UnsafeMutablePointer<Slot>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return true }
        if bytes.count <= inlineBytes {
            let inline = UnsafeRawPointer(p) + MemoryLayout<Slot>.offset(of: \Slot.b0)!
            return memcmp(inline, bytes.baseAddress!, bytes.count) == 0
        }
        var key = p.pointee.key
        return key.withUTF8 { $0.count == bytes.count && memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}
