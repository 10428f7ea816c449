@testable import ClaimDiffKit

/// Everything parsed, written out field by field, for comparing two parses.
///
/// `Claim`'s `==` compares only id and location, so tests compare these dumps instead.
/// Without `locations`, source locations are blanked: formatting moves lines, not meaning.
enum ModelDump {
    static func text(_ set: AnnotationSet, locations: Bool = true) -> String {
        let none = SourceLocation(file: "", line: 0, column: 0)
        var out = ""
        for var p in set.papers {
            if !locations { p.location = none; p.sourceLocation = none }
            dump(p, to: &out)
        }
        for var c in set.claims {
            if !locations { c.location = none }
            dump(c, to: &out)
        }
        for var p in set.propositions {
            if !locations { p.location = none; p.ladder?.location = none; p.scale?.location = none }
            dump(p, to: &out)
        }
        for var l in set.ladders {
            if !locations { l.location = none }
            dump(l, to: &out)
        }
        for var s in set.scales {
            if !locations { s.location = none }
            dump(s, to: &out)
        }
        for var s in set.speakers {
            if !locations { s.location = none }
            dump(s, to: &out)
        }
        for var r in set.reviews {
            if !locations { r.location = none }
            dump(r, to: &out)
        }
        return out
    }
}
