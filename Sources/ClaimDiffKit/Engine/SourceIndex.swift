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

    /// Whether the paper only relays the claim: it names a speaker or a text it is attributed
    /// to, relays another claim or cites another paper. A paper's own record leaves these out.
    public func isRelayed(_ c: Claim) -> Bool {
        c.attributedTo != nil || source(of: c) != .paper(c.paper)
    }

    /// The statement a relayed claim reports, as a key: equal keys, one statement (the same
    /// source, proposition, value and horizon); nil for a paper's own claim. Whether two such
    /// claims are also of the same date is for the caller (`sameStatement`).
    public func statement(_ c: Claim) -> String? {
        let s = source(of: c)
        guard s != .paper(c.paper) else { return nil }
        return "\(s)|\(c.about)|\(c.value.text)|\(c.by?.text ?? "")"
    }

    /// Claims of one statement key grouped by date: a claim joins a group when its time is within
    /// 31 days of the group's latest (a statement's date is known to the precision its papers give).
    public func statements(_ claims: [Claim]) -> [[Claim]] {
        var byKey: [String: [Claim]] = [:]
        var order: [String] = []
        for c in claims {
            guard let k = statement(c) else { continue }
            if byKey[k] == nil { order.append(k) }
            byKey[k, default: []].append(c)
        }
        var out: [[Claim]] = []
        for k in order {
            var current: [Claim] = []
            for c in byKey[k]!.sorted(by: { ($0.time.start, $0.id) < ($1.time.start, $1.id) }) {
                if let last = current.last, c.time.start > max(last.time.end, current.map(\.time.end).max()!) + 31 {
                    out.append(current)
                    current = []
                }
                current.append(c)
            }
            out.append(current)
        }
        return out
    }

    /// A source as reports name it: the paper's id, or the speaker's name.
    public func label(_ s: Source) -> String {
        switch s {
        case .paper(let p): p
        case .speaker(let id): set.speaker(id)?.name ?? id
        }
    }

    /// Claims' sources in words, each with the papers that relay it: `2 sources (a; Dorn,
    /// relayed by o1 and o2)`, `1 source, relayed by 2 (Dorn, relayed by o1 and o2)`, `1 source,
    /// relayed by 2 (a, cited by b)`. Sources in the order of their first claim.
    public func words(_ claims: [Claim]) -> String {
        var order: [Source] = []
        var papers: [Source: [String]] = [:]
        for c in claims {
            let s = source(of: c)
            if papers[s] == nil { order.append(s) }
            if !papers[s, default: []].contains(c.paper) { papers[s, default: []].append(c.paper) }
        }
        // A paper cited by others: "a, cited by b"; a speaker: "Dorn, relayed by o1 and o2".
        func detail(_ s: Source) -> String? {
            let ps = papers[s]!
            switch s {
            case .paper(let p):
                let others = ps.filter { $0 != p }
                return others.isEmpty ? nil : "\(p), cited by \(Self.list(others))"
            case .speaker:
                return "\(label(s)), relayed by \(Self.list(ps))"
            }
        }
        if order.count == 1, let s = order.first {
            let n = papers[s]!.count
            return "1 source" + (n > 1 ? ", relayed by \(n)" : "") + " (\(detail(s) ?? label(s)))"
        }
        let parts = order.map { detail($0) ?? label($0) }
        return "\(order.count) sources (\(parts.joined(separator: order.contains { detail($0) != nil } ? "; " : ", ")))"
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
