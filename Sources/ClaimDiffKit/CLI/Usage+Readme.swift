/// The README's command table, rendered from the same declarations as help: a test checks
/// that README.md holds exactly this table, so the README lists every option the parser takes.
extension Usage {
    static var readmeTable: String {
        var rows = ["| Command | What it does |", "| --- | --- |"]
        for spec in commands {
            let what = spec.summary.prefix(1).uppercased() + spec.summary.dropFirst()
            rows.append("| `\(synopsis(spec).replacingOccurrences(of: "|", with: "\\|"))` | \(what) |")
            for form in spec.otherForms {
                rows.append("| `\(form.replacingOccurrences(of: "|", with: "\\|"))` | \(what) (this form records a disposition) |")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
