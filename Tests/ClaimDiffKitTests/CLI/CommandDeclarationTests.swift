import Foundation
import Testing
@testable import ClaimDiffKit

/// Issue 16, item 1: help is rendered from the declarations the parser reads, so every option
/// the parser accepts is in help (with its default) and no option help shows is refused.
@Suite("Command declarations")
struct CommandDeclarationTests {
    static let rows = Usage.commands.flatMap { spec in spec.options.map { (command: spec.name, option: $0.name) } }

    @Test("every option the parser accepts is on its command's help page, with its default", arguments: rows)
    func optionInHelp(row: (command: String, option: String)) throws {
        let spec = try #require(Usage.spec(row.command))
        let option = try #require(spec.option(row.option))
        let page = ClaimDiffTool.capture(["help", row.command])
        #expect(page.code == .success)
        let lines = page.out.split(separator: "\n")
        let line = try #require(lines.first { $0.hasPrefix("  " + option.label + " ") || $0 == "  " + option.label },
                                "\(row.option) not listed in 'help \(row.command)'")
        // Help wraps long lines: compare with runs of white space made one space.
        let flat = page.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains(option.help.split(separator: " ").joined(separator: " ")))
        if let d = option.defaultText { #expect(flat.contains("(default: \(d))"), "\(line)") }
        #expect(Usage.synopsis(spec).contains(option.name))
        // The parser takes it, with a value when it has one.
        let args = [row.option] + (option.value.map { _ in ["x"] } ?? [])
        #expect(throws: Never.self) { try Arguments.parse(args, spec: spec) }
        // A one-letter form parses as the long one.
        if let short = option.short {
            let value = option.value.map { _ in ["x"] } ?? []
            #expect(try Arguments.parse([short] + value, spec: spec) == Arguments.parse([row.option] + value, spec: spec))
        }
    }

    @Test("one-letter options: -o, -q, -a, -f, each shown in help with its long form")
    func shortOptions() throws {
        let run = ClaimDiffTool.capture(["export", "-a", PackagePaths.annotations, "-f", "jsonl", "-q", "--about", "su35.", "-o", "-"])
        #expect(run.code == .success && !run.out.isEmpty)
        let page = ClaimDiffTool.capture(["help", "export"]).out
        for label in ["-a, --annotations DIR", "-q, --quiet", "-f, --format FORMAT", "-o, --out FILE"] { #expect(page.contains("  " + label)) }
        // No two options of a command share a letter.
        for spec in Usage.commands {
            let shorts = spec.options.compactMap(\.short)
            #expect(Set(shorts).count == shorts.count && !shorts.contains("-h"), "\(spec.name)")
        }
    }

    @Test("the parser refuses an option no declaration names, on every command", arguments: Usage.commands.map(\.name))
    func unknownOptionRefused(command: String) throws {
        let spec = try #require(Usage.spec(command))
        #expect(throws: UsageError.self) { try Arguments.parse(["--no-such-option"], spec: spec) }
        let page = ClaimDiffTool.capture(["help", command])
        // Every `--word` on a page is a declared option (or --help), so help names nothing the parser refuses.
        let named = Set(page.out.matches(of: /(^|[^\w-])(--[a-z][a-z-]*)/.anchorsMatchLineEndings()).map { String($0.2) })
        let declared = Set(spec.options.map(\.name) + ["--help"])
        let own = named.subtracting(declared).filter { name in !Usage.commands.contains { $0.option(name) != nil } }
        #expect(own.isEmpty, "'help \(command)' names \(own.sorted()), which no command declares")
    }

    @Test("every command is in the overview with its summary, and has examples", arguments: Usage.commands.map(\.name))
    func overviewAndExamples(command: String) throws {
        let spec = try #require(Usage.spec(command))
        let overview = ClaimDiffTool.capture(["--help"]).out
        #expect(overview.contains("  \(command) ") && overview.contains(spec.summary))
        #expect(!spec.examples.isEmpty, "\(command) has no examples")
        let page = ClaimDiffTool.capture([command, "--help"])
        #expect(page.code == .success && page.out.hasPrefix("USAGE: " + Usage.synopsis(spec)))
        for e in spec.examples { #expect(page.out.contains("  " + e.command)) }
    }

    @Test("every command that reads annotations takes --annotations", arguments: Usage.commands.map(\.name))
    func annotationsEverywhere(command: String) throws {
        let spec = try #require(Usage.spec(command))
        let reads = !["generate", "completions", "help"].contains(command)
        #expect((spec.option("--annotations") != nil) == reads)
    }

    @Test("a wrong flag or value names the closest declared one and the command's usage line", arguments: [
        (args: ["export", "--fromat", "csv"], first: "claimdiff: error: unknown option '--fromat' for 'export'; did you mean '--format'?"),
        (args: ["analyze", "--out-dir", "x"], first: "claimdiff: error: unknown option '--out-dir' for 'analyze'; did you mean '--out'?"),
        (args: ["flags", "--kind", "contradictions"], first: "claimdiff: error: invalid value 'contradictions' for '--kind'; expected agreement"),
    ])
    func wrongFlag(row: (args: [String], first: String)) {
        let run = ClaimDiffTool.capture(row.args)
        #expect(run.code == .usage)
        let lines = run.err.split(separator: "\n")
        #expect(lines.first?.hasPrefix(row.first) == true, "\(run.err)")
        #expect(lines.dropFirst().first?.hasPrefix("usage: claimdiff \(row.args[0]) ") == true)
        if row.args[1] == "--kind" { #expect(lines.first?.hasSuffix("; did you mean 'contradiction'?") == true) }
    }

    /// `help flags` says how flags are sorted: the output has that order.
    @Test("flags lists flags sorted by proposition key, contradictions first within one, as its help says")
    func flagsOrder() throws {
        let run = ClaimDiffTool.capture(["flags", "--annotations", PackagePaths.annotations])
        let rows = run.outLines.filter { $0.hasPrefix("f-") }.map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let keys = rows.map { String($0[3]) }
        #expect(!keys.isEmpty && keys == keys.sorted())
        for (key, group) in Dictionary(grouping: rows, by: { String($0[3]) }) where group.contains(where: { $0[1] == "contradiction" }) {
            #expect(group.first?[1] == "contradiction", "\(key)")
        }
        #expect(ClaimDiffTool.capture(["help", "flags"]).out.contains("sorted by proposition key, then by kind"))
    }
}
