extension AnnotationParser {
    /// `speaker ID`: a name, an optional role and other spellings (`aliases`, separated by `;`).
    mutating func buildSpeaker(_ r: SyntaxRecord) {
        guard checkIdentifier(r.id, at: r.idLocation, what: "speaker id"), claimName("speaker", r.id, at: r.idLocation),
              let name = r.field("name") else { return }
        guard !name.value.isEmpty else { error(name.valueLocation, "speaker '\(r.id)' has an empty name"); return }
        let aliases = r.field("aliases").map { $0.value.components(separatedBy: ";").map(\.trimmingSpaces).filter { !$0.isEmpty } } ?? []
        var s = Speaker(id: r.id, name: name.value, role: r.field("role")?.value, aliases: aliases, note: r.field("note")?.value, location: r.location)
        // A name two speakers share would make the two one speaker: say which, at both places.
        for other in speakers.values.sorted(by: { $0.id < $1.id }) {
            if let shared = s.names.first(where: { n in other.names.contains { SpeakerNames.fold($0) == SpeakerNames.fold(n) } }) {
                let at = shared == s.name ? name.valueLocation : (r.field("aliases")?.valueLocation ?? r.location)
                error(at, "speaker '\(r.id)' and speaker '\(other.id)' share the name '\(shared)'; one speaker is one record",
                      notes: [.init(location: other.location, message: "speaker '\(other.id)' declared here")])
                return
            }
        }
        s.aliases = aliases
        speakers[r.id] = s
    }

    /// Where a claim's `speaker`, `relays` or `cites` value was written (the precise path keeps it).
    mutating func noteReferences(_ r: SyntaxRecord) {
        for key in ["speaker", "relays", "cites", "party", "attributed-to"] {
            if let f = r.field(key) { referenceLocations[r.id + " " + key] = f.valueLocation }
        }
    }

    /// Every `speaker`, `relays` and `cites` must name a declared speaker, another claim about the
    /// same proposition, or another paper; relays cannot loop. Checked once every file is read.
    mutating func checkClaimReferences() {
        var referring: [Int] = []
        for i in claims.indices where claims[i].speaker != nil || claims[i].relays != nil || claims[i].cites != nil || claims[i].party != nil { referring.append(i) }
        guard !referring.isEmpty else { return }
        var byID: [String: Int] = [:]
        for (i, c) in claims.enumerated() { byID[c.id] = i }
        func at(_ c: Claim, _ key: String) -> SourceLocation { referenceLocations[c.id + " " + key] ?? c.location }
        var rejected: Set<Int> = []
        for i in referring {
            let c = claims[i]
            if !checkParty(c, at: at(c, "party")) { rejected.insert(i) }
            if let s = c.speaker, speakers[s] == nil, !wasDeclared("speaker", s) {
                error(at(c, "speaker"), "unknown speaker '\(s)'\(Suggestion.hint(s, Array(speakers.keys))); declare it with a 'speaker \(s)' record")
                rejected.insert(i)
            }
            if let r = c.relays {
                if r == c.id {
                    error(at(c, "relays"), "claim '\(c.id)' relays itself")
                    rejected.insert(i)
                } else if let j = byID[r] {
                    if claims[j].about != c.about {
                        error(at(c, "relays"), "claim '\(c.id)' relays '\(r)', a claim about '\(claims[j].about)', not '\(c.about)'")
                        rejected.insert(i)
                    } else {
                        // Follow the chain: a loop has no first statement.
                        var chain = [c.id], k = j
                        while true {
                            let id = claims[k].id
                            if id == c.id {
                                error(at(c, "relays"), "claim '\(c.id)' relays a chain of claims that leads back to it (\((chain + [c.id]).joined(separator: " -> ")))")
                                rejected.insert(i)
                                break
                            }
                            guard !chain.contains(id) else { break }
                            chain.append(id)
                            guard let next = claims[k].relays, let n = byID[next] else { break }
                            k = n
                        }
                    }
                } else if !wasDeclared("claim", r) {
                    error(at(c, "relays"), "claim '\(c.id)' relays unknown claim '\(r)'\(Suggestion.hint(r, claims.map(\.id)))")
                    rejected.insert(i)
                }
            }
            if let p = c.cites {
                if p == c.paper {
                    error(at(c, "cites"), "claim '\(c.id)' cites its own paper '\(p)'; 'cites' names another paper")
                    rejected.insert(i)
                } else if papers[p] == nil, !wasDeclared("paper", p) {
                    error(at(c, "cites"), "claim '\(c.id)' cites unknown paper '\(p)'\(Suggestion.hint(p, Array(papers.keys)))")
                    rejected.insert(i)
                }
            }
        }
        if !rejected.isEmpty {
            claims = claims.indices.filter { !rejected.contains($0) }.map { claims[$0] }
        }
    }
}
