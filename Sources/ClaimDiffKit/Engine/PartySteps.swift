/// The steps of a ladder's parties (`parties:`, `parties-up-to:`) and of the whole they make.
///
/// Each party's claims (`party:`) say when it reached each step: a lower bound is certain
/// from the end of its claim's span. Up to `parties-up-to` the whole is at the lowest step of
/// its parties, so it reaches a step when the last party does; a step beyond belongs to the
/// whole and is claimed without a party. A claim that names no party, of a step up to
/// `parties-up-to` that some party had reached by its time and another had not, could mean
/// either: it is **ambiguous**, and it is kept out of the whole's status timeline.
struct PartySteps {
    let proposition: Proposition
    /// `reached[party][step]`: the first day the party is certain to have reached the step, and
    /// the claim that says so.
    let reached: [String: [Int: (day: Int, claim: Claim)]]
    let upTo: Int

    init?(_ p: Proposition, claims: [Claim]) {
        guard !p.parties.isEmpty, let upTo = p.partiesUpTo else { return nil }
        proposition = p
        self.upTo = upTo
        var reached: [String: [Int: (day: Int, claim: Claim)]] = [:]
        for c in claims where c.party != nil && c.by == nil && c.deniedBy == nil && !c.reversal {
            guard case .ladder(let r) = c.value, r.lower > 0 else { continue }
            for step in 1...min(r.lower, upTo) {
                let day = c.time.end
                if let known = reached[c.party!]?[step], (known.day, known.claim.id) <= (day, c.id) { continue }
                reached[c.party!, default: [:]][step] = (day, c)
            }
        }
        self.reached = reached
    }

    /// The day the whole reached a step up to `parties-up-to` (the last party's), and each
    /// party's claim for it; nil until every party has.
    func whole(_ step: Int) -> (day: Int, claims: [(party: String, day: Int, claim: Claim)])? {
        var out: [(party: String, day: Int, claim: Claim)] = []
        for party in proposition.parties {
            guard let r = reached[party]?[step] else { return nil }
            out.append((party, r.day, r.claim))
        }
        return (out.map(\.day).max()!, out)
    }

    /// The parties that had reached the claim's step by the end of its time, and those that had
    /// not, when the claim names no party and its step is one the parties take on their own.
    func ambiguity(_ c: Claim) -> (reached: [String], notYet: [String])? {
        guard c.party == nil, c.isPlainStatement, case .ladder(let r) = c.value, r.lower > 0, r.lower <= upTo else { return nil }
        let day = c.time.end
        let reachedBy = proposition.parties.filter { (reached[$0]?[r.lower]?.day).map { $0 <= day } ?? false }
        let notYet = proposition.parties.filter { !reachedBy.contains($0) }
        return reachedBy.isEmpty || notYet.isEmpty ? nil : (reachedBy, notYet)
    }
}
