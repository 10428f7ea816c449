// The fields hardly any claim gives: their storage, in a box most claims do not have, and
// their properties. A new optional claim field is a line in `Rare.Fields`, a term of its
// `isEmpty` and a property below, and a row of `ClaimSchema`.

extension Claim {
    /// What a figure is: a first estimate, the final figure, or a revision of an earlier one.
    public enum FigureStatus: String, Sendable, CaseIterable {
        case preliminary, final, revised
    }

    /// The fields hardly any claim gives, in a box of their own.
    final class Rare: Sendable {
        struct Fields: Sendable {
            /// `as-of`, `period` and `event` when they are not the claim's time.
            var asOf: TimeSpan?
            var period: TimeSpan?
            var event: TimeSpan?
            var change: (from: TimeSpan, to: TimeSpan)?
            var horizon: TimeSpan?
            var since: TimeSpan?
            var continues = false
            var fixedAt: TimeSpan?
            var figureStatus: FigureStatus?
            var speaker: String?
            var relays: String?
            var cites: String?
            var party: String?
            var keyJudgement = false

            var isEmpty: Bool {
                asOf == nil && period == nil && event == nil && change == nil && horizon == nil && since == nil && !continues && fixedAt == nil
                    && figureStatus == nil && speaker == nil && relays == nil && cites == nil && party == nil && !keyJudgement
            }
        }

        let x: Fields
        init(_ x: Fields) { self.x = x }
    }

    /// `since`: the claim reports that its value started at this time ("since early 2023").
    public var since: TimeSpan? { get { rare { $0.since } } set { editRare { $0.since = newValue } } }
    /// `continues: yes`: the claim asserts continuity ("maintains", "remains", "still"), that
    /// no change happened up to its time.
    public var continues: Bool { get { rare { $0.continues } ?? false } set { editRare { $0.continues = newValue } } }
    /// `fixed-at`: the claim describes something fixed at this event (a treaty's text, a deal's
    /// quantity), to be compared whatever the papers' dates.
    public var fixedAt: TimeSpan? { get { rare { $0.fixedAt } } set { editRare { $0.fixedAt = newValue } } }
    /// `status`: for a figure, whether it is preliminary, final or revised.
    public var figureStatus: FigureStatus? { get { rare { $0.figureStatus } } set { editRare { $0.figureStatus = newValue } } }

    /// `key-judgement: yes`: the claim is one of its paper's key judgements, the paper's own
    /// conclusions, which outrank its incidental wording in the brief.
    public var isKeyJudgement: Bool { get { rare { $0.keyJudgement } ?? false } set { editRare { $0.keyJudgement = newValue } } }

    /// `speaker`: the id of the declared speaker whose statement the paper reports.
    public var speaker: String? { get { rare { $0.speaker } } set { editRare { $0.speaker = newValue } } }
    /// `relays`: the id of the claim whose statement this claim reports again (one source).
    public var relays: String? { get { rare { $0.relays } } set { editRare { $0.relays = newValue } } }
    /// `cites`: the id of the paper this claim gives as its source (one source with it).
    public var cites: String? { get { rare { $0.cites } } set { editRare { $0.cites = newValue } } }

    /// `party`: on a ladder that declares parties, the party whose step the claim reports
    /// ("ratified by Belmark").
    public var party: String? { get { rare { $0.party } } set { editRare { $0.party = newValue } } }

    /// A rare field's value, or nil when the claim has none of them.
    func rare<T>(_ get: (Rare.Fields) -> T?) -> T? {
        box.read { $0.pointee.extra?.rare.flatMap { get($0.x) } }
    }

    mutating func editRare(_ body: (inout Rare.Fields) -> Void) {
        edit { $0.extra { body(&$0.rare) } }
    }
}
