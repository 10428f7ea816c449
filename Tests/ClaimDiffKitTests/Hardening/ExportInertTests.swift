import Foundation
import Testing
@testable import ClaimDiffKit

/// Exports of the hostile set: CSV text cells cannot run as spreadsheet formulas, other cells
/// are left alone, and JSON and JSON Lines give back every string exactly.
@Suite struct ExportInertTests {
    /// The hostile set on disk, and what it parses to.
    static func hostileSet(in dir: TemporaryDirectory) throws -> (String, AnnotationSet) {
        for (path, text) in HostileCorpus.hostile { try dir.write(text, to: "a/" + path) }
        let loaded = try AnnotationLoader.load(paths: [dir.path + "/a"])
        #expect(loaded.diagnostics.isEmpty)
        return (dir.path + "/a", loaded.set)
    }

    /// RFC 4180: fields separated by `,`, records by CRLF, `"` quotes a field and `""` is a quote.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, i = text.unicodeScalars.startIndex
        let s = text.unicodeScalars
        while i < s.endIndex {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    let next = s.index(after: i)
                    if next < s.endIndex, s[next] == "\"" { field.unicodeScalars.append("\""); i = next } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", s.index(after: i) < s.endIndex, s[s.index(after: i)] == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
                i = s.index(after: i)
            } else {
                field.unicodeScalars.append(c)
            }
            i = s.index(after: i)
        }
        return rows
    }

    @Test("CSV text cells starting with =, +, -, @ get a leading ' and every other cell is as written")
    func csvFormulaGuard() throws {
        try withTemporaryDirectory { dir in
            let (annotations, set) = try Self.hostileSet(in: dir)
            let run = ClaimDiffTool.capture(["export", "--format", "csv", "--annotations", annotations])
            #expect(run.code == .success)
            let rows = Self.parseCSV(run.out)
            let table = Export.claims(set)
            #expect(rows.first == table.columns)
            #expect(rows.count == set.claims.count + 1)
            var guarded = 0
            for (row, raw) in zip(rows.dropFirst(), table.rows) {
                #expect(row.count == table.columns.count)
                for (cell, (typed, column)) in zip(row, zip(raw, table.columns)) {
                    let value = typed.csvText
                    let dangerous = value.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
                    if table.text.contains(column), dangerous {
                        #expect(cell == "'" + value, "column \(column)")
                        guarded += 1
                    } else {
                        #expect(cell == value, "column \(column)")
                    }
                }
            }
            // '=HYPERLINK', '+1+2', '-3+4', '@SUM', '- bullet' as quotes and notes at least.
            #expect(guarded >= 8)
            #expect(!rows.dropFirst().flatMap { $0 }.contains { "=+-@".unicodeScalars.contains($0.unicodeScalars.first ?? " ") },
                    "a cell starts with a formula character")
        }
    }

    @Test("CSV of flags guards the why and claims columns and leaves the id and kind alone")
    func csvFlags() throws {
        try withTemporaryDirectory { dir in
            let (annotations, _) = try Self.hostileSet(in: dir)
            let run = ClaimDiffTool.capture(["export", "--format", "csv", "--what", "flags", "--annotations", annotations])
            #expect(run.code == .success)
            let rows = Self.parseCSV(run.out)
            #expect(rows.count > 1)
            for row in rows.dropFirst() {
                #expect(row.count == Export.flagColumns.count)
                #expect(row[0].hasPrefix("f-"))
                #expect(!row.contains { "=+-@".unicodeScalars.contains($0.unicodeScalars.first ?? " ") })
            }
        }
    }

    @Test("JSON and JSON Lines give back every hostile string exactly")
    func jsonRoundTrip() throws {
        try withTemporaryDirectory { dir in
            let (annotations, set) = try Self.hostileSet(in: dir)
            let json = ClaimDiffTool.capture(["export", "--format", "json", "--annotations", annotations])
            #expect(json.code == .success)
            let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
            #expect(objects.map { $0["quote"] as? String } == set.claims.map(\.quote))
            #expect(objects.map { $0["note"] as? String } == set.claims.map(\.note))
            #expect(Set(set.claims.map(\.quote)).isSuperset(of: HostileCorpus.strings))

            let lines = ClaimDiffTool.capture(["export", "--format", "jsonl", "--annotations", annotations])
            #expect(lines.code == .success)
            let split = lines.out.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(split.count == set.claims.count + 1 && split.last == "", "one object a line, newline-terminated")
            for (line, claim) in zip(split, set.claims) {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["quote"] as? String == claim.quote)
                #expect(object["id"] as? String == claim.id)
            }
        }
    }
}
