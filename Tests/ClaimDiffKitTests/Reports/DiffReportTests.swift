import Testing
@testable import ClaimDiffKit

/// The diff's sections, its opening paragraph, its order and the papers behind each side,
/// on small corpora in the scenarios' vocabulary.
@Suite struct DiffReportTests {
    /// a (2021-06): jets not yet contracted (which b contradicts), the treaty announced (no
    /// later paper speaks to it), cooperation deepening (as c says); b (2023-06): the contract
    /// signed before a said it was not, cooperation stagnant (an update), two new propositions.
    static let corpus = Scenario.paper("a", "2021-06") + """
    claim a1
      about: jets.transfer
      value: < contracted
      as-of: 2021-05-30
      quote: "no deal for the jets has been signed"

    claim a2
      about: treaty.status
      value: announced
      as-of: 2021-05
      quote: "the treaty was announced in May"

    claim a3
      about: cooperation.level
      value: deepening
      quote: "cooperation is deepening"

    """ + Scenario.paper("c", "2021-09") + """
    claim c1
      about: cooperation.level
      value: deepening
      quote: "cooperation keeps deepening"

    """ + Scenario.paper("b", "2023-06") + """
    claim b1
      about: jets.transfer
      value: contracted
      event: 2021-05-20
      quote: "the jet contract was signed on 20 May 2021"

    claim b2
      about: cooperation.level
      value: stagnant
      quote: "cooperation has stalled"

    claim b3
      about: trade.volume
      value: 4 billion USD
      period: 2022
      quote: "trade reached $4 billion in 2022"

    claim b4
      about: rel.becomes-strategic
      value: unlikely
      quote: "the relationship is unlikely to become strategic"

    """

