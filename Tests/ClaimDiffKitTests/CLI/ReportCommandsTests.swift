import Foundation
import Testing
@testable import ClaimDiffKit

/// brief, diff and export on the bundled annotations.
@Suite struct ReportCommandsTests {
    static let annotations = PackagePaths.annotations

    static func run(_ args: [String]) -> (ExitCode, OutputCapture) {
        let c = OutputCapture()
        return (ClaimDiffTool.run(args + ["--annotations", annotations], console: c.console), c)
    }

    @Test func briefFiltersByPrefixAndDate() {
        let (code, c) = Self.run(["brief", "--about", "drones.", "--as-of", "2022"])
        #expect(code == .success)
        #expect(c.out.hasPrefix("# Analyst brief as of 2022-12-31\n"))
        #expect(c.out.contains("`drones.transfer-to-russia`"))
        #expect(!c.out.contains("`trade.volume`"))
        // Papers published after 2022 are left out: the 2024 papers cannot appear.
        #expect(!c.out.contains("grc-2024-11"))
        #expect(!c.out.contains("efis-2024"))
    }

    @Test func diffBetweenYearsNamesTheChangesAnAnalystAsksFor() {
        let (code, c) = Self.run(["diff", "--from", "2021", "--to", "2024"])
        #expect(code == .success)
        let text = c.out
        #expect(text.hasPrefix("# What changed between 2021 and 2024\n"))
        for key in ["treaty.comprehensive-partnership", "yak130.transfer-to-iran", "s400.transfer-to-iran", "relationship.nature"] {
            let changed = text.components(separatedBy: "## New")[0]
            #expect(changed.contains("`\(key)`"), "\(key) should be listed as changed")
        }
        for key in ["drones.transfer-to-russia", "trade.volume [2022]", "trade.volume [2023]", "su35.transfer-to-iran"] {
            #expect(text.contains("`\(key)`"), "\(key) should appear in the diff")
        }
        #expect(text.contains("## Forecasts that came due"))
        #expect(text.contains("ips-instc-operational-2023"))
    }

    @Test func diffRejectsBackwardsRange() {
        #expect(Self.run(["diff", "--from", "2024", "--to", "2021"]).0 == .usage)
        #expect(Self.run(["diff", "--from", "2024"]).0 == .usage)
        #expect(Self.run(["diff", "--from", "20x4", "--to", "2025"]).0 == .usage)
    }

    @Test func csvExportIsRFC4180AndGuardsFormulas() {
        let t = Export.Table(columns: ["id", "quote", "count"], text: ["quote"],
                             rows: [["a", "=HYPERLINK(\"x\")", "-3"], ["b", "line one\nline \"two\", end", "+4"], ["c", "@cmd", "5"]])
        let csv = Export.csv(t)
        #expect(csv == "id,quote,count\r\na,\"'=HYPERLINK(\"\"x\"\")\",-3\r\nb,\"line one\nline \"\"two\"\", end\",+4\r\nc,'@cmd,5\r\n")
    }

    @Test func exportFormats() throws {
        let (code, c) = Self.run(["export", "--format", "jsonl", "--what", "claims"])
        #expect(code == .success)
        let lines = c.out.split(separator: "\n")
        let set = try AnnotationLoader.load(paths: [Self.annotations]).set
        #expect(lines.count == set.claims.count)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == set.claims[0].id)
        let (csvCode, csv) = Self.run(["export", "--format", "csv", "--what", "flags"])
        #expect(csvCode == .success)
        #expect(csv.out.hasPrefix("id,kind,rule,severity,proposition,fingerprint,claims,why\r\n"))
        #expect(Self.run(["export", "--format", "xml"]).0 == .usage)
    }
}
