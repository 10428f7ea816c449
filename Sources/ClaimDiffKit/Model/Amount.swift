/// A figure with the interval of values it stands for.
///
/// A figure is read at the precision it is written: `4.9` covers 4.85..4.95 and `4` covers
/// 3.5..4.5; `~` widens it to half a unit of its leading digit (`~4.4` is 3.9..4.9). So
/// `~4 billion` is not contradicted by `4.4 billion`.
public struct Amount: Hashable, Sendable {
    /// The value as written, scaled (`4.9 billion` is 4.9e9).
    public var value: Double
    /// Lowest value the written figure stands for.
    public var low: Double
    /// Highest value the written figure stands for.
    public var high: Double
    /// True when written with `~`.
    public var approximate: Bool
    /// The unit, e.g. `USD`, `%`.
    public var unit: String
    /// The canonical spelling, e.g. `~4 billion USD`.
    public var text: String

    public init(value: Double, low: Double, high: Double, approximate: Bool, unit: String, text: String) {
        self.value = value
        self.low = low
        self.high = high
        self.approximate = approximate
        self.unit = unit
        self.text = text
    }

    /// True for a bound (`> 4.6 billion USD`): one end of the interval is infinite.
    public var isBound: Bool { low == -.infinity || high == .infinity }

    /// The interval widened by a relative tolerance (0.05 for 5%).
    public func widened(by tolerance: Double) -> (low: Double, high: Double) {
        (low - abs(low) * tolerance, high + abs(high) * tolerance)
    }
}
