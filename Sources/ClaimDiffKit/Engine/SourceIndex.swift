/// Whose statement a claim is: the one place that says what a claim's **source** is.
///
/// A paper's own claims are the paper's. A claim that names a `speaker` is that speaker's,
/// whichever paper relays it, and whatever the statement's date: a speaker repeating himself
/// is not corroboration. A claim that `relays` another claim has that claim's source; one that
/// `cites` a paper has the cited paper's source (the source of the cited paper's claim of the
/// same value, if it has one). The single-source check, the consensus findings and the brief
/// count sources, not papers (`Docs/findings.md`, "Sources and papers").
public struct SourceIndex: Sendable {
    /// A source: a paper speaking for itself, or a declared speaker.
    public enum Source: Hashable, Sendable, Comparable {
        case paper(String)
        case speaker(String)
    }

    let set: AnnotationSet
    /// The sources of the claims that name one (`speaker`, `relays`, `cites`), by claim id;
    /// every other claim is its paper's.
    let named: [String: Source]

    public init(_ set: AnnotationSet) {
        self.set = set
        let naming = set.claims.filter(\.namesSource)
        guard !naming.isEmpty else { named = [:]; return }
        // The claims of the cited papers, by paper and proposition, to find the cited statement.
        let cited = Set(naming.compactMap(\.cites))
        var byPaper: [String: [Claim]] = [:]
        if !cited.isEmpty { for c in set.claims where cited.contains(c.paper) { byPaper[c.paper + " " + c.about, default: []].append(c) } }
        var named: [String: Source] = [:]
        func source(_ c: Claim, depth: Int) -> Source {
            if let s = named[c.id] { return s }
            guard depth < 64 else { return .paper(c.paper) }
            if let r = c.relays, let x = set.claim(r) { return source(x, depth: depth + 1) }
            if let p = c.cites {
                let same = byPaper[p + " " + c.about]?.first { $0.value == c.value && $0.cites != c.paper }
                return same.map { source($0, depth: depth + 1) } ?? .paper(p)
            }
            if let s = c.speaker { return .speaker(s) }
            return .paper(c.paper)
        }
        for c in naming { named[c.id] = source(c, depth: 0) }
        self.named = named
    }

    /// The claim's source.
    public func source(of c: Claim) -> Source {
        named.isEmpty ? .paper(c.paper) : named[c.id] ?? .paper(c.paper)
    }

    /// A source as reports name it: the paper's id, or the speaker's name.
    public func label(_ s: Source) -> String {
        switch s {
        case .paper(let p): p
        case .speaker(let id): set.speaker(id)?.name ?? id
        }
    }

    /// Claims' sources in words, each with the papers that relay it: `2 sources (a; Dorn,
    /// relayed by o1 and o2)`, or `1 source, relayed by 2 (Dorn: o1, o2)`. Sources in the
    /// order of their first claim.
    public func words(_ claims: [Claim]) -> String {
        var order: [Source] = []
        var papers: [Source: [String]] = [:]
        for c in claims {
            let s = source(of: c)
            if papers[s] == nil { order.append(s) }
            if !papers[s, default: []].contains(c.paper) { papers[s, default: []].append(c.paper) }
        }
        func relayed(_ s: Source) -> Bool { papers[s]! != [label(s)] }
        if order.count == 1, let s = order.first {
            let ps = papers[s]!
            return ps.count > 1 ? "1 source, relayed by \(ps.count) (\(label(s)): \(ps.joined(separator: ", ")))"
                : relayed(s) ? "1 source (\(label(s)), in \(ps[0]))" : "1 source (\(label(s)))"
        }
        let parts = order.map { s in
            relayed(s) ? "\(label(s)), relayed by \(Self.list(papers[s]!))" : label(s)
        }
        return "\(order.count) sources (\(parts.joined(separator: order.contains(where: relayed) ? "; " : ", ")))"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ xs: [String]) -> String {
        xs.count < 2 ? xs.joined() : xs.dropLast().joined(separator: ", ") + " and " + xs.last!
    }
}

extension Claim {
    /// The claim names its source: a `speaker`, a claim it `relays` or a paper it `cites`.
    var namesSource: Bool { rare { $0.speaker != nil || $0.relays != nil || $0.cites != nil ? true : nil } ?? false }
}
