/// Reading a decoded file into its syntax tree from outside the module.
extension SyntaxFile {
    /// The syntax tree of one decoded file and the problems the reader found in it.
    ///
    /// This is the tree `claimdiff fmt` formats; the fuzz target uses it to check that
    /// formatting is idempotent and keeps a file valid.
    public static func read(_ source: SourceText) -> (file: SyntaxFile, diagnostics: [Diagnostic]) {
        var reader = RecordReader(source: source)
        let file = reader.read()
        return (file, reader.diagnostics)
    }
}
