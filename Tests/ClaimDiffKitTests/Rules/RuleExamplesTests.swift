import Testing
@testable import ClaimDiffKit

/// Runs every rule's own examples: triggering ones must raise exactly the expected flags,
/// non-triggering ones none. A failure is reported at the example's line in the rule file.
@Suite struct RuleExamplesTests {
    static let rules: [String] = builtInRules.map { $0.description.identifier }

    @Test(arguments: rules)
    func examplesBehave(_ identifier: String) throws {
        let rule = try #require(builtInRules.first { $0.description.identifier == identifier })
        let d = rule.description
        #expect(d.triggeringExamples.count >= 2, "\(identifier) needs at least two triggering examples")
        #expect(d.nonTriggeringExamples.count >= 2, "\(identifier) needs at least two non-triggering examples")
        for example in d.triggeringExamples + d.nonTriggeringExamples {
            check(example, rule)
        }
        for example in d.triggeringExamples {
            #expect(!example.expected.isEmpty, "a triggering example of \(identifier) expects no flag",
                    sourceLocation: location(example))
        }
        for example in d.nonTriggeringExamples {
            #expect(example.expected.isEmpty, sourceLocation: location(example))
        }
    }

    private func check(_ example: RuleExample, _ rule: any Rule.Type) {
        let source = SourceText.decode(Array((RuleExample.vocabulary + example.snippet).utf8), path: "example.claims")
        guard case .success(let text) = source else {
            Issue.record("example does not decode", sourceLocation: location(example))
            return
        }
        let (set, diagnostics) = AnnotationParser.parse([text])
        #expect(diagnostics.isEmpty, "example does not parse: \(diagnostics.map(\.headline))", sourceLocation: location(example))
        let asOf = example.asOf.flatMap { try? Analysis.parseDate($0, option: "--as-of") }
        let context = RuleContext(set: set, asOf: asOf)
        let found = rule.init().flags(in: context).map { RuleExample.Expected(kind: $0.kind, claims: $0.claims) }
        #expect(Set(found) == Set(example.expected), "flags: \(found) expected: \(example.expected)",
                sourceLocation: location(example))
        #expect(found.count == Set(found).count, "duplicate flags: \(found)", sourceLocation: location(example))
        for flag in rule.init().flags(in: context) {
            #expect(flag.rule == rule.description.identifier)
            #expect(rule.description.kinds.contains(flag.kind), "\(flag.kind) is not among the rule's kinds")
            #expect(!flag.why.isEmpty && flag.why.hasSuffix("."), "why must be a sentence: \(flag.why)")
        }
    }

    private func location(_ e: RuleExample) -> Testing.SourceLocation {
        Testing.SourceLocation(fileID: "ClaimDiffKit/\(e.file.split(separator: "/").last ?? "")", filePath: e.file, line: e.line, column: 1)
    }
}

extension RuleExample.Expected {
    init(kind: Flag.Kind, claims: [String]) {
        self.init(kind)
        self.claims = claims.sorted()
    }
}
