/// One `history:` line of a review record: an earlier disposition of the flag, on one line that
/// reads and edits by hand.
///
///     history: accepted; kind: contradiction; fingerprint: e-0123456789; by: ana; date: 2026-11-22; note: both checked
///
/// The disposition comes first and `note:` last (it takes the rest of the line, `;` included);
/// between them, in any order, `resolved-by:`, `kind:`, `fingerprint:`, `by:` and `date:`. A part
/// that does not start with one of these keys belongs to the value before it, so a reviewer's
/// name may hold `; ` too.
enum ReviewHistory {
    /// The keys a history line may give between its disposition and its note, in written order.
    static let keys = ["resolved-by", "kind", "fingerprint", "by", "date"]

    /// A part of a line: its key (`disposition` for the first), its value, and the value's
    /// offset from the start of the line in Unicode scalars (the unit of diagnostic columns).
    struct Part: Equatable {
        var key: String
        var value: String
        var offset: Int
    }

    /// The line for an earlier disposition (its own history is not written: the record keeps one list).
    static func line(_ r: Review) -> String {
        var parts = [r.disposition.rawValue]
        if let c = r.resolvedBy { parts.append("resolved-by: \(c)") }
        if let k = r.kind { parts.append("kind: \(k)") }
        if let f = r.fingerprint { parts.append("fingerprint: \(f)") }
        if let b = r.by { parts.append("by: \(b)") }
        if let d = r.date { parts.append("date: \(d.text)") }
        parts.append("note: \(r.note)")
        return parts.joined(separator: "; ")
    }

    /// The parts of a line, or what is wrong and where (an offset in Unicode scalars).
    static func parts(_ line: String) -> Result<[Part], Failure> {
        let scalars = Array(line.unicodeScalars)
        guard let noteAt = find("; note: ", in: scalars, from: 0) else {
            return .failure(Failure(offset: scalars.count, message: "history line needs '; note: TEXT' at its end"))
        }
        var parts: [Part] = []
        var start = 0
        // Split the head at each "; " followed by a known key; other "; " stay in the value.
        var i = 0
        func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        parts.append(Part(key: "disposition", value: "", offset: 0))
        while i < noteAt {
            if scalars[i] == ";", i + 1 < noteAt, scalars[i + 1] == " ",
               let key = keys.first(where: { starts(scalars, at: i + 2, with: $0 + ": ") }) {
                parts[parts.count - 1].value = text(start, i)
                let valueAt = i + 2 + key.unicodeScalars.count + 2
                parts.append(Part(key: key, value: "", offset: valueAt))
                start = valueAt
                i = valueAt
                continue
            }
            i += 1
        }
        parts[parts.count - 1].value = text(start, noteAt)
        let noteValue = noteAt + "; note: ".unicodeScalars.count
        parts.append(Part(key: "note", value: text(noteValue, scalars.count), offset: noteValue))
        var seen: Set<String> = []
        for p in parts {
            guard seen.insert(p.key).inserted else {
                return .failure(Failure(offset: p.offset, message: "history line gives '\(p.key)' twice"))
            }
        }
        return .success(parts)
    }

    struct Failure: Error, Equatable {
        var offset: Int
        var message: String
    }

    static func starts(_ s: [Unicode.Scalar], at i: Int, with word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        return i + w.count <= s.count && Array(s[i..<(i + w.count)]) == w
    }

    static func find(_ word: String, in s: [Unicode.Scalar], from: Int) -> Int? {
        var i = from
        while i < s.count {
            if starts(s, at: i, with: word) { return i }
            i += 1
        }
        return nil
    }
}
