import Foundation
import Testing
@testable import ClaimDiffKit

/// Issue 16, item 4: exports with typed fields, filters and a byte-order mark, documented once.
@Suite("Typed exports")
struct TypedExportTests {
    static let annotations = PackagePaths.annotations

    static func objects(_ args: [String]) throws -> [[String: Any]] {
        let run = ClaimDiffTool.capture(args + ["--annotations", annotations])
        #expect(run.code == .success, "\(run.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
    }

    @Test("a figure's low, high and unit are numbers and text; its time has ISO start and end and a precision; missing is null")
    func figureIsTyped() throws {
        let claims = try Self.objects(["export", "--format", "json", "--about", "trade.volume"])
        let c = try #require(claims.first { $0["id"] as? String == "grc-trade-2023" })
        #expect(c["value"] as? String == "~4 billion USD")
        #expect(c["low"] as? Double == 3.5e9 && c["high"] as? Double == 4.5e9 && c["unit"] as? String == "USD")
        #expect(c["start"] as? String == "2023-01-01" && c["end"] as? String == "2023-12-31" && c["precision"] as? String == "year")
        #expect(c["estimated"] as? Bool == false)
        #expect(c["note"] is NSNull && c["denied_by"] is NSNull && c["forecast_by"] is NSNull)
        #expect(claims.allSatisfy { ($0["proposition"] as? String)?.hasPrefix("trade.volume") == true })
        #expect(Set(claims.flatMap(\.keys)) == Set(Export.claimColumns))
    }

    @Test("a non-figure has null low, high and unit; an estimated time says so")
    func nonFigure() throws {
        let claims = try Self.objects(["export", "--format", "json"])
        let c = try #require(claims.first { $0["id"] as? String == "ips-drones-denied" })
        #expect(c["low"] is NSNull && c["high"] is NSNull && c["unit"] is NSNull)
        #expect(c["estimated"] as? Bool == true && c["time"] as? String == "~2022-07" && c["start"] as? String == "2022-07-01")
    }

    @Test("every finding export gives a flag's claims as an array of claim objects; CSV gives their ids")
    func flagClaimsAreArrays() throws {
        let flags = try Self.objects(["export", "--what", "flags", "--kind", "contradiction"])
        #expect(!flags.isEmpty && flags.allSatisfy { $0["kind"] as? String == "contradiction" })
        for f in flags {
            let claims = try #require(f["claims"] as? [[String: Any]])
            #expect(claims.count >= 2 && claims.allSatisfy { Set($0.keys) == Set(Export.claimColumns) })
        }
        let jsonl = ClaimDiffTool.capture(["export", "--what", "flags", "--format", "jsonl", "--about", "su35."])
        for line in jsonl.out.split(separator: "\n") {
            let f = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(f["claims"] is [[String: Any]] && (f["proposition"] as? String)?.hasPrefix("su35.") == true)
        }
        let csv = ClaimDiffTool.capture(["export", "--what", "flags", "--format", "csv", "--kind", "contradiction"])
        let first = csv.out.split(separator: "\r\n")[1]
        let ids = try #require(flags.first?["claims"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(first.contains(ids.joined(separator: " ")))
    }

    @Test("flags --format json is export --what flags: one schema for every finding export")
    func flagsJSONIsTheExportSchema() {
        let flags = ClaimDiffTool.capture(["flags", "--format", "json", "--about", "su35.", "--annotations", Self.annotations])
        let export = ClaimDiffTool.capture(["export", "--what", "flags", "--about", "su35.", "--annotations", Self.annotations])
        #expect(flags.code == .success && !flags.out.isEmpty && flags.out == export.out)
    }

    @Test("--bom starts CSV with EF BB BF; without it there is none", arguments: [
        (id: "with-bom", args: ["--bom"], bom: true), (id: "without", args: [String](), bom: false),
    ])
    func byteOrderMark(row: (id: String, args: [String], bom: Bool)) throws {
        try withTemporaryDirectory { dir in
            let out = dir.path + "/claims.csv"
            let run = ClaimDiffTool.capture(["export", "--format", "csv", "--out", out] + row.args)
            #expect(run.code == .success)
            let bytes = try #require(FileManager.default.contents(atPath: out))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF] || !row.bom)
            #expect(bytes.starts(with: Data("id,paper,".utf8)) == !row.bom)
        }
    }

    @Test("export usage errors exit 64", arguments: [
        (id: "bom-with-json", args: ["export", "--bom"], message: "claimdiff: error: '--bom' and '--format json' cannot be used together"),
        (id: "kind-with-claims", args: ["export", "--kind", "update"], message: "claimdiff: error: '--kind' and '--what claims' cannot be used together"),
        (id: "unknown-kind", args: ["export", "--what", "flags", "--kind", "nope"], message: "claimdiff: error: invalid value 'nope' for '--kind'"),
    ])
    func usage(row: (id: String, args: [String], message: String)) {
        let run = ClaimDiffTool.capture(row.args)
        #expect(run.code == .usage)
        #expect(run.err.hasPrefix(row.message))
    }

    @Test("--out - writes to standard output and creates no file named '-'", arguments: [
        ["export", "--format", "jsonl", "--about", "su35.", "--out", "-"], ["brief", "--about", "su35.", "--out=-"],
        ["diff", "--from", "2021", "--to", "2022", "--out", "-"],
    ])
    func dashIsStandardOutput(args: [String]) throws {
        let cwd = FileManager.default.currentDirectoryPath
        let before = FileManager.default.fileExists(atPath: cwd + "/-")
        let run = ClaimDiffTool.capture(args + ["--annotations", Self.annotations])
        #expect(run.code == .success)
        #expect(!run.out.isEmpty)
        #expect(FileManager.default.fileExists(atPath: cwd + "/-") == before)
    }

    /// `Docs/export.md` lists exactly the columns export writes, in order, and each schema column.
    @Test("Docs/export.md documents every column, in order")
    func documented() throws {
        let doc = try String(contentsOfFile: PackagePaths.root + "/Docs/export.md", encoding: .utf8)
        func tableColumns(after heading: String) -> [String] {
            let part = doc.components(separatedBy: heading)[1].components(separatedBy: "\n## ")[0]
            return part.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { String($0.split(separator: "`")[1]) }
        }
        #expect(tableColumns(after: "## Claims") == Export.claimColumns)
        #expect(tableColumns(after: "## Flags") == Export.flagColumns)
        for column in ClaimSchema.fields.compactMap(\.column) { #expect(doc.contains("`\(column)`"), "\(column)") }
    }
}
