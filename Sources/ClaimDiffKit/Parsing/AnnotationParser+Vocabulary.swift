import Foundation

extension AnnotationParser {
    mutating func buildLadder(_ r: SyntaxRecord) {
        guard checkIdentifier(r.id, at: r.idLocation, what: "ladder name"), claimName("ladder", r.id, at: r.idLocation),
              let f = r.field("steps") else { return }
        let steps = f.value.components(separatedBy: "<").map(\.trimmingSpaces)
        var seen: Set<String> = []
        for s in steps {
            guard !s.isEmpty, Self.isIdentifier(s) else {
                error(f.valueLocation, "invalid ladder step '\(s)'; steps are identifiers separated by '<'")
                return
            }
            guard seen.insert(s).inserted else {
                error(f.valueLocation, "step '\(s)' appears twice in ladder '\(r.id)'; a ladder cannot loop back")
                return
            }
        }
        guard steps.count >= 2 else {
            error(f.valueLocation, "ladder '\(r.id)' needs at least two steps")
            return
        }
        ladders[r.id] = Ladder(name: r.id, steps: steps, location: r.location)
    }

    mutating func buildScale(_ r: SyntaxRecord) {
        guard checkIdentifier(r.id, at: r.idLocation, what: "scale name"), claimName("scale", r.id, at: r.idLocation) else { return }
        var bands: [Scale.Band] = []
        for f in r.fields {
            let parts = f.value.components(separatedBy: "..")
            guard parts.count == 2, let lo = Double(parts[0].trimmingSpaces), let hi = Double(parts[1].trimmingSpaces),
                  lo >= 0, hi <= 100, lo < hi else {
                error(f.valueLocation, "band for '\(f.key)' must be LOW..HIGH percent with 0 <= LOW < HIGH <= 100, got '\(f.value)'")
                continue
            }
            bands.append(Scale.Band(term: f.key, low: lo, high: hi))
        }
        if bands.isEmpty { error(r.location, "scale '\(r.id)' declares no terms") }
        scales[r.id] = Scale(name: r.id, bands: bands, location: r.location)
    }

