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
        // Only the head and the tail are walked and copied: a message quoting a 50 MB value
        // made a 200 MB array of its scalars.
        let view = Substring(text).unicodeScalars
        var out = String.UnicodeScalarView()
        func add(_ part: Substring.UnicodeScalarView) {
            for s in part {
                if isInvisible(s) { out.append(contentsOf: VisibleText.spelled(s).unicodeScalars) } else { out.append(s) }
            }
        }
        if let limit = view.index(view.startIndex, offsetBy: printLimit, limitedBy: view.endIndex), limit < view.endIndex {
            add(view[..<view.index(view.startIndex, offsetBy: printLimit * 2 / 3)])
            out.append(contentsOf: " … ".unicodeScalars)
            add(view[view.index(view.endIndex, offsetBy: -(printLimit / 3))...])
        } else {
            add(view)
        }
        return String(out)
    }

    /// Control characters (but tab), byte-order marks, zero-width and bidirectional controls:
    /// `VisibleText.isInvisible`, the one definition.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool { VisibleText.isInvisible(s) }
}
