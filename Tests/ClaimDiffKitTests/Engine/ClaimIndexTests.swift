import Testing
@testable import ClaimDiffKit

/// The index's groups: claims in time order, and what the sweeps and reports read of them
/// as numbers (time, paper, whether plain) agreeing with the claims themselves.
@Suite struct ClaimIndexTests {
    static func claim(_ id: String, paper: String, _ start: Int, _ end: Int, about: String = "p", forecast: Bool = false) -> Claim {
        let span = TimeSpan(start: start, end: end, precision: .span, text: "\(start)..\(end)")
        var c = Claim(id: id, paper: paper, about: about, value: .term("x"), quote: "q",
                      location: SourceLocation(file: "f", line: 1, column: 1), time: span, madeAt: span)
        if forecast { c.by = span }
        return c
    }

    static func set(_ claims: [Claim], papers: [String]) -> AnnotationSet {
        let loc = SourceLocation(file: "f", line: 1, column: 1)
        var p = Proposition(key: "p", kind: .category, title: "P", location: loc)
        p.terms = ["x"]
        var q = Proposition(key: "q", kind: .category, title: "Q", location: loc)
        q.terms = ["x"]
        let span = TimeSpan(start: 0, end: 0, precision: .day, text: "1970-01-01")
        let ps = papers.map { Paper(id: $0, title: $0, authors: [], publisher: "P", published: span, printed: nil, source: "s", reliability: nil,
                                    note: nil, location: loc, sourceLocation: loc) }
        return AnnotationSet(papers: ps, claims: claims, propositions: [p, q], ladders: [], scales: [], reviews: [])
    }

    @Test func groupsAreInTimeOrderWithKeysThatDescribeTheirClaims() {
        let cs = [Self.claim("a", paper: "A", 5, 9), Self.claim("b", paper: "B", 1, 3), Self.claim("c", paper: "A", 1, 2),
                  Self.claim("d", paper: "C", 1, 3, about: "q"), Self.claim("e", paper: "B", 1, 3, forecast: true)]
        let index = ClaimIndex(Self.set(cs, papers: ["A", "B", "C"]))
        #expect(index.groups.map(\.proposition.key) == ["p", "q"])
        let g = index.groups[0]
        // By start, then end, then id.
        #expect(g.claims.map(\.id) == ["c", "b", "e", "a"])
        for (k, c) in zip(g.keys, g.claims) {
            #expect(k.start == c.time.start && k.end == c.time.end && k.plain == c.isPlainStatement)
        }
        #expect(g.keys.map(\.plain) == [true, true, false, true])
        #expect(g.paperCount() == 2)
        #expect(g.paperCount(plainOnly: true) == 2)
        #expect(g.paperCount(upTo: 1) == 1)
        #expect(g.plainStatements.positions == [0, 1, 3])
    }

    @Test func aPaperTheSetDoesNotHoldIsOnePaper() {
        // Claims of paper X (not among the set's papers) with another paper's claim between them.
        let cs = [Self.claim("a1", paper: "X", 1, 2), Self.claim("a2", paper: "Y", 1, 2), Self.claim("a3", paper: "X", 3, 4),
                  Self.claim("a4", paper: "Z", 3, 4)]
        let g = ClaimIndex(Self.set(cs, papers: ["Y"])).groups[0]
        #expect(g.paperCount() == 3)
        let x = g.claims.indices.filter { g.claims[$0].paper == "X" }.map { g.keys[$0].paper }
        #expect(x.count == 2 && x[0] == x[1])
        #expect(Set(g.keys.map(\.paper)).count == 3)
    }
}