    mutating func buildProposition(_ r: SyntaxRecord) {
        guard checkKey(r.id, at: r.idLocation), claimName("proposition", r.id, at: r.idLocation),
              let kindField = r.field("kind"), let title = r.field("title") else { return }
        guard let kind = Proposition.Kind(rawValue: kindField.value) else {
            let names = Proposition.Kind.allCases.map(\.rawValue)
            error(kindField.valueLocation, "unknown proposition kind '\(kindField.value)'\(Suggestion.hint(kindField.value, names)); expected one of \(names.joined(separator: ", "))")
            return
        }
        var p = Proposition(key: r.id, kind: kind, title: title.value, location: r.location)
        p.note = r.field("note")?.value
        for (k, keys) in Self.kindFields where k != kind {
            for key in keys { if let f = r.field(key) { error(f.keyLocation, "field '\(key)' does not apply to a \(kind.rawValue) proposition") } }
        }
        var ok = true
        switch kind {
        case .category:
            // Many propositions declare the same terms: a declaration read once without a
            // problem reads the same every time.
            let key = [r.field("terms"), r.field("equivalent"), r.field("compatible"), r.field("excludes")].map { $0?.value }
            if let known = memo.terms[key] {
                (p.terms, p.equivalents, p.compatibles, p.exclusions) = known
            } else {
                let before = diagnostics.count
                ok = buildTerms(r, into: &p)
                if ok, diagnostics.count == before { memo.terms[key] = (p.terms, p.equivalents, p.compatibles, p.exclusions) }
            }
        case .ladder:
            guard let f = r.field("ladder") else { missing(r, "ladder", "ladder proposition '\(r.id)' is missing field 'ladder'"); return }
            guard let l = ladders[f.value] else {
                if wasDeclared("ladder", f.value) { return }
                error(f.valueLocation, "unknown ladder '\(f.value)'\(Suggestion.hint(f.value, Array(ladders.keys)))")
                return
            }
            p.ladder = l
            guard buildParties(r, into: &p, ladder: l) else { return }
        case .amount:
            guard let u = r.field("unit") else { missing(r, "unit", "amount proposition '\(r.id)' is missing field 'unit'"); return }
            p.unit = u.value
            if let t = r.field("tolerance") {
                let v = t.value.hasSuffix("%") ? Double(String(t.value.dropLast()).trimmingSpaces).map { $0 / 100 } : nil
                guard let tol = v, tol >= 0, tol < 1 else {
                    error(t.valueLocation, "tolerance must be a percentage such as '5%', got '\(t.value)'")
                    return
                }
                p.tolerance = tol
            }
            if let c = r.field("converts") {
                for part in c.value.components(separatedBy: ";").map(\.trimmingSpaces) where !part.isEmpty {
                    guard let conversion = Self.conversion(part, to: u.value) else {
                        error(c.valueLocation, "converts needs '1 UNIT = FACTOR \(u.value)' (optionally 'as of DATE'), got '\(part)'")
                        return
                    }
                    p.conversions.append(conversion)
                }
            }
        case .likelihood:
            guard let f = r.field("scale") else { missing(r, "scale", "likelihood proposition '\(r.id)' is missing field 'scale'"); return }
            guard let s = scales[f.value] else {
                if wasDeclared("scale", f.value) { return }
                error(f.valueLocation, "unknown scale '\(f.value)'\(Suggestion.hint(f.value, Array(scales.keys)))")
                return
            }
            p.scale = s
        }
        if let f = r.field("persists") {
            guard kind == .category || kind == .likelihood else {
                error(f.keyLocation, "field 'persists' does not apply to a \(kind.rawValue) proposition; ladder steps hold until a reversal and figures their period")
                return
            }
            guard let months = Self.months(f.value) else {
                error(f.valueLocation, "persists must be a duration such as '12 months' or '2 years', got '\(f.value)'")
                return
            }
            p.persistsMonths = months
        }
        if let f = r.field("fixed") {
            guard f.value == "yes" || f.value == "no" else {
                error(f.valueLocation, "fixed must be 'yes' or 'no', got '\(f.value)'")
                return
            }
            p.fixed = f.value == "yes"
        }
        for kind in PropositionLink.Kind.allCases {
            guard let f = r.field(kind.rawValue) else { continue }
            if kind == .resolvesOn, p.kind != .likelihood {
                error(f.keyLocation, "field 'resolves-on' applies only to a likelihood proposition (a judgement resolves on an outcome)")
                return
            }
            if kind != .resolvesOn, p.kind == .amount {
                error(f.keyLocation, "field '\(kind.rawValue)' does not apply to an amount proposition")
                return
            }
            p.linkFields.append(Proposition.LinkField(kind: kind, value: f.value, location: f.valueLocation))
        }
        if ok { propositions[r.id] = p }
    }

    /// Resolves every proposition's link fields once all propositions are declared: each
    /// condition is read in its proposition's values. Diagnostics at the field's value.
    mutating func resolveLinks() {
        for key in propositions.keys.sorted() where !propositions[key]!.linkFields.isEmpty {
            var p = propositions[key]!
            var links: [PropositionLink] = []
            for f in p.linkFields {
                for part in f.value.components(separatedBy: ";").map(\.trimmingSpaces) where !part.isEmpty {
                    if f.kind == .resolvesOn {
                        guard let to = condition(part, at: f.location) else { continue }
                        links.append(PropositionLink(kind: f.kind, from: nil, to: to, location: f.location))
                        continue
                    }
                    let sides = part.components(separatedBy: "->")
                    guard sides.count == 2 else {
                        error(f.location, "\(f.kind.rawValue) needs 'VALUE -> PROPOSITION VALUE' (e.g. '>= contracted -> arms.deals >= contracted'), got '\(part)'")
                        continue
                    }
                    guard let from = condition("\(key) \(sides[0].trimmingSpaces)", at: f.location),
                          let to = condition(sides[1].trimmingSpaces, at: f.location) else { continue }
                    if to.proposition == key { error(f.location, "a link from '\(key)' must name another proposition"); continue }
                    links.append(PropositionLink(kind: f.kind, from: from, to: to, location: f.location))
                }
            }
            p.links = links
            propositions[key] = p
        }
    }

