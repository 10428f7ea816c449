import Foundation
import Testing
@testable import ClaimDiffKit

/// The engine on the bundled annotations: time decides between update and contradiction,
/// ids are stable, and the output is sorted.
@Suite struct EngineTests {
    static let root = PackagePaths.root

    static func corpus() throws -> (AnnotationLoader.Loaded, [Flag]) {
        let loaded = try AnnotationLoader.load(paths: [root + "/Annotations"])
        return (loaded, RuleEngine().run(RuleContext(set: loaded.set)))
    }

    @Test func bundledAnnotationsShowAgreementsContradictionsAndUpdates() throws {
        let (_, flags) = try Self.corpus()
        for kind in [Flag.Kind.consensus, .consistent, .update, .unexplainedChange, .contradiction, .forecastMissed, .singleSource] {
            #expect(flags.contains { $0.kind == kind }, "no \(kind.rawValue) flag on the bundled annotations")
        }
    }

    @Test func pairwiseContradictionsOnlyForOverlappingTimes() throws {
        let (loaded, flags) = try Self.corpus()
        // Statuses are compared as positions over time (a step reached stays reached), so only
        // the other kinds' pairwise rules are held to overlapping times.
        let pairwise = ["category_consistency", "amount_consistency", "likelihood_bands"]
        func isLadder(_ f: Flag) -> Bool { loaded.set.proposition(f.proposition)?.kind == .ladder }
        for f in flags where f.kind == .dissent || f.kind == .disputedReport && pairwise.contains(f.rule) && !isLadder(f) {
            let cs = f.claims.compactMap { loaded.set.claim($0) }
            #expect(cs.count == 2)
            #expect(cs[0].time.overlaps(cs[1].time), "\(f.id) is dissent between claims whose times do not overlap: \(f.why)")
        }
        // States contradict across time only when the later claim asserts continuity or both are fixed at an event.
        for f in flags where f.kind == .contradiction && (f.rule == "category_consistency" || f.rule == "likelihood_bands") {
            let cs = f.claims.compactMap { loaded.set.claim($0) }
            let fixed = loaded.set.proposition(f.proposition)?.fixed == true || cs.allSatisfy { $0.fixedAt != nil }
            #expect(fixed || cs[1].continues || cs[0].time.overlaps(cs[1].time), "\(f.id): \(f.why)")
        }
        for f in flags where f.kind == .update && isLadder(f) {
            // The later claim's step is certain no earlier than the earlier claim's.
            let cs = f.claims.compactMap { loaded.set.claim($0) }
            #expect(cs[0].time.end <= cs[1].time.end, "\(f.id) lists the later claim first")
        }
        for f in flags where f.kind == .update && !isLadder(f) {
            // Overlapping times only when the later claim reports the change it dates (since:).
            let cs = f.claims.compactMap { loaded.set.claim($0) }
            if let since = cs[1].since {
                #expect(cs[0].time.start <= since.end, "\(f.id): the earlier claim comes after the reported change")
            } else {
                #expect(!cs[0].time.overlaps(cs[1].time), "\(f.id) is an update between overlapping times")
                #expect(cs[0].time.end < cs[1].time.start, "\(f.id) lists the later claim first")
            }
        }
    }

    @Test func flagIDsDoNotChangeWhenUnrelatedAnnotationsChange() throws {
        let (loaded, flags) = try Self.corpus()
        let extra = """
        paper extra-2025
          title: An unrelated paper
          publisher: Nobody
          published: 2019-01
          source: extra.txt

        claim extra-hezbollah
          about: extra.topic
          value: yes
          quote: "unrelated"

        proposition extra.topic
          kind: category
          title: Something no one else speaks to
          terms: yes, no
          excludes: yes | no
        """
        guard case .success(let text) = SourceText.decode(Array(extra.utf8), path: "extra.claims") else {
            Issue.record("extra snippet does not decode")
            return
        }
        let (set, diagnostics) = AnnotationParser.parse(loaded.sources + [text])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        let after = RuleEngine().run(RuleContext(set: set, asOf: RuleContext(set: loaded.set).asOf))
        let afterIDs = Set(after.map(\.id))
        for f in flags { #expect(afterIDs.contains(f.id), "flag \(f.id) (\(f.kind.rawValue)) disappeared after an unrelated change") }
        #expect(after.count == flags.count + 1, "the unrelated paper should add exactly its single-source flag")
    }

    @Test func flagsAreSortedAndUnique() throws {
        let (_, flags) = try Self.corpus()
        #expect(flags == flags.sorted())
        #expect(Set(flags.map(\.id)).count == flags.count)
        for f in flags { #expect(f.id.hasPrefix("f-") && f.id.count == 12) }
    }

    @Test func everyFlagSaysWhyWithEvidence() throws {
        let (loaded, flags) = try Self.corpus()
        for f in flags {
            #expect(f.why.hasSuffix("."), "\(f.id): \(f.why)")
            #expect(!f.claims.isEmpty)
            for id in f.claims { #expect(loaded.set.claim(id) != nil, "\(f.id) names unknown claim \(id)") }
        }
    }
}
