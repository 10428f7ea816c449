#if canImport(Glibc)
import Glibc
#endif

/// The fast path's one tokenizer: a record header or an indented `key: value` line read as
/// byte offsets, by the rules of `RecordReader`; nil on any line it does not read cleanly (the
/// precise reader then words the problem).
///
/// `FastFileBuilder` keeps the offsets (claims are built from bytes); `FastRecordReader` turns
/// them into a `SyntaxRecord`'s strings, comments included.
enum FastLineReader {
    typealias Byte = FastRecordReader.Byte

    /// One field line, as offsets into the file.
    struct Token {
        var keyStart = 0, keyEnd = 0
        /// The value's text, inside the quotes when quoted.
        var valueStart = 0, valueEnd = 0
        var quoted = false, escaped = false
        var line = 0
        var keyColumn = 0, valueColumn = 0
        /// Where a trailing comment starts (its `#`), -1 for none.
        var commentStart = -1
    }

    struct Header {
        var keyword: String
        var idStart: Int, idEnd: Int
        var line: Int
        var idColumn: Int
        /// Where a trailing comment starts (its `#`), -1 for none.
        var commentStart = -1
    }

    /// A column-1 line: a record header, as `RecordReader.header` reads it; nil on any problem
    /// (including a field that lost its indent).
    static func header(_ base: UnsafePointer<UInt8>, _ start: Int, _ stop: Int, line n: Int) -> Header? {
        var i = start
        while i < stop, base[i] != Byte.colon, base[i] != Byte.space, base[i] != Byte.tab, base[i] != Byte.hash { i += 1 }
        var j = i
        while j < stop, base[j] == Byte.space || base[j] == Byte.tab { j += 1 }
        if i > start, j < stop, base[j] == Byte.colon { return nil }
        i = start
        while i < stop, base[i] != Byte.space, base[i] != Byte.tab, base[i] != Byte.hash { i += 1 }
        let line = FastRecordReader.Line(base: base + start, count: stop - start)
        guard let keyword = FastRecordReader.keyword(line, i - start) else { return nil }
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        let idStart = i
        while i < stop, base[i] != Byte.space, base[i] != Byte.tab, base[i] != Byte.hash { i += 1 }
        guard i > idStart else { return nil }
        let idEnd = i
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        guard i == stop || base[i] == Byte.hash else { return nil }
        return Header(keyword: keyword, idStart: idStart, idEnd: idEnd, line: n, idColumn: idStart - start + 1, commentStart: i < stop ? i : -1)
    }

    /// An indented `key: value` line, as `RecordReader.field` reads it; nil on any problem.
    static func field(_ base: UnsafePointer<UInt8>, _ start: Int, _ keyStart: Int, _ stop: Int, line n: Int) -> Token? {
        var t = Token()
        t.line = n
        t.keyStart = keyStart
        t.keyColumn = keyStart - start + 1
        var i = keyStart
        while i < stop, base[i] != Byte.colon, base[i] != Byte.space, base[i] != Byte.tab {
            let b = base[i]
            guard (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") else { return nil }
            i += 1
        }
        guard i > keyStart else { return nil }
        t.keyEnd = i
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        guard i < stop, base[i] == Byte.colon else { return nil }
        i += 1
        while i < stop, base[i] == Byte.space || base[i] == Byte.tab { i += 1 }
        t.valueColumn = i - start + 1
        guard i < stop, base[i] != Byte.hash else { return nil }
        if base[i] == Byte.quote {
            t.quoted = true
            var k = i + 1
            // Most values hold no backslash before their closing quote: found with two memchrs.
            if let q = memchr(base + k, Int32(Byte.quote), stop - k), memchr(base + k, Int32(Byte.backslash), UnsafePointer(q.assumingMemoryBound(to: UInt8.self)) - base - k) == nil {
                k = UnsafePointer(q.assumingMemoryBound(to: UInt8.self)) - base
            }
            while k < stop, base[k] != Byte.quote {
                if base[k] == Byte.backslash {
                    guard k + 1 < stop, base[k + 1] == Byte.quote || base[k + 1] == Byte.backslash else { return nil }
                    t.escaped = true
                    k += 1
                }
                k += 1
            }
            guard k < stop else { return nil }
            (t.valueStart, t.valueEnd) = (i + 1, k)
            k += 1
            while k < stop, base[k] == Byte.space || base[k] == Byte.tab { k += 1 }
            guard k == stop || base[k] == Byte.hash else { return nil }
            if k < stop { t.commentStart = k }
        } else {
            var k = i, end = stop
            // A comment starts at a `#` after a blank (never at `i`, which is not a `#`).
            while k < stop, let h = memchr(base + k, Int32(Byte.hash), stop - k) {
                k = UnsafePointer(h.assumingMemoryBound(to: UInt8.self)) - base
                if base[k - 1] == Byte.space || base[k - 1] == Byte.tab { (end, t.commentStart) = (k, k); break }
                k += 1
            }
            while end > i, base[end - 1] == Byte.space || base[end - 1] == Byte.tab { end -= 1 }
            (t.valueStart, t.valueEnd) = (i, end)
        }
        return t
    }
}