    /// `arms.deals >= contracted`, `relationship.nature strategic-partnership, strategic-alliance`.
    private mutating func condition(_ text: String, at loc: SourceLocation) -> PropositionLink.Condition? {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else {
            error(loc, "a link condition is 'PROPOSITION VALUE', got '\(text)'")
            return nil
        }
        guard let p = propositions[words[0]] else {
            error(loc, "unknown proposition '\(words[0])' in a link\(Suggestion.hint(words[0], Array(propositions.keys)))")
            return nil
        }
        let value = words[1].trimmingSpaces
        switch p.kind {
        case .ladder:
            switch p.ladder!.range(value) {
            case .success(let r): return .init(proposition: p.key, ladder: r, terms: [], text: "\(p.key) \(value)")
            case .failure:
                error(loc, "'\(value)' is not a step or bound of the ladder of '\(p.key)' (\(p.ladder!.steps.joined(separator: " < ")))")
                return nil
            }
        case .category, .likelihood:
            let known = p.kind == .category ? p.terms : (p.scale?.bands.map(\.term) ?? [])
            let terms = value.components(separatedBy: ",").map(\.trimmingSpaces)
            for t in terms where !known.contains(t) {
                error(loc, "unknown term '\(t)' for '\(p.key)' in a link\(Suggestion.hint(t, known))")
                return nil
            }
            return .init(proposition: p.key, ladder: nil, terms: terms, text: "\(p.key) \(terms.joined(separator: ", "))")
        case .amount:
            error(loc, "links to amount propositions are not supported ('\(p.key)')")
            return nil
        }
    }

    /// `1 bcf = 0.0283168 bcm` or `1 EUR = 1.08 USD as of 2023-06`, into `base`; nil when malformed.
    static func conversion(_ text: String, to base: String) -> Proposition.UnitConversion? {
        let sides = text.components(separatedBy: "=")
        guard sides.count == 2 else { return nil }
        let left = sides[0].split(separator: " "), right = sides[1].split(separator: " ")
        guard left.count == 2, left[0] == "1", right.count >= 2, let factor = Double(right[0]), factor > 0, factor.isFinite,
              right[1] == Substring(base), String(left[1]) != base else { return nil }
        if right.count > 2 { guard right.count == 5, right[2] == "as", right[3] == "of" else { return nil } }
        return .init(unit: String(left[1]), factor: factor, text: text.trimmingSpaces)
    }

