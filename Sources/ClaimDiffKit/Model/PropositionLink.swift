/// A link the vocabulary declares from one proposition to another, which the
/// `linked_propositions` rule and forecast resolution check without any Swift:
///
/// - `implies: >= contracted -> arms.deals >= contracted`: a claim of this proposition within
///   the first condition means the other proposition meets the second;
/// - `rules-out: strategic-alliance -> israel.russia-relations good`: the two cannot hold together;
/// - `resolves-on: relationship.nature strategic-partnership, strategic-alliance`: a likelihood
///   judgement is borne out or missed by the other proposition reaching those values.
public struct PropositionLink: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case implies
        case rulesOut = "rules-out"
        case resolvesOn = "resolves-on"
    }

    /// Values of one proposition: a ladder range, or a set of terms (category or likelihood).
    public struct Condition: Hashable, Sendable {
        public var proposition: String
        public var ladder: LadderRange?
        public var terms: [String]
        /// As written, e.g. `arms.deals >= contracted`.
        public var text: String

        public init(proposition: String, ladder: LadderRange?, terms: [String], text: String) {
            self.proposition = proposition
            self.ladder = ladder
            self.terms = terms
            self.text = text
        }
    }

    public var kind: Kind
    /// The condition on the declaring proposition; nil for `resolves-on`.
    public var from: Condition?
    /// The condition on the other proposition.
    public var to: Condition
    public var location: SourceLocation

    public init(kind: Kind, from: Condition?, to: Condition, location: SourceLocation) {
        self.kind = kind
        self.from = from
        self.to = to
        self.location = location
    }

    /// The link in the vocabulary's words: `jets.transfer >= contracted implies arms.deals >= contracted`.
    public var text: String {
        switch kind {
        case .implies: "\(from!.text) implies \(to.text)"
        case .rulesOut: "\(from!.text) rules out \(to.text)"
        case .resolvesOn: "resolves on \(to.text)"
        }
    }
}

extension PropositionLink.Condition {
    /// Whether a value lies within the condition: a ladder range inside its range; a term among
    /// its terms or equivalent to one of them.
    func holds(for value: ClaimValue, on p: Proposition) -> Bool {
        switch value {
        case .ladder(let r): return ladder.map { r.isWithin($0) } ?? false
        case .term(let v), .likelihood(let v):
            return Proposition.terms(of: v).contains { t in terms.contains { $0 == t || p.relation($0, t) == .equivalent } }
        case .amount: return false
        }
    }

    /// Whether a value rules the condition out: a ladder range disjoint from it; a term that is
    /// a different state from every one of its terms.
    func fails(for value: ClaimValue, on p: Proposition) -> Bool {
        switch value {
        case .ladder(let r): return ladder.map { !r.overlaps($0) } ?? false
        case .term(let t): return terms.allSatisfy { !p.relation($0, t).agrees }
        case .likelihood, .amount: return false
        }
    }
}
