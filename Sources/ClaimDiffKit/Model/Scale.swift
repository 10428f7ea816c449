/// Estimative terms and the probability band (in percent, half-open) each stands for.
public struct Scale: Hashable, Sendable {
    public struct Band: Hashable, Sendable {
        public var term: String
        public var low: Double
        public var high: Double

        /// Half-open overlap: neighbouring bands that share an edge do not overlap.
        public func overlaps(_ o: Band) -> Bool { low < o.high && o.low < high }
        public var midpoint: Double { (low + high) / 2 }
        public var text: String { "\(Self.fmt(low))-\(Self.fmt(high))%" }
        static func fmt(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
    }

    public var name: String
    public var bands: [Band]
    public var location: SourceLocation

    public init(name: String, bands: [Band], location: SourceLocation) {
        self.name = name
        self.bands = bands
        self.location = location
    }

    public func band(_ term: String) -> Band? { bands.first { $0.term == term } }
}
