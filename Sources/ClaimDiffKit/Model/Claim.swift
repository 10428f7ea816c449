/// One annotated statement of a paper about a proposition.
///
/// A claim is a value, but its fields live in one shared, immutable box: copying a claim (into
/// the index, a group, a pair, a flag's evidence) copies a reference, and a million claims take
/// one allocation each. Setting a field replaces the box. What every claim of a paper shares
/// (the paper's id, its date, the file) is one shared `Origin`, and the value one shared
/// `ValueBox` (the parser makes one per distinct value), so the box holds references, not
/// copies. The quote's and the note's bytes live at the end of the box itself, not in strings
/// of their own (one allocation per claim rather than two or three); `quote` and `note` make
/// their strings when asked, which only reports and exports do. The rarely given fields (forecast, change, stance, denial) live in a second box that
/// most claims do not have, and `as-of`, `period` and `event`, which the parser sets to the
/// claim's `time`, are stored as which of them the time came from.
public struct Claim: Hashable, Sendable {
    /// How the paper holds the claim.
    public enum Stance: String, Sendable {
        /// The paper states it in its own voice.
        case asserted
        /// The paper reports someone else's statement.
        case attributed
        /// The paper hedges it ("allegedly").
        case hedged
    }

    /// The box, in a wrapper that tells the compiler what holds for it: it is never changed
    /// once made, so claims can cross threads (`ManagedBuffer` itself is never `Sendable`).
    private struct Storage: @unchecked Sendable { var box: Box }
    private var storage: Storage
    var box: Box {
        get { storage.box }
        set { storage.box = newValue }
    }

    public init(id: String, paper: String, about: String, value: ClaimValue, quote: String, location: SourceLocation,
                time: TimeSpan, madeAt: TimeSpan) {
        let f = Fields(id: id, about: about, value: ValueBox(value), time: time,
                       origin: Origin(paper: paper, madeAt: madeAt, file: location.file), line: location.line, column: location.column)
        var quote = quote
        storage = Storage(box: quote.withUTF8 { Box.make(f, quote: $0, note: nil) })
    }

    /// A claim from its draft, the origin its paper's claims share and the bytes of its quote
    /// and note, as both parse paths build it: one allocation (and a box for rare fields when
    /// it has any).
    /// The draft is taken `inout` so that it is never copied (its rare fields are moved into place).
    init(_ d: inout Draft, origin: Origin, quote: UnsafeBufferPointer<UInt8>, note: UnsafeBufferPointer<UInt8>?, line: Int, column: Int) {
        storage = Storage(box: Self.box(&d, origin: origin, quote: quote, note: note, line: line, column: column))
    }

    private static func box(_ d: inout Draft, origin: Origin, quote: UnsafeBufferPointer<UInt8>, note: UnsafeBufferPointer<UInt8>?,
                            line: Int, column: Int) -> Box {
        let time = d.event ?? d.period ?? d.asOf ?? origin.madeAt
        // As setting the three one after the other would: the first equal to the time is a tag.
        var timeField = TimeField.none
        if let v = d.asOf { if v == time { timeField = .asOf } else { d.extra.rare.asOf = v } }
        if let v = d.period { if timeField == .none, v == time { timeField = .period } else { d.extra.rare.period = v } }
        if let v = d.event { if timeField == .none, v == time { timeField = .event } else { d.extra.rare.event = v } }
        // Built in one expression each, so that neither set of fields is copied on the way into its box.
        let box = d.extra.isEmpty ? nil : Extra(d.extra)
        // The fields made inside the box's own factory: made outside, they would be copied in
        // (a retain and a release more of each reference, several of them shared between threads).
        let made = Box.create(minimumCapacity: quote.count + (note?.count ?? 0)) { _ in
            Fields(id: d.id, about: d.about, value: d.value!, time: time, origin: origin, line: line, column: column,
                   timeField: timeField, reversal: d.reversal, extra: box, quoteCount: quote.count, noteCount: note?.count ?? -1)
        }
        return Box.fill(made, quote: quote, note: note)
    }

    /// The bytes of an optional string, or nil.
    static func withBytes<R>(_ s: inout String?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard s != nil else { return body(nil) }
        return s!.withUTF8 { body($0) }
    }

