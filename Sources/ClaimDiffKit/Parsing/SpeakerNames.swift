import Foundation

/// Names that look like one speaker written two ways ("Shahriar" and "Shahriyar", or one
/// with a trailing "to Tasnim"): a warning, never an error, since only the annotator knows.
///
/// Each declared speaker is one identity (its name and aliases); so is each distinct
/// `attributed-to` text of the claims that name no `speaker`. Two identities with a name in
/// common after folding, or names one edit apart (two for long names), are suggested to be one.
enum SpeakerNames {
    /// One identity: who it is, its names, and where it is written.
    struct Identity {
        var label: String
        var names: [String]
        var location: SourceLocation
        var speaker: String?
    }

    /// Lower-case, without diacritics or punctuation, single spaces.
    static func fold(_ s: String) -> String {
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let kept = folded.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    /// The name itself: before a comma (a role follows it), without a trailing "to X" (an
    /// interview given to an outlet), folded.
    static func core(_ s: String) -> String {
        let head = s.split(separator: ",", maxSplits: 1).first.map(String.init) ?? s
        var words = fold(head).split(separator: " ").map(String.init)
        if let to = words.lastIndex(of: "to"), to > 0, words.count - to - 1 <= 2 { words.removeSubrange(to...) }
        return words.joined(separator: " ")
    }

    /// Whether two names are near-identical but not written the same.
    static func near(_ a: String, _ b: String) -> Bool {
        let x = core(a), y = core(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true }
        let n = min(x.count, y.count)
        let limit = n >= 16 ? 2 : n >= 5 ? 1 : 0
        return limit > 0 && abs(x.count - y.count) <= limit && Suggestion.distance(x, y) <= limit
    }

    /// The warnings, for speakers and the claims' locations of `attributed-to` (claim id to location).
    static func warnings(speakers: [Speaker], claims: [Claim], locations: [String: SourceLocation]) -> [Diagnostic] {
        var identities = speakers.sorted { $0.id < $1.id }.map { Identity(label: "speaker '\($0.id)'", names: $0.names, location: $0.location, speaker: $0.id) }
        var seen: [String: Int] = [:]
        for c in claims where c.speaker == nil {
            guard let text = c.attributedTo else { continue }
            let at = locations[c.id + " attributed-to"] ?? c.location
            if let i = seen[text] {
                if at < identities[i].location { identities[i].location = at; identities[i].label = "'\(text)' (claim '\(c.id)')" }
                continue
            }
            seen[text] = identities.count
            identities.append(Identity(label: "'\(text)' (claim '\(c.id)')", names: [text], location: at, speaker: nil))
        }
        var out: [Diagnostic] = []
        for i in identities.indices {
            for j in identities.indices where j > i {
                let (a, b) = (identities[i], identities[j])
                guard a.speaker == nil || b.speaker == nil else { continue }  // two declared speakers: an error if they share a name
                guard let pair = a.names.lazy.compactMap({ x in b.names.first { near(x, $0) }.map { (x, $0) } }).first else { continue }
                let (later, earlier) = a.location < b.location ? (b, a) : (a, b)
                let declared = [a, b].first { $0.speaker != nil }?.speaker
                let advice = declared.map { "; if so, write 'speaker: \($0)'" } ?? "; if so, declare a 'speaker' record with both spellings and name it with 'speaker:'"
                // A declared speaker's spelling is named; two texts name themselves in their labels.
                let spelling = declared.map { _ in
                    let name = a.speaker != nil ? pair.0 : pair.1, text = a.speaker != nil ? pair.1 : pair.0
                    return fold(name) == fold(text) ? " ('\(name)' is one of its names)" : " (it is written '\(name)')"
                } ?? ""
                out.append(Diagnostic(.warning, at: later.location,
                                      "\(later.label) and \(earlier.label) look like one speaker\(spelling)\(advice)",
                                      notes: [.init(location: earlier.location, message: "\(earlier.label) written here")]))
            }
        }
        return out
    }
}
