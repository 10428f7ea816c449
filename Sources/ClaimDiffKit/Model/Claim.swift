/// One annotated statement of a paper about a proposition.
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

    public var id: String
    public var paper: String
    public var about: String
    public var value: ClaimValue
    public var quote: String
    public var asOf: TimeSpan?
    public var period: TimeSpan?
    public var event: TimeSpan?
    /// For a percentage change: the two periods it relates.
    public var change: (from: TimeSpan, to: TimeSpan)?
    /// Forecast target date.
    public var by: TimeSpan?
    /// For a likelihood judgement: the horizon it speaks of ("in the near future").
    public var horizon: TimeSpan?
    /// Forecast likelihood term.
    public var likelihood: String?
    public var attributedTo: String?
    public var hedge: String?
    public var deniedBy: String?
    public var reversal: Bool
    public var note: String?
    public var location: SourceLocation
    /// The span the claim speaks of: event, else period, else as-of, else the paper's date.
    public var time: TimeSpan
    /// When the claim was made: its paper's publication span.
    public var madeAt: TimeSpan

    public init(id: String, paper: String, about: String, value: ClaimValue, quote: String, location: SourceLocation,
                time: TimeSpan, madeAt: TimeSpan) {
        self.id = id
        self.paper = paper
        self.about = about
        self.value = value
        self.quote = quote
        self.location = location
        self.time = time
        self.madeAt = madeAt
        self.reversal = false
    }

    public var isForecast: Bool { by != nil }
    public var isDenial: Bool { deniedBy != nil }
    public var isChange: Bool { change != nil }

    /// Attributed and hedged claims weigh less: a contradiction that rests on one is a disputed report.
    public var stance: Stance {
        if hedge != nil { return .hedged }
        if attributedTo != nil { return .attributed }
        return .asserted
    }

    public static func == (a: Claim, b: Claim) -> Bool { a.id == b.id && a.location == b.location }
    public func hash(into h: inout Hasher) { h.combine(id) }
}