    public var id: String { get { box.read { $0.pointee.id } } set { edit { $0.id = newValue } } }
    public var paper: String {
        get { box.read { $0.pointee.origin.paper } }
        set { edit { $0.origin = Origin(paper: newValue, madeAt: $0.origin.madeAt, file: $0.origin.file) } }
    }
    public var about: String { get { box.read { $0.pointee.about } } set { edit { $0.about = newValue } } }
    public var value: ClaimValue { get { box.read { $0.pointee.value.value } } set { edit { $0.value = ValueBox(newValue) } } }
    public var quote: String { get { box.text(0, box.read { $0.pointee.quoteCount }) } set { setText(quote: newValue, note: note) } }
    public var asOf: TimeSpan? { get { box.read { $0.pointee.span(.asOf) } } set { edit { $0.set(.asOf, newValue) } } }
    public var period: TimeSpan? { get { box.read { $0.pointee.span(.period) } } set { edit { $0.set(.period, newValue) } } }
    public var event: TimeSpan? { get { box.read { $0.pointee.span(.event) } } set { edit { $0.set(.event, newValue) } } }
    /// For a percentage change: the two periods it relates.
    public var change: (from: TimeSpan, to: TimeSpan)? { get { rare { $0.change } } set { editRare { $0.change = newValue } } }
    /// Forecast target date.
    public var by: TimeSpan? { get { box.read { $0.pointee.extra?.by } } set { edit { $0.extra { $0.by = newValue } } } }
    /// For a likelihood judgement: the horizon it speaks of ("in the near future").
    public var horizon: TimeSpan? { get { rare { $0.horizon } } set { editRare { $0.horizon = newValue } } }
    /// Forecast likelihood term.
    public var likelihood: String? { get { box.read { $0.pointee.extra?.likelihood } } set { edit { $0.extra { $0.likelihood = newValue } } } }
    public var attributedTo: String? { get { box.read { $0.pointee.extra?.attributedTo } } set { edit { $0.extra { $0.attributedTo = newValue } } } }
    public var hedge: String? { get { box.read { $0.pointee.extra?.hedge } } set { edit { $0.extra { $0.hedge = newValue } } } }
    public var deniedBy: String? { get { box.read { $0.pointee.extra?.deniedBy } } set { edit { $0.extra { $0.deniedBy = newValue } } } }
    public var reversal: Bool { get { box.read { $0.pointee.reversal } } set { edit { $0.reversal = newValue } } }
    public var note: String? {
        get { box.read { $0.pointee.noteCount } < 0 ? nil : box.text(box.read { $0.pointee.quoteCount }, box.read { $0.pointee.noteCount }) }
        set { setText(quote: quote, note: newValue) }
    }
    public var location: SourceLocation {
        get { SourceLocation(file: box.read { $0.pointee.origin.file }, line: box.read { $0.pointee.line }, column: box.read { $0.pointee.column }) }
        set {
            edit {
                $0.origin = Origin(paper: $0.origin.paper, madeAt: $0.origin.madeAt, file: newValue.file)
                ($0.line, $0.column) = (newValue.line, newValue.column)
            }
        }
    }
    /// The span the claim speaks of: event, else period, else as-of, else the paper's date.
    public var time: TimeSpan { get { box.read { $0.pointee.time } } set { edit { $0.setTime(newValue) } } }
    /// When the claim was made: its paper's publication span.
    public var madeAt: TimeSpan {
        get { box.read { $0.pointee.origin.madeAt } }
        set { edit { $0.origin = Origin(paper: $0.origin.paper, madeAt: newValue, file: $0.origin.file) } }
    }

    public var isForecast: Bool { by != nil }
    public var isDenial: Bool { deniedBy != nil }
    public var isChange: Bool { change != nil }

    /// Attributed and hedged claims weigh less: a contradiction that rests on one is a disputed report.
    public var stance: Stance {
        guard let x = box.read({ $0.pointee.extra }) else { return .asserted }
        if x.hedge != nil { return .hedged }
        if x.attributedTo != nil || x.rare?.x.speaker != nil { return .attributed }
        return .asserted
    }

    /// Not a forecast, denial, percentage change or party's step: a claim that takes part in
    /// value comparisons.
    var isPlainStatement: Bool {
        guard let x = box.read({ $0.pointee.extra }) else { return true }
        // A party's step (`party:`) is the party's, not the whole proposition's (`PartySteps`).
        return x.by == nil && x.deniedBy == nil && x.rare?.x.change == nil && x.rare?.x.party == nil
    }

    public static func == (a: Claim, b: Claim) -> Bool {
        let x = a.box.header, y = b.box.header
        return x.id == y.id && x.line == y.line && x.column == y.column && (x.origin === y.origin || x.origin.file == y.origin.file)
    }
    public func hash(into h: inout Hasher) { h.combine(id) }

    mutating func edit(_ body: (inout Fields) -> Void) {
        var f = box.header
        body(&f)
        box = box.withUnsafeMutablePointerToElements { p in
            Box.make(f, quote: UnsafeBufferPointer(start: p, count: f.quoteCount),
                     note: f.noteCount < 0 ? nil : UnsafeBufferPointer(start: p + f.quoteCount, count: f.noteCount))
        }
    }

    private mutating func setText(quote: String, note: String?) {
        var (quote, note) = (quote, note)
        let f = box.header
        box = quote.withUTF8 { q in Self.withBytes(&note) { Box.make(f, quote: q, note: $0) } }
    }
}

