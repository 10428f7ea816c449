/// Text from annotation files and the command line made safe to print on a terminal.
///
/// A diagnostic quotes what the analyst wrote, and that can hold anything the decoder lets
/// through: escape sequences that would drive the terminal, a stray byte-order mark or a
/// zero-width space that makes `'paper'` look correct, right-to-left overrides that reorder
/// the line, or a 10 MB keyword. So messages show invisible and control characters as
/// `<U+FEFF>`, and keep the start and the end of a very long message.
extension Diagnostic {
    /// The longest message printed whole, in Unicode scalars.
    static let printLimit = 1000

    /// `text` with invisible and control characters spelled `<U+XXXX>` and a middle part of a
    /// text longer than `printLimit` replaced by `…`. Tabs stay.
    public static func printable(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        func add(_ part: ArraySlice<Unicode.Scalar>) {
            for s in part {
                if isInvisible(s) { out.append(contentsOf: "<U+\(hex(s))>".unicodeScalars) } else { out.append(s) }
            }
        }
        if scalars.count > printLimit {
            let head = printLimit * 2 / 3, tail = printLimit / 3
            add(scalars[..<head])
            out.append(contentsOf: " … ".unicodeScalars)
            add(scalars[(scalars.count - tail)...])
        } else {
            add(scalars[...])
        }
        return String(out)
    }

    /// Control characters (but tab), byte-order marks, zero-width and bidirectional controls.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    static func hex(_ s: Unicode.Scalar) -> String {
        let digits = String(s.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
