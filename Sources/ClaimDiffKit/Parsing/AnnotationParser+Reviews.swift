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
              r.field("disposition") != nil, r.field("note") != nil else { return }
        let fields = Dictionary(r.fields.filter { $0.key != "history" }.map { ($0.key, (value: $0.value, at: $0.valueLocation, keyAt: $0.keyLocation)) },
                                uniquingKeysWith: { a, _ in a })
        guard var review = disposition(r.id, fields, at: r.location) else { return }
        // Earlier dispositions, oldest first: each `history:` line is one.
        for h in r.fields where h.key == "history" {
            switch ReviewHistory.parts(h.value) {
            case .failure(let f):
                error(Self.advanced(h.valueLocation, by: f.offset), f.message)
                return
            case .success(let parts):
                let entry = Dictionary(parts.map { ($0.key, (value: $0.value, at: Self.advanced(h.valueLocation, by: $0.offset),
                                                           keyAt: Self.advanced(h.valueLocation, by: max(0, $0.offset - $0.key.count - 2)))) },
                                       uniquingKeysWith: { a, _ in a })
                guard let earlier = disposition(r.id, entry, at: h.valueLocation) else { return }
                review.history.append(earlier)
            }
        }
        resolvedByLocations[r.id] = r.field("resolved-by")?.valueLocation
        reviews.append(review)
    }

    typealias ReviewField = (value: String, at: SourceLocation, keyAt: SourceLocation)

    /// A disposition from its fields (a record's, or a `history:` line's parts), each checked
    /// at its own place; nil after reporting what is wrong.
    mutating func disposition(_ flag: String, _ fields: [String: ReviewField], at location: SourceLocation) -> Review? {
        guard let d = fields["disposition"], let note = fields["note"] else { return nil }
        guard let disposition = Review.Disposition(rawValue: d.value) else {
            let names = Review.Disposition.allCases.map(\.rawValue)
            error(d.at, "unknown disposition '\(d.value)'\(Suggestion.hint(d.value, names)); expected one of \(names.joined(separator: ", "))")
            return nil
        }
        if disposition == .resolved, fields["resolved-by"] == nil {
            error(d.at, "disposition 'resolved' needs 'resolved-by: CLAIM-ID'")
            return nil
        }
        if disposition != .resolved, let f = fields["resolved-by"] {
            error(f.keyAt, "'resolved-by' goes with disposition 'resolved'")
            return nil
        }
        var day: TimeSpan?
        if let f = fields["date"] {
            let field = SyntaxField(key: "date", keyLocation: f.keyAt, value: f.value, valueLocation: f.at, quoted: false, comment: nil)
            guard let s = date(field) else { return nil }
            guard s.precision == .day else { error(f.at, "review date must be a day, YYYY-MM-DD"); return nil }
            day = s
        }
        if let k = fields["kind"], Flag.Kind(rawValue: k.value) == nil {
            let names = Flag.Kind.allCases.map(\.rawValue)
            error(k.at, "unknown finding kind '\(k.value)'\(Suggestion.hint(k.value, names))")
            return nil
        }
        if let f = fields["fingerprint"], !(f.value.hasPrefix("e-") && f.value.count == 12) {
            error(f.at, "fingerprint must be 'e-' and ten characters, as 'claimdiff explain' shows it, got '\(f.value)'")
            return nil
        }
        return Review(flagID: flag, disposition: disposition, resolvedBy: fields["resolved-by"]?.value, note: note.value,
                      by: fields["by"]?.value, date: day, kind: fields["kind"]?.value, fingerprint: fields["fingerprint"]?.value,
                      location: location)
    }

    /// `at` moved `n` columns to the right, on its line (a history line is one line).
    static func advanced(_ at: SourceLocation, by n: Int) -> SourceLocation {
        SourceLocation(file: at.file, line: at.line, column: at.column + n)
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
