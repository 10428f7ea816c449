#if canImport(Glibc)
import Glibc
#endif

extension FastRecordReader {
    enum Byte {
        static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#"), colon = UInt8(ascii: ":")
        static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    }

    /// One line's bytes, without its `\n`.
    struct Line {
        let base: UnsafePointer<UInt8>
        let count: Int

        subscript(i: Int) -> UInt8 { base[i] }

        /// The bytes `from..<to` as a string (the file is valid UTF-8).
        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(start: base + from, count: to - from), as: UTF8.self)
        }

        /// A quoted value's text with `\"` and `\\` resolved.
        func unescaped(_ from: Int, _ to: Int) -> String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(to - from)
            var k = from
            while k < to {
                if base[k] == Byte.backslash { k += 1 }
                bytes.append(base[k])
                k += 1
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The record keyword of a line's first word, as the shared literal.
    static func keyword(_ s: Line, _ count: Int) -> String? {
        // One of `RecordReader.keywords`, chosen by length and first byte, then compared whole.
        let k: StaticString, word: String
        switch (count, count > 0 ? s[0] : 0) {
        case (5, UInt8(ascii: "c")): (k, word) = ("claim", "claim")
        case (5, UInt8(ascii: "p")): (k, word) = ("paper", "paper")
        case (11, UInt8(ascii: "p")): (k, word) = ("proposition", "proposition")
        case (6, UInt8(ascii: "l")): (k, word) = ("ladder", "ladder")
        case (5, UInt8(ascii: "s")): (k, word) = ("scale", "scale")
        case (6, UInt8(ascii: "r")): (k, word) = ("review", "review")
        case (7, UInt8(ascii: "s")): (k, word) = ("speaker", "speaker")
        default: return nil
        }
        return memcmp(k.utf8Start, s.base, count) == 0 ? word : nil
    }

    /// Field names of the schemas, so that common keys are shared literals rather than new strings.
    private static let keys: [String] = Array(Set(RecordSchema.all.flatMap(\.fields))).sorted()

    static func knownKey(_ s: Line, _ from: Int, _ to: Int) -> String? {
        let bytes = UnsafeBufferPointer(start: s.base + from, count: to - from)
        for k in keys where k.utf8.count == bytes.count && k.utf8.first == bytes.first && k.utf8.elementsEqual(bytes) { return k }
        return nil
    }

    /// Valid UTF-8 without NUL, carriage return or a leading byte-order mark: what the fast
    /// reader reads as the decoder would. Eight bytes at a time while they are ASCII.
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { return false }
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        var i = 0
        while i < n {
            if i + 8 <= n {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let cr = w ^ (ones &* 0x0D)
                // Any byte that is not ASCII, is zero or is a carriage return.
                let zero = (w &- ones) & ~w & high, isCR = (cr &- ones) & ~cr & high
                if w & high == 0, zero == 0, isCR == 0 { i += 8; continue }
            }
            let b = p[i]
            if b == 0 || b == 0x0D { return false }
            if b < 0x80 { i += 1; continue }
            // A multi-byte sequence: the lead byte's length, continuation bytes, no overlong or
            // surrogate forms, nothing above U+10FFFF.
            let len: Int, low: UInt8, highest: UInt8
            switch b {
            case 0xC2...0xDF: (len, low, highest) = (2, 0x80, 0xBF)
            case 0xE0: (len, low, highest) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (len, low, highest) = (3, 0x80, 0xBF)
            case 0xED: (len, low, highest) = (3, 0x80, 0x9F)
            case 0xF0: (len, low, highest) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (len, low, highest) = (4, 0x80, 0xBF)
            case 0xF4: (len, low, highest) = (4, 0x80, 0x8F)
            default: return false
            }
            guard i + len <= n, p[i + 1] >= low, p[i + 1] <= highest else { return false }
            for k in 2..<max(2, len) where p[i + k] & 0xC0 != 0x80 { return false }
            i += len
        }
        return true
    }
}
