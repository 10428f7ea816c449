// How a claim keeps its fields: one box per claim, with what its paper's claims share and
// its value behind references, its quote and note at the box's end, and rare fields in boxes
// of their own (see `Claim`).

extension Claim {
    /// Which of `as-of`, `period` and `event` the claim's time is.
    enum TimeField: UInt8, Sendable { case none, asOf, period, event }

    /// What the claims of one paper share: its id, its date and the file they are written in.
    final class Origin: Sendable {
        let paper: String
        let madeAt: TimeSpan
        let file: String

        init(paper: String, madeAt: TimeSpan, file: String) {
            self.paper = paper
            self.madeAt = madeAt
            self.file = file
        }
    }

    /// A value, shared by the claims that give it.
    final class ValueBox: Sendable {
        let value: ClaimValue
        init(_ value: ClaimValue) { self.value = value }
    }

    struct Fields: Sendable {
        var id: String
        var about: String
        var value: ValueBox
        var time: TimeSpan
        var origin: Origin
        var line: Int
        var column: Int
        /// The field `time` is the value of, if any; another of them lives in `extra`.
        var timeField = TimeField.none
        var reversal = false
        var extra: Extra?
        /// How many bytes of the box's tail are the quote, then the note (-1: no note).
        var quoteCount = 0
        var noteCount = -1

        func span(_ k: TimeField) -> TimeSpan? {
            if timeField == k { return time }
            switch k {
            case .asOf: return extra?.rare?.x.asOf
            case .period: return extra?.rare?.x.period
            case .event: return extra?.rare?.x.event
            case .none: return nil
            }
        }

        mutating func set(_ k: TimeField, _ v: TimeSpan?) {
            if timeField == k { timeField = .none }
            if let v, timeField == .none, v == time {
                timeField = k
                extra { Self.put(k, nil, in: &$0) }
            } else {
                extra { Self.put(k, v, in: &$0) }
            }
        }

        /// Changing the time keeps the field it was the value of.
        mutating func setTime(_ t: TimeSpan) {
            let k = timeField, old = time
            if k != .none {
                timeField = .none
                extra { Self.put(k, old, in: &$0) }
            }
            time = t
        }

        mutating func extra(_ body: (inout Extra.Fields) -> Void) {
            var x = extra?.x ?? Extra.Fields()
            body(&x)
            extra = x.isEmpty ? nil : Extra(x)
        }

        static func put(_ k: TimeField, _ v: TimeSpan?, in x: inout Extra.Fields) {
            switch k {
            case .asOf: x.rare.asOf = v
            case .period: x.rare.period = v
            case .event: x.rare.event = v
            case .none: break
            }
        }
    }

    /// The fields, then the quote's and the note's UTF-8 bytes. Never changed once made.
    final class Box: ManagedBuffer<Fields, UInt8> {
        static func make(_ f: Fields, quote: UnsafeBufferPointer<UInt8>, note: UnsafeBufferPointer<UInt8>?) -> Box {
            var f = f
            (f.quoteCount, f.noteCount) = (quote.count, note?.count ?? -1)
            return fill(create(minimumCapacity: quote.count + max(0, f.noteCount)) { _ in f }, quote: quote, note: note)
        }

        /// A box just made, with its quote's and note's bytes copied in.
        static func fill(_ made: ManagedBuffer<Fields, UInt8>, quote: UnsafeBufferPointer<UInt8>, note: UnsafeBufferPointer<UInt8>?) -> Box {
            made.withUnsafeMutablePointerToElements { p in
                if let q = quote.baseAddress { p.initialize(from: q, count: quote.count) }
                if let note, let n = note.baseAddress { (p + quote.count).initialize(from: n, count: note.count) }
            }
            return unsafeDowncast(made, to: Box.self)
        }

        /// A value read off the fields. They never change once the box is made, so they are read
        /// through a pointer, without the exclusivity check that reading `header` makes.
        @inline(__always) func read<T>(_ body: (UnsafeMutablePointer<Fields>) -> T) -> T {
            withUnsafeMutablePointerToHeader(body)
        }

        /// Bytes of the tail as a string (they were valid UTF-8 when stored).
        func text(_ from: Int, _ count: Int) -> String {
            withUnsafeMutablePointerToElements { String(decoding: UnsafeBufferPointer(start: $0 + from, count: count), as: UTF8.self) }
        }
    }

    /// The fields most claims leave out.
    final class Extra: Sendable {
        struct Fields: Sendable {
            var by: TimeSpan?
            var likelihood: String?
            var attributedTo: String?
            var hedge: String?
            var deniedBy: String?
            /// The rare fields, made when one is set: a draft without them (nearly every one)
            /// is this much smaller to make and to free.
            var given: Rare.Fields?
            var rare: Rare.Fields {
                get { given ?? Rare.Fields() }
                set { given = newValue }
            }

            var isEmpty: Bool {
                by == nil && likelihood == nil && attributedTo == nil && hedge == nil && deniedBy == nil && (given?.isEmpty ?? true)
            }
        }

        // The fields a fifth of claims give, stored here; the ones hardly any claim gives (a
        // span other than its time, a change, a horizon, the fields of positions over time) in
        // a box of their own, so that this one stays small (about 140 bytes, not 400).
        let by: TimeSpan?
        let likelihood: String?
        let attributedTo: String?
        let hedge: String?
        let deniedBy: String?
        let rare: Rare?

        init(_ x: borrowing Fields) {
            (by, likelihood, attributedTo, hedge, deniedBy) = (x.by, x.likelihood, x.attributedTo, x.hedge, x.deniedBy)
            rare = x.given.flatMap { $0.isEmpty ? nil : Rare($0) }
        }

        /// Every field, to change one.
        var x: Fields {
            Fields(by: by, likelihood: likelihood, attributedTo: attributedTo, hedge: hedge, deniedBy: deniedBy, given: rare?.x)
        }
    }
}
