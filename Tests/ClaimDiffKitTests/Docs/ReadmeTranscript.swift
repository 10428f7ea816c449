import Foundation

/// The `console` blocks of a Markdown file: each `$ command` (with a here-document's lines,
/// up to its `EOF`) and the output written after it. An expected output whose last line is
/// `...` is a prefix of the real one.
struct ReadmeTranscript {
    struct Step {
        var command: String
        var expected: [String]
        var isPrefix: Bool
        /// The README's line of the command, for failure messages.
        var line: Int
    }

    var steps: [Step] = []

    init(markdown: String) {
        let lines = markdown.components(separatedBy: "\n")
        var i = 0
        while i < lines.count {
            guard lines[i] == "```console" else { i += 1; continue }
            i += 1
            var current: Step?
            while i < lines.count, lines[i] != "```" {
                let line = lines[i]
                if line.hasPrefix("$ ") {
                    if let c = current { steps.append(c) }
                    var command = String(line.dropFirst(2))
                    let start = i + 1
                    if command.contains("<<'EOF'") {
                        while i + 1 < lines.count, lines[i] != "EOF" { i += 1; command += "\n" + lines[i] }
                    }
                    current = Step(command: command, expected: [], isPrefix: false, line: start)
                } else if line == "..." {
                    current?.isPrefix = true
                } else {
                    current?.expected.append(line)
                }
                i += 1
            }
            if let c = current { steps.append(c) }
            i += 1
        }
    }
}
