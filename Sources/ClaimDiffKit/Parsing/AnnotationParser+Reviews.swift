extension AnnotationParser {
    /// The one file that holds review records, in the annotations folder.
    static let reviewsFile = "reviews.claims"

    mutating func buildReview(_ r: SyntaxRecord) {
        // Only in reviews.claims, the file `claimdiff review` writes: a review kept anywhere else
        // got a second record from `review`, and every later command failed on a duplicate id.
        let file = r.location.file.split(separator: "/").last.map(String.init) ?? r.location.file
        guard file == Self.reviewsFile else {
            error(r.location, "review of '\(r.id)' in '\(file)'; reviews belong in \(Self.reviewsFile), where 'claimdiff review' records them")
            return
        }
        guard checkIdentifier(r.id, at: r.idLocation, what: "flag id"), claimName("review", r.id, at: r.idLocation),
              let d = r.field("disposition"), let note = r.field("note") else { return }
        guard let disposition = Review.Disposition(rawValue: d.value) else {
            let names = Review.Disposition.allCases.map(\.rawValue)
            error(d.valueLocation, "unknown disposition '\(d.value)'\(Suggestion.hint(d.value, names)); expected one of \(names.joined(separator: ", "))")
            return
        }
        if disposition == .resolved, r.field("resolved-by") == nil {
            error(d.valueLocation, "disposition 'resolved' needs 'resolved-by: CLAIM-ID'")
            return
        }
        if disposition != .resolved, let f = r.field("resolved-by") {
            error(f.keyLocation, "'resolved-by' goes with disposition 'resolved'")
            return
        }
        var day: TimeSpan?
        if let f = r.field("date") {
            guard let s = date(f) else { return }
            guard s.precision == .day else { error(f.valueLocation, "review date must be a day, YYYY-MM-DD"); return }
            day = s
        }
        if let k = r.field("kind"), Flag.Kind(rawValue: k.value) == nil {
            let names = Flag.Kind.allCases.map(\.rawValue)
            error(k.valueLocation, "unknown finding kind '\(k.value)'\(Suggestion.hint(k.value, names))")
            return
        }
        if let f = r.field("fingerprint"), !(f.value.hasPrefix("e-") && f.value.count == 12) {
            error(f.valueLocation, "fingerprint must be 'e-' and ten characters, as 'claimdiff explain' shows it, got '\(f.value)'")
            return
        }
        resolvedByLocations[r.id] = r.field("resolved-by")?.valueLocation
        reviews.append(Review(flagID: r.id, disposition: disposition, resolvedBy: r.field("resolved-by")?.value,
                              note: note.value, by: r.field("by")?.value, date: day, kind: r.field("kind")?.value,
                              fingerprint: r.field("fingerprint")?.value, location: r.location))
    }

    /// A review that resolves by a claim must name a claim that exists.
    mutating func checkReviewReferences() {
        guard reviews.contains(where: { $0.resolvedBy != nil }) else { return }
        let known = Set(claims.map(\.id))
        for rv in reviews {
            if let c = rv.resolvedBy, !known.contains(c), !wasDeclared("claim", c) {
                error(resolvedByLocations[rv.flagID] ?? rv.location, "review of '\(rv.flagID)' is resolved by unknown claim '\(c)'\(Suggestion.hint(c, claims.map(\.id)))")
            }
        }
        reviews.removeAll { rv in rv.resolvedBy.map { !known.contains($0) } ?? false }
    }
}
