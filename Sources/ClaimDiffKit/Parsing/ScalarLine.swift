/// One line's Unicode scalars, indexed from 0 (column - 1), as `RecordReader` reads them.
///
/// An ASCII line (nearly every line) keeps one byte a scalar instead of four: a 50 MB line
/// with an error made a 200 MB array of scalars, and the whole read peaked at 560 MB. The
/// scalars are read through a pointer, without the reference counting an array member costs
/// at every access in a debug build.
struct ScalarLine: RandomAccessCollection {
    /// Owns the memory `base` points to.
    private final class Storage {
        let memory: UnsafeMutableRawPointer
        init(bytes: Int) { memory = .allocate(byteCount: Swift.max(bytes, 1), alignment: 4) }
        deinit { memory.deallocate() }
    }

    private let storage: Storage
    private let base: UnsafeRawPointer
    /// Four bytes a scalar (a line with non-ASCII text), or one.
    private let wide: Bool
    let count: Int

    init(_ line: String) {
        let bytes = Array(line.utf8)
        if Self.allASCII(bytes) {
            let s = Storage(bytes: bytes.count)
            bytes.withUnsafeBytes { if let b = $0.baseAddress { s.memory.copyMemory(from: b, byteCount: $0.count) } }
            storage = s
            wide = false
            count = bytes.count
        } else {
            let scalars = Array(line.unicodeScalars)
            let s = Storage(bytes: scalars.count * 4)
            scalars.withUnsafeBytes { if let b = $0.baseAddress { s.memory.copyMemory(from: b, byteCount: $0.count) } }
            storage = s
            wide = true
            count = scalars.count
        }
        base = UnsafeRawPointer(storage.memory)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Unicode.Scalar {
        precondition(i >= 0 && i < count, "scalar index out of range")
        return wide ? base.load(fromByteOffset: i * 4, as: Unicode.Scalar.self) : Unicode.Scalar(base.load(fromByteOffset: i, as: UInt8.self))
    }

    /// The scalars in `range` as a string, copied from memory at once (building one from a
    /// slice of this collection goes scalar by scalar through generic code in a debug build).
    func text(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "scalar range out of bounds")
        if range.isEmpty { return "" }
        if wide {
            let scalars = UnsafeBufferPointer(start: base.assumingMemoryBound(to: Unicode.Scalar.self) + range.lowerBound, count: range.count)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        return String(decoding: UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }

    /// The index of the first scalar from `start` on that `stop` accepts, or `count`.
    func end(from start: Int, where stop: (Unicode.Scalar) -> Bool) -> Int {
        var i = start
        while i < count, !stop(self[i]) { i += 1 }
        return i
    }

    /// True when no byte has its high bit set, eight bytes at a time.
    static func allASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < raw.count {
                if raw[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
    }
}
