import Testing
@testable import ClaimDiffKit

/// The sweep that replaces an all-pairs loop: it finds overlapping pairs and predecessors,
/// and its work stays bounded when one proposition has many claims.
@Suite struct PairSweepTests {
    static func claim(_ id: String, paper: String, _ start: Int, _ end: Int, value: String = "x") -> Claim {
        let span = TimeSpan(start: start, end: end, precision: .span, text: "\(start)..\(end)")
        return Claim(id: id, paper: paper, about: "p", value: .term(value), quote: "q",
                     location: SourceLocation(file: "f", line: 1, column: 1), time: span, madeAt: span)
    }

    @Test func overlappingPairsFromDifferentPapers() {
        let cs = [Self.claim("a", paper: "A", 0, 10), Self.claim("b", paper: "B", 5, 15), Self.claim("c", paper: "C", 20, 30)]
        let pairs = PairSweep.overlapping(cs, samePaper: false).map { "\($0.0.id)-\($0.1.id)" }
        #expect(pairs == ["a-b"])
    }

    @Test func predecessorsAreTheLatestEndingEarlierClaims() {
        let cs = [Self.claim("a", paper: "A", 0, 10), Self.claim("b", paper: "B", 2, 12), Self.claim("c", paper: "C", 20, 30)]
        let pairs = PairSweep.successive(cs).map { "\($0.0.id)-\($0.1.id)" }
        #expect(pairs == ["b-c"])
    }

    @Test func workIsBoundedForOneHugeProposition() {
        let n = 5_000
        let cs = (0..<n).map { Self.claim("c\($0)", paper: "P\($0)", 0, 100, value: $0 % 2 == 0 ? "x" : "y") }
        let pairs = PairSweep.overlapping(cs, samePaper: false)
        #expect(pairs.count <= n * PairSweep.maxPeers)
        #expect(pairs.count >= n - 1)
    }
}
