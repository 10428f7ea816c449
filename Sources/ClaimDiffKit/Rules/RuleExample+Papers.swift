extension RuleExample {
    /// A paper record for examples: id, publication date, optional printed date.
    public static func paper(_ id: String, _ published: String, printed: String? = nil) -> String {
        """
        paper \(id)
          title: Paper \(id.uppercased())
          publisher: Example Institute
          published: \(published)
        """ + (printed.map { "\n  printed: \($0)" } ?? "") + (published.hasPrefix("~") ? "\n  note: estimated from contents" : "") + """

          source: \(id).txt

        """
    }
}
