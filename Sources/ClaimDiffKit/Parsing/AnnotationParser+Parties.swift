extension AnnotationParser {
    /// `parties: a, b` and `parties-up-to: STEP` on a ladder proposition: two or more distinct
    /// identifiers, and a step of its ladder below the last. False when either is wrong.
    mutating func buildParties(_ r: SyntaxRecord, into p: inout Proposition, ladder l: Ladder) -> Bool {
        let parties = r.field("parties"), upTo = r.field("parties-up-to")
        guard let parties else {
            if let u = upTo { error(u.keyLocation, "'parties-up-to' goes with 'parties'"); return false }
            return true
        }
        let names = parties.value.components(separatedBy: ",").map(\.trimmingSpaces)
        for n in names where !Self.isIdentifier(n) {
            error(parties.valueLocation, "invalid party '\(n)'; parties are identifiers separated by ','")
            return false
        }
        guard Set(names).count == names.count, names.count >= 2 else {
            error(parties.valueLocation, "'parties' names two or more different parties, got '\(parties.value)'")
            return false
        }
        guard let upTo else {
            error(parties.keyLocation, "'parties' needs 'parties-up-to: STEP', the last step each party takes on its own")
            return false
        }
        guard let step = l.steps.firstIndex(of: upTo.value), step < l.steps.count - 1 else {
            let hint = l.steps.contains(upTo.value) ? "; the last step belongs to the whole" : Suggestion.hint(upTo.value, l.steps)
            error(upTo.valueLocation, "parties-up-to must be a step of ladder '\(l.name)' below its last, got '\(upTo.value)'\(hint)")
            return false
        }
        p.parties = names
        p.partiesUpTo = step
        return true
    }

    /// A claim's `party` must be one of its proposition's parties.
    mutating func checkParty(_ c: Claim, at: SourceLocation) -> Bool {
        guard let party = c.party else { return true }
        guard let p = propositions[c.about] else { return true }
        guard !p.parties.isEmpty else {
            error(at, "'party' applies to propositions that declare parties; '\(p.key)' declares none")
            return false
        }
        guard p.parties.contains(party) else {
            error(at, "unknown party '\(party)' for '\(p.key)'\(Suggestion.hint(party, p.parties)); parties: \(p.parties.joined(separator: ", "))")
            return false
        }
        return true
    }
}