    /// `12 months`, `1 month`, `2 years` as a number of months (1 to 1200); nil otherwise.
    static func months(_ text: String) -> Int? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return nil }
        let months: Int
        switch parts[1] {
        case "month", "months": months = n
        case "year", "years": months = n * 12
        default: return nil
        }
        return months <= 1200 ? months : nil
    }

    /// The fields that belong to each kind of proposition.
    static let kindFields: KeyValuePairs<Proposition.Kind, [String]> = [
        .category: ["terms", "equivalent", "compatible", "excludes"], .ladder: ["ladder", "parties", "parties-up-to"],
        .amount: ["unit", "tolerance", "converts"], .likelihood: ["scale"],
    ]

    mutating func checkKey(_ key: String, at loc: SourceLocation) -> Bool {
        let ok = Self.isKey(key)
        if !ok { error(loc, "invalid proposition key '\(key)'; use dotted lower-case words such as 'trade.volume'") }
        return ok
    }

    /// Dot-separated identifiers, none empty: each starts with a lower-case letter or digit and
    /// holds only those, `-` and `_` (what splitting at `.` and checking each part with
    /// `isIdentifier` accepts, in one pass over the bytes).
    static func isKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            var atStart = true
            for b in bytes {
                let alnum = (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                if b == UInt8(ascii: ".") {
                    if atStart { return false }
                    atStart = true
                } else if atStart {
                    guard alnum else { return false }
                    atStart = false
                } else {
                    guard alnum || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") else { return false }
                }
            }
            return !atStart
        }
    }

    /// Reads terms, equivalences, compatibilities and exclusions of a category proposition.
    private mutating func buildTerms(_ r: SyntaxRecord, into p: inout Proposition) -> Bool {
        guard let tf = r.field("terms") else { missing(r, "terms", "category proposition '\(r.id)' is missing field 'terms'"); return false }
        let terms = tf.value.components(separatedBy: ",").map(\.trimmingSpaces)
        for t in terms where !Self.isIdentifier(t) {
            error(tf.valueLocation, "invalid term '\(t)'; terms are identifiers separated by ','")
            return false
        }
        if Set(terms).count != terms.count { error(tf.valueLocation, "a term is listed twice in '\(r.id)'"); return false }
        p.terms = terms
        var ok = true
        func known(_ t: String, _ f: SyntaxField) -> Bool {
            if terms.contains(t) { return true }
            error(f.valueLocation, "unknown term '\(t)' in field '\(f.key)' of '\(r.id)'\(Suggestion.hint(t, terms))")
            ok = false
            return false
        }
        if let f = r.field("equivalent") {
            for group in f.value.components(separatedBy: ";") {
                let members = group.components(separatedBy: "=").map(\.trimmingSpaces)
                guard members.count >= 2 else { error(f.valueLocation, "an equivalence needs at least two terms: 'a = b'"); ok = false; continue }
                guard members.allSatisfy({ known($0, f) }) else { continue }
                // Groups that share a term merge: a = b; b = c makes one class.
                var merged = members
                p.equivalents.removeAll { g in
                    if g.contains(where: members.contains) { merged += g; return true }
                    return false
                }
                var seen: Set<String> = []
                p.equivalents.append(merged.filter { seen.insert($0).inserted })
            }
        }
        func pairs(_ key: String, sep: String) -> [Proposition.TermPair] {
            guard let f = r.field(key) else { return [] }
            var out: [Proposition.TermPair] = []
            for group in f.value.components(separatedBy: ";") {
                let sides = group.components(separatedBy: sep)
                guard sides.count == 2 else {
                    error(f.valueLocation, key == "excludes" ? "an exclusion is 'a, b | c, d'" : "a compatibility is 'a ~ b'")
                    ok = false
                    continue
                }
                let left = sides[0].components(separatedBy: ",").map(\.trimmingSpaces)
                let right = sides[1].components(separatedBy: ",").map(\.trimmingSpaces)
                for a in left where known(a, f) { for b in right where known(b, f) { out.append(.init(a, b)) } }
            }
            return out
        }
        p.compatibles = pairs("compatible", sep: "~")
        p.exclusions = pairs("excludes", sep: "|")
        for x in p.exclusions where p.relation(x.a, x.b) == .equivalent || x.a == x.b {
            error(r.field("excludes")!.valueLocation, x.a == x.b
                  ? "term '\(x.a)' excludes itself in '\(r.id)'"
                  : "terms '\(x.a)' and '\(x.b)' are both equivalent and excluded in '\(r.id)'")
            ok = false
        }
        for x in p.compatibles where p.exclusions.contains(x) {
            error(r.field("compatible")!.valueLocation, "terms '\(x.a)' and '\(x.b)' are both compatible and excluded in '\(r.id)'")
            ok = false
        }
        return ok
    }
}