    static func context(_ papers: String) -> ReportContext {
        let (set, diagnostics) = Snippet.parse(Scenario.vocabulary + papers, path: "scenario.claims")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.headline))")
        return ReportContext(set: set)
    }

    static func sections(_ r: ReportContext, _ from: Int, _ to: Int) -> [DiffReport.Section: [String]] {
        let (a, b) = (TimeSpan.endOfYear(from), TimeSpan.endOfYear(to))
        let items = DiffReport.items(r, pairs: [(a, b)])[0]
        let entries = DiffReport.entries(r, from: a, to: b, items: items)
        var out: [DiffReport.Section: [String]] = [:]
        for s in DiffReport.Section.allCases { out[s] = entries[s.rawValue].map(\.item.label) }
        return out
    }

    @Test func contradictedAndNotMentionedLandInTheirOwnSections() {
        let r = Self.context(Self.corpus)
        #expect(r.flags.contains { $0.kind == .contradiction && Set($0.claims) == ["a1", "b1"] })
        #expect(Self.sections(r, 2021, 2023) == [
            .changed: ["cooperation.level"],
            .contradicted: ["jets.transfer"],
            .new: ["trade.volume [2022]", "rel.becomes-strategic"],
            .notMentioned: ["treaty.status"],
            .unchanged: [],
        ])
    }

    @Test func theParagraphIsBuiltFromTheData() {
        let text = DiffReport.render(Self.context(Self.corpus), from: .endOfYear(2021), to: .endOfYear(2023))
        let paragraph = try! #require(text.split(separator: "\n").first { $0.hasPrefix("In short:") })
        #expect(paragraph == "In short: between 2021 and 2023 the papers moved “How Arvania-Belmark cooperation stands” from deepening to stagnant; the view of “Belmark's jets for Arvania” held at 2021 (before contracted) is now contradicted by b; 2 propositions appear for the first time; 1 view held at 2021 is not mentioned again and stands as last said: “The Arvania-Belmark treaty”.")
        // Another corpus, other words: nothing in the paragraph is fixed but its frame.
        let other = Scenario.paper("a", "2021-06") + """
        claim a1
          about: treaty.status
          value: negotiating
          quote: "talks on the treaty go on"

        """ + Scenario.paper("b", "2022-06") + """
        claim b1
          about: treaty.status
          value: signed
          quote: "the treaty was signed"

        claim b2
          about: cooperation.level
          value: cautious
          quote: "cooperation is cautious"

        claim b3
          about: cooperation.deepens
          value: likely
          quote: "cooperation will likely deepen"

        """
        let second = DiffReport.render(Self.context(other), from: .endOfYear(2021), to: .endOfYear(2022))
        #expect(second.contains("In short: between 2021 and 2022 the papers moved “The Arvania-Belmark treaty” from negotiating to signed; 2 propositions appear for the first time, chiefly on cooperation (2)."))
    }

    @Test func eachSideNamesEveryPaperHoldingIt() throws {
        let r = Self.context(Self.corpus)
        let (a, b) = (TimeSpan.endOfYear(2021), TimeSpan.endOfYear(2023))
        let entries = DiffReport.entries(r, from: a, to: b, items: DiffReport.items(r, pairs: [(a, b)])[0])
        let changed = try #require(entries[DiffReport.Section.changed.rawValue].first)
        // The headline (c's, the later) first, then a, which says the same.
        #expect(changed.before.map(\.id) == ["c1", "a3"])
        #expect(changed.after.map(\.id) == ["b2"])
        let text = DiffReport.render(r, from: a, to: b)
        #expect(text.contains("| Held at 2021 | deepening | c (2021-09) | “cooperation keeps deepening” |"))
        #expect(text.contains("| Held at 2021 | deepening | a (2021-06) | “cooperation is deepening” |"))
        #expect(text.contains("| Held at 2023 | stagnant | b (2023-06) | “cooperation has stalled” |"))
        let contradicted = try #require(entries[DiffReport.Section.contradicted.rawValue].first)
        #expect(contradicted.disputes.map(\.kind) == [.contradiction])
    }

    @Test func entriesAreOrderedByImportance() {
        // Three changes: cooperation (two papers before), treaty (one, but a key judgement),
        // relations (one, but b's claim is in dissent with d's of the same time).
        let papers = Scenario.paper("a", "2021-06") + """
        claim a1
          about: cooperation.level
          value: deepening
          quote: "cooperation is deepening"

        claim a2
          about: treaty.status
          value: negotiating
          key-judgement: yes
          quote: "talks on the treaty go on"

        claim a3
          about: relations.third-country
          value: good
          as-of: 2021-03
          quote: "relations with the third country are good"

        """ + Scenario.paper("c", "2021-09") + """
        claim c1
          about: cooperation.level
          value: deepening
          quote: "cooperation keeps deepening"

        """ + Scenario.paper("b", "2023-06") + """
        claim b1
          about: cooperation.level
          value: stagnant
          quote: "cooperation has stalled"

        claim b2
          about: treaty.status
          value: signed
          quote: "the treaty was signed"

        claim b3
          about: relations.third-country
          value: strained
          as-of: 2023-05
          quote: "relations with the third country are strained"

        """ + Scenario.paper("d", "2023-06") + """
        claim d1
          about: relations.third-country
          value: good
          as-of: 2023-05
          quote: "relations with the third country are good"

        """
        let r = Self.context(papers)
        #expect(r.flags.contains { $0.kind == .dissent && Set($0.claims) == ["b3", "d1"] })
        #expect(Self.sections(r, 2021, 2023)[.changed] == ["relations.third-country", "treaty.status", "cooperation.level"])
    }

    @Test func aViewALinkedPropositionRulesOutIsChangedNotLeftStanding() throws {
        // The vocabulary: jets.transfer >= contracted implies arms.deals >= contracted.
        let papers = Scenario.paper("a", "2021-06") + """
        claim a1
          about: arms.deals
          value: < contracted
          quote: "no new arms deal has been signed"

        """ + Scenario.paper("b", "2023-06") + """
        claim b1
          about: jets.transfer
          value: contracted
          quote: "the jets were contracted"

        """
        let r = Self.context(papers)
        let sections = Self.sections(r, 2021, 2023)
        #expect(sections[.changed] == ["arms.deals"])
        #expect(sections[.notMentioned] == [])
        let text = DiffReport.render(r, from: .endOfYear(2021), to: .endOfYear(2023))
        #expect(text.contains("| Implied at 2023 | `jets.transfer` contracted | b (2023-06) | “the jets were contracted” |"))
        #expect(text.contains("the papers moved “New arms deals between Belmark and Arvania” from before contracted to contracted or later (implied by jets.transfer)"))
    }

    /// A compatible term is a restatement: listed as changed, but the paragraph says it was
    /// restated, not moved, and names it after the views that moved.
    @Test func restatementsAreNotMoves() {
        let papers = Scenario.paper("a", "2021-06") + """
        claim a1
          about: relationship.nature
          value: tactical
          quote: "the ties are tactical"

        claim a2
          about: treaty.status
          value: negotiating
          quote: "the treaty is under negotiation"

        """ + Scenario.paper("b", "2023-06") + """
        claim b1
          about: relationship.nature
          value: pragmatic
          quote: "the ties are pragmatic"

        claim b2
          about: treaty.status
          value: signed
          quote: "the treaty was signed"

        """
        // tactical = pragmatic is one state: unchanged; the treaty moved.
        let text = DiffReport.render(Self.context(papers), from: .endOfYear(2021), to: .endOfYear(2023))
        #expect(text.contains("In short: between 2021 and 2023 the papers moved “The Arvania-Belmark treaty” from negotiating to signed;"), "\(text)")
        #expect(!text.contains("restated"), "equivalent terms are the same view")
        // A consistent narrower range whose lowest step did not rise is restated, named after
        // the view that moved (the nature, now a term that excludes the earlier one).
        let narrower = papers.replacingOccurrences(of: "value: negotiating", with: "value: >= announced")
            .replacingOccurrences(of: "value: signed", with: "value: announced..signed")
            .replacingOccurrences(of: "value: pragmatic", with: "value: strategic-partnership")
        let other = DiffReport.render(Self.context(narrower), from: .endOfYear(2021), to: .endOfYear(2023))
        #expect(other.contains("the papers moved “The nature of the Arvania-Belmark relationship” from tactical to strategic-partnership; they restated “The Arvania-Belmark treaty” (announced or later as announced to signed)."), "\(other)")
    }
}
