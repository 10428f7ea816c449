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
    func flags(successive: (Claim, Claim, Proposition, ValueComparison) -> Flag?) -> [Flag] {
        var out: [Flag] = []
        for g in context.index.groups where g.proposition.kind == kind {
            let p = g.proposition
            let claims = g.claims.filter(\.isPlainStatement)
            for (a, b) in PairSweep.overlapping(claims, samePaper: false) where comparable(a, b) {
                let cmp = ValueComparison.compare(a, b, on: p)
                switch cmp.outcome {
                case .agree: out.append(agreement(a, b, p, cmp))
                case .conflict: out.append(contradiction(a, b, p, cmp))
                case .unrelated: break
                }
            }
            for (a, b) in PairSweep.successive(claims) where comparable(a, b) {
                if let f = successive(a, b, p, ValueComparison.compare(a, b, on: p)) { out.append(f) }
            }
        }
        return out
    }

    /// Amounts compare only within the same period when both give one.
    private func comparable(_ a: Claim, _ b: Claim) -> Bool {
        if let pa = a.period, let pb = b.period { return pa.start == pb.start && pa.end == pb.end }
        return true
    }

    func agreement(_ a: Claim, _ b: Claim, _ p: Proposition, _ cmp: ValueComparison) -> Flag {
        Flag(rule: rule, kind: .agreement, severity: .info, proposition: p.key, claims: [a.id, b.id],
             why: "\(context.cite(a)) says \(context.words(a, on: p)) and \(context.cite(b)) says \(context.words(b, on: p)) for overlapping times; \(cmp.reason).")
    }

    func contradiction(_ a: Claim, _ b: Claim, _ p: Proposition, _ cmp: ValueComparison) -> Flag {
        let weak = [a, b].first { $0.stance != .asserted }
        let context = context
        let why: @Sendable () -> String = {
            var why = "\(context.cite(a)) says \(context.words(a, on: p)) and \(context.cite(b)) says \(context.words(b, on: p)) about overlapping times; \(cmp.reason)."
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
            severity = cmp.distance >= 2 ? .high : (cmp.distance == 0 ? .low : .medium)
        }
        return Flag(rule: rule, kind: kind, severity: severity, proposition: p.key, claims: [a.id, b.id], why: why())
    }

    /// An update: the later claim moved on from the earlier one.
    func update(_ a: Claim, _ b: Claim, _ p: Proposition, _ detail: String) -> Flag {
        Flag(rule: rule, kind: .update, severity: .info, proposition: p.key, claims: [a.id, b.id],
             why: "\(context.cite(b)) says \(context.words(b, on: p)) after \(context.cite(a)) said \(context.words(a, on: p)); their times do not overlap, so \(detail), not a contradiction.")
    }

    static func stanceWords(_ c: Claim) -> String {
        if let h = c.hedge { return "hedges ('\(h)')" }
        if let s = c.attributedTo { return "attributes to \(s)" }
        return "asserts"
    }
}
