/// Turns compared pairs into flags for the comparison rules (category, ladder, amount,
/// likelihood), so that all of them word agreements, contradictions and updates alike.
///
/// Time decides the kind: values that conflict for overlapping times contradict; a later
/// value that differs from an earlier one is an update (or, on a ladder, a step back).
struct PairwiseFlagger {
    let context: RuleContext
    let rule: String
    let kind: Proposition.Kind

    /// Flags for every group of this rule's kind.
    /// - Parameter successive: the flag, if any, for a claim and its predecessor, given how their values compare.
    func flags(successive: (Claim, Claim, Proposition, ValueComparison.Outcome) -> Flag?) -> [Flag] {
        var out: [Flag] = []
        for g in context.index.groups where g.proposition.kind == kind {
            let p = g.proposition
            // Positions of the plain statements, and their keys: the sweeps see numbers only.
            let (plain, keys) = g.plainStatements
            // Each claim's value (and figure's period) read once: pairs compare these, and only
            // a pair that raises a flag reads its claims.
            let values = plain.map { g.claims[$0].value }
            let periods = kind == .amount ? plain.map { g.claims[$0].period.map { ($0.start, $0.end) } } : []
            func claim(_ i: Int) -> Claim { g.claims[plain[i]] }
            /// Amounts compare only within the same period when both give one.
            func comparable(_ i: Int, _ j: Int) -> Bool {
                guard kind == .amount, let x = periods[i], let y = periods[j] else { return true }
                return x == y
            }
            PairSweep.overlapping(keys, samePaper: false, sameValue: { values[$0] == values[$1] }) { i, j in
                guard comparable(i, j) else { return }
                let cmp = ValueComparison.outcome(values[i], values[j], on: p)
                switch cmp.outcome {
                case .agree: out.append(agreement(claim(i), claim(j), p))
                case .conflict:
                    let a = claim(i), b = claim(j)
                    out.append(contradiction(a, b, p, distance: cmp.distance) { ValueComparison.compare(a, b, on: p).reason })
                case .unrelated: break
                }
            }
            PairSweep.successive(keys) { i, j in
                guard comparable(i, j) else { return }
                if let f = successive(claim(i), claim(j), p, ValueComparison.outcome(values[i], values[j], on: p).outcome) { out.append(f) }
            }
        }
        return out
    }

    // The reasons are worded when read, from the two claims and the proposition alone: a
    // million flags keep no context and no comparison, only what wording them needs.

    func agreement(_ a: Claim, _ b: Claim, _ p: Proposition) -> Flag {
        Flag(rule: rule, kind: .agreement, severity: .info, proposition: p.key, pair: a.id, b.id,
             why: "\(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)) and \(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) for overlapping times; \(ValueComparison.compare(a, b, on: p).reason).")
    }

    /// A contradiction worded with the given reason (`reason` is called when the flag is read).
    /// - Parameter timing: how the two times relate, in words.
    func contradiction(_ a: Claim, _ b: Claim, _ p: Proposition, distance: Int, timing: StaticString = "about overlapping times",
                       reason: @escaping @Sendable () -> String) -> Flag {
        let weak = [a, b].first { $0.stance != .asserted }
        let why: @Sendable () -> String = {
            var why = "\(RuleContext.cite(a)) says \(RuleContext.words(a, on: p)) and \(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) \(timing.description); \(reason())."
            if let w = weak {
                why += " It rests on \(w.id), which the paper \(Self.stanceWords(w)), so it is a disputed report rather than a flat contradiction."
            }
            return why
        }
        let kind: Flag.Kind
        let severity: Flag.Severity
        if weak != nil {
            kind = .disputedReport
            severity = .low
        } else {
            kind = .contradiction
            severity = distance >= 2 ? .high : (distance == 0 ? .low : .medium)
        }
        return Flag(rule: rule, kind: kind, severity: severity, proposition: p.key, pair: a.id, b.id, why: why())
    }

    /// An update: the later claim moved on from the earlier one.
    func update(_ a: Claim, _ b: Claim, _ p: Proposition, _ detail: StaticString) -> Flag {
        Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, pair: a.id, b.id,
             why: "\(RuleContext.cite(b)) says \(RuleContext.words(b, on: p)) after \(RuleContext.cite(a)) said \(RuleContext.words(a, on: p)); their times do not overlap, so \(detail.description), not a contradiction.")
    }

    static func stanceWords(_ c: Claim) -> String {
        if let h = c.hedge { return "hedges ('\(h)')" }
        if let s = c.attributedTo { return "attributes to \(s)" }
        if let s = c.speaker { return "attributes to speaker '\(s)'" }
        return "asserts"
    }
}
