/// A claim's fields, declared once: each field's name, how its value is read and checked,
/// which propositions it applies to, where it is stored and how it reads back.
///
/// Both parse paths build claims from this table through `ClaimBuilder`, `fmt` writes fields
/// in its order (through `RecordSchema`), export and a claim's mirror read fields back through
/// it, and tests hold the docs' field table and the fuzz dictionary to it. A new optional field
/// is one entry here and its storage (`Claim+Rare.swift` for a rare one).
enum ClaimSchema {
    /// Every claim field, in canonical order.
    static let fields: [ClaimField] = [
        ClaimField("about", required: true, .about) { $0.about },
        ClaimField("value", required: true, .value) { $0.value },
        ClaimField("as-of", .span { d, s, _ in d.asOf = s }) { $0.asOf },
        ClaimField("period", .span { d, s, _ in d.period = s }, only: .amount,
                   misapplied: { "'period' applies to amounts; '\($0)' is a \($1.rawValue) proposition (use 'as-of' or 'event')" }) { $0.period },
        ClaimField("event", .span { d, s, _ in d.event = s }) { $0.event },
        ClaimField("change", .change, only: .amount,
                   misapplied: { "'change' applies to amounts; '\($0)' is a \($1.rawValue) proposition" }) { $0.change.map { ClaimField.Change(from: $0.from, to: $0.to) } },
        // On a likelihood proposition `by` is the judgement's horizon, not a forecast to resolve.
        ClaimField("by", .span { d, s, kind in d.setBy(s, likelihood: kind == .likelihood) }) { $0.by ?? $0.horizon },
        ClaimField("likelihood", .likelihood) { $0.likelihood },
        ClaimField("attributed-to", .text { d, v in d.extra.attributedTo = v }) { $0.attributedTo },
        ClaimField("speaker", .reference("speaker id") { d, v in d.extra.rare.speaker = v }, column: "speaker") { $0.speaker },
        ClaimField("relays", .reference("claim id") { d, v in d.extra.rare.relays = v }, column: "relays") { $0.relays },
        ClaimField("cites", .reference("paper id") { d, v in d.extra.rare.cites = v }, column: "cites") { $0.cites },
        ClaimField("party", .reference("party") { d, v in d.extra.rare.party = v }, only: .ladder,
                   misapplied: { "'party' applies to ladder propositions; '\($0)' is a \($1.rawValue) proposition" }, column: "party") { $0.party },
        ClaimField("hedge", .text { d, v in d.extra.hedge = v }) { $0.hedge },
        ClaimField("denied-by", .text { d, v in d.extra.deniedBy = v }) { $0.deniedBy },
        ClaimField("reversal", .flag { d, v in d.reversal = v }, only: .ladder,
                   misapplied: { _, _ in "'reversal' applies to ladder propositions" }) { $0.reversal ? true : nil },
        ClaimField("since", .span { d, s, _ in d.extra.rare.since = s }, column: "since") { $0.since },
        ClaimField("continues", .flag { d, v in d.extra.rare.continues = v }, column: "continues") { $0.continues ? true : nil },
        ClaimField("fixed-at", .span { d, s, _ in d.extra.rare.fixedAt = s }, column: "fixed_at") { $0.fixedAt },
        ClaimField("status", .choice(Claim.FigureStatus.allCases.map(\.rawValue)) { d, v in d.extra.rare.figureStatus = Claim.FigureStatus(rawValue: v) },
                   only: .amount, misapplied: { "'status' applies to amounts; '\($0)' is a \($1.rawValue) proposition" }, column: "status") { $0.figureStatus },
        ClaimField("key-judgement", .flag { d, v in d.extra.rare.keyJudgement = v }, column: "key_judgement") { $0.isKeyJudgement ? true : nil },
        ClaimField("quote", required: true, .quote) { $0.quote },
        ClaimField("note", .note) { $0.note },
    ]

    /// Where the builder finds the fields: read once per claim (each static is a `swift_once`).
    struct Layout: @unchecked Sendable {
        /// The fields, never freed, so reading one retains nothing (an array's elements would
        /// be copied, closures and all, once per field of every claim).
        let table: UnsafeBufferPointer<ClaimField>
        /// The positions of the fields the builder reads itself or checks against each other.
        let about = index("about"), value = index("value"), quote = index("quote"), note = index("note")
        let asOf = index("as-of"), period = index("period"), event = index("event"), by = index("by")
        let likelihood = index("likelihood"), deniedBy = index("denied-by")
    }

    static let layout: Layout = {
        let p = UnsafeMutableBufferPointer<ClaimField>.allocate(capacity: fields.count)
        _ = p.initialize(from: fields)
        return Layout(table: UnsafeBufferPointer(p))
    }()

    static func index(_ name: String) -> Int { fields.firstIndex { $0.name == name }! }

    static let names: [String] = fields.map(\.name)
}

/// One claim field: what `ClaimSchema` declares about it.
struct ClaimField: Sendable {
    /// How a field's value is read, and where what is read is stored in the draft.
    enum Reading: Sendable {
        /// Read by the builder itself: the proposition, the value, the quote and the note.
        case about, value, quote, note
        /// A date or span (`TimeSpan` syntax); the store is told the proposition's kind.
        case span(@Sendable (inout Claim.Draft, TimeSpan, Proposition.Kind) -> Void)
        /// `FROM -> TO`, two periods, the first before the second.
        case change
        /// A term of any scale; needs `by`.
        case likelihood
        /// Free text, stored as written.
        case text(@Sendable (inout Claim.Draft, String) -> Void)
        /// `yes` or `no`.
        case flag(@Sendable (inout Claim.Draft, Bool) -> Void)
        /// An identifier naming another record (a speaker, a claim, a paper): its spelling is
        /// checked here, that it names something once every file is read.
        case reference(String, @Sendable (inout Claim.Draft, String) -> Void)
        /// One of a few words.
        case choice([String], @Sendable (inout Claim.Draft, String) -> Void)
    }

    /// A change's two periods, as the claim's mirror shows them.
    struct Change { var from: TimeSpan, to: TimeSpan }

    let name: String
    let required: Bool
    let reading: Reading
    /// The only kind of proposition the field applies to, if it is restricted, and the
    /// error's wording on another kind (given the proposition's key and kind).
    let only: Proposition.Kind?
    let misapplied: @Sendable (String, Proposition.Kind) -> String
    /// The field's column in claim exports, for a field export does not already write in a
    /// column of its own; written only when some claim gives the field.
    let column: String?
    /// The field's meaning read back from a claim; nil when the claim does not give it.
    let get: @Sendable (Claim) -> Any?

    init(_ name: String, required: Bool = false, _ reading: Reading, only: Proposition.Kind? = nil,
         misapplied: @escaping @Sendable (String, Proposition.Kind) -> String = { _, _ in "" }, column: String? = nil,
         get: @escaping @Sendable (Claim) -> Any?) {
        (self.name, self.required, self.reading, self.only, self.misapplied) = (name, required, reading, only, misapplied)
        (self.column, self.get) = (column, get)
    }

    /// The field's value in a claim as text, as export writes it; nil when not given.
    func text(_ c: Claim) -> String? {
        switch get(c) {
        case nil: nil
        case let s as TimeSpan: s.text
        case let v as ClaimValue: v.text
        case let b as Bool: b ? "yes" : "no"
        case let x as Change: "\(x.from.text) -> \(x.to.text)"
        case let s as String: s
        case let r as any RawRepresentable<String>: r.rawValue
        case let other?: "\(other)"
        }
    }
}
