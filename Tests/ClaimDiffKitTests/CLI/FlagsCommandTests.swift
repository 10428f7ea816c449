import Foundation
import Testing
@testable import ClaimDiffKit

@Suite struct FlagsCommandTests {
    static func run(_ args: [String]) -> (ExitCode, OutputCapture) {
        let c = OutputCapture()
        return (ClaimDiffTool.run(args, console: c.console), c)
    }

    @Test func jsonHasSortedKeysAndRequiredFields() throws {
        let (code, c) = Self.run(["flags", "--format", "json", "--annotations", PackagePaths.annotations])
        #expect(code == .success)
        let data = Data(c.out.utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(!objects.isEmpty)
        for o in objects {
            for key in ["id", "kind", "rule", "claims", "why"] { #expect(o[key] != nil, "missing \(key)") }
        }
        // Sorted keys: in the text, "claims" comes before "id", "id" before "kind".
        let first = c.out.components(separatedBy: "\n  },")[0]
        let positions = ["\"claims\"", "\"id\"", "\"kind\"", "\"rule\"", "\"why\""].compactMap { first.range(of: $0)?.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func filtersByKindAndPrefix() {
        let root = PackagePaths.annotations
        let (code, c) = Self.run(["flags", "--kind", "update", "--about", "su35.", "--annotations", root])
        #expect(code == .success)
        let lines = c.out.split(separator: "\n").filter { $0.hasPrefix("f-") }
        #expect(!lines.isEmpty)
        for l in lines { #expect(l.contains("update") && l.contains("su35.")) }
        #expect(Self.run(["flags", "--kind", "nonsense", "--annotations", root]).0 == .usage)
    }

    @Test func explainShowsQuotesAndDates() throws {
        let root = PackagePaths.annotations
        let (_, list) = Self.run(["flags", "--kind", "contradiction", "--annotations", root])
        let id = try #require(list.out.split(separator: " ").first.map(String.init))
        let (code, c) = Self.run(["explain", id, "--annotations", root])
        #expect(code == .success)
        #expect(c.out.hasPrefix("\(id): contradiction"))
        // Every claim the flag rests on is shown with its quote.
        let flag = try #require(Self.run(["flags", "--format", "json", "--annotations", root]).1.out.components(separatedBy: "\"id\" : \"\(id)\"").count == 2 ? id : nil)
        let claims = list.out.split(separator: "\n").first!.split(separator: " ").last.map { $0.split(separator: ",") }
        #expect(flag == id && claims != nil)
        #expect(c.out.components(separatedBy: "  quote: \"").count >= 3)
        #expect(c.out.contains("published"))
        #expect(Self.run(["explain", "f-unknown", "--annotations", root]).0 == .noInput)
    }
}
