import Foundation
import Testing
@testable import ClaimDiffKit

/// Issue 16, item 5: completion scripts for bash, zsh and fish, made from the declarations.
@Suite("Shell completion")
struct CompletionsTests {
    @Test("each script names every command and every option", arguments: ["bash", "zsh", "fish"])
    func complete(shell: String) throws {
        let run = ClaimDiffTool.capture(["completions", shell])
        #expect(run.code == .success && run.err.isEmpty)
        for spec in Usage.commands {
            #expect(run.out.contains(spec.name), "\(shell): \(spec.name)")
            for o in spec.options {
                let written = shell == "fish" ? "-l \(o.name.dropFirst(2))" : o.name
                #expect(run.out.contains(written), "\(shell): \(spec.name) \(o.name)")
                if let short = o.short { #expect(run.out.contains(shell == "fish" ? "-s \(short.dropFirst())" : short)) }
            }
        }
        for kind in Flag.Kind.allCases { #expect(run.out.contains(kind.rawValue)) }
    }

    @Test("each script parses in its shell (when the shell is installed)", arguments: [
        (shell: "bash", check: ["-n"]), (shell: "zsh", check: ["-n"]), (shell: "fish", check: ["--no-execute"]),
    ])
    func parses(row: (shell: String, check: [String])) throws {
        guard let path = ["/bin/", "/usr/bin/", "/usr/local/bin/"].map({ $0 + row.shell }).first(where: FileManager.default.isExecutableFile) else { return }
        try withTemporaryDirectory { dir in
            let script = try dir.write(ClaimDiffTool.capture(["completions", row.shell]).out, to: "claimdiff." + row.shell)
            let run = try ChildProcess.run(path, row.check + [script])
            #expect(run.status == 0, "\(run.stderr)")
        }
    }

    @Test("bash completes commands, options, option values and folders")
    func bashCompletes() throws {
        let script = ClaimDiffTool.capture(["completions", "bash"]).out
        func complete(_ words: [String]) throws -> [String] {
            try withTemporaryDirectory { dir in
                let path = try dir.write(script, to: "c.bash")
                let line = words.map { "'\($0)'" }.joined(separator: " ")
                let run = try ChildProcess.run("/bin/bash", ["-c", "source \(path); COMP_WORDS=(\(line)); COMP_CWORD=\(words.count - 1); _claimdiff; printf '%s\\n' \"${COMPREPLY[@]}\""])
                return run.stdout.split(separator: "\n").map(String.init)
            }
        }
        #expect(try complete(["claimdiff", "ver"]) == ["verify-quotes"])
        #expect(try complete(["claimdiff", "export", "--fo"]) == ["--format"])
        #expect(try complete(["claimdiff", "export", "--format", "j"]) == ["json", "jsonl"])
        #expect(try complete(["claimdiff", "flags", "--kind", "forecast-m"]) == ["forecast-missed"])
        #expect(try complete(["claimdiff", "completions", "f"]) == ["fish"])
    }

    @Test("an unknown shell is a usage error")
    func unknownShell() {
        let run = ClaimDiffTool.capture(["completions", "tcsh"])
        #expect(run.code == .usage && run.err.hasPrefix("claimdiff: error: invalid value 'tcsh' for 'SHELL'; expected bash, zsh or fish"))
    }
}
