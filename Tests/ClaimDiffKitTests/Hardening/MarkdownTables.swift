/// Checks GFM tables in Markdown source: cmark-gfm pads short rows and drops extra cells, so
/// a pipe that escaped the writer shows only here, as a row with more cells than its header.
enum MarkdownTables {
    /// One message per table row whose cell count differs from its header's; fenced code skipped.
    static func problems(_ markdown: String) -> [String] {
        var out: [String] = []
        var fence: String?
        var header: Int?
        for (n, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let f = fence {
                if trimmed.hasPrefix(f), trimmed.allSatisfy({ $0 == f.first! || $0 == " " }) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix { $0 == trimmed.first! })
                header = nil
                continue
            }
            guard line.hasPrefix("|") else { header = nil; continue }
            let cells = Self.cells(String(line))
            if let h = header {
                if cells != h { out.append("line \(n + 1) has \(cells) cells, the header \(h): \(line)") }
            } else {
                header = cells
            }
        }
        return out
    }

    /// Cells of a row `| a | b |`: the pipes less one, where, as in cmark-gfm's table
    /// extension, a pipe right after a backslash is text (`\\|` too: the writer doubles the
    /// backslash of an escaped pipe, and GFM removes one before reading the cell).
    static func cells(_ line: String) -> Int {
        var pipes = 0
        var previous: Unicode.Scalar = " "
        for c in line.unicodeScalars {
            if c == "|", previous != "\\" { pipes += 1 }
            previous = c
        }
        return pipes - 1
    }
}
