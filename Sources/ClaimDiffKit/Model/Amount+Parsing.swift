import Foundation

extension Amount {
    /// Scale words and their factors.
    public static let scaleWords: [(word: String, factor: Double)] = [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ]

    /// Parses `[~]NUMBER[..NUMBER] [scale] UNIT`, or a bound `> NUMBER [scale] UNIT` (also
    /// `>=`, `<`, `<=`: more than, at least, less than, at most); returns a message on failure.
    ///
    /// A bound keeps the rounding of its figure: "more than 4.6 billion" is above 4.55 billion.
    public static func parse(_ raw: String) -> Result<Amount, AmountError> {
        let trimmed = raw.trimmingSpaces
        for op in [">=", "<=", ">", "<"] where trimmed.hasPrefix(op) {
            let rest = String(trimmed.dropFirst(op.count)).trimmingSpaces
            guard !rest.hasPrefix("~"), !rest.contains("..") else { return .failure(.badBound(trimmed)) }
            switch parse(rest) {
            case .failure(let e): return .failure(e)
            case .success(let a):
                let above = op.hasPrefix(">")
                return .success(Amount(value: above ? a.low : a.high, low: above ? a.low : -.infinity,
                                       high: above ? .infinity : a.high, approximate: false, unit: a.unit, text: "\(op) \(a.text)"))
            }
        }
        var text = trimmed
        var approximate = false
        if text.hasPrefix("~") {
            approximate = true
            text = String(text.dropFirst()).trimmingSpaces
        }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return .failure(.missingNumber(raw)) }
        if words[0].hasSuffix("%") && words[0].count > 1 {
            words[0].removeLast()
            words.insert("%", at: 1)
        }
        let numberText = words.removeFirst()
        var factor = 1.0
        var scaleWord: String?
        if let first = words.first, let s = scaleWords.first(where: { $0.word == first }) {
            factor = s.factor
            scaleWord = s.word
            words.removeFirst()
        }
        guard words.count == 1 else {
            return .failure(words.isEmpty ? .missingUnit(raw.trimmingSpaces) : .extraWords(raw.trimmingSpaces))
        }
        let unit = words[0]
        let bounds = numberText.components(separatedBy: "..")
        guard bounds.count <= 2, let first = Figure(bounds[0]) else { return .failure(.badNumber(numberText)) }
        // A number past Double's range (1e309, or 1e300 trillion) would be infinite.
        let largest = bounds.compactMap { Figure($0)?.value.magnitude }.max() ?? 0
        guard (largest * factor * 2).isFinite else { return .failure(.tooLarge(numberText)) }
        let spelled = ([numberText] + (scaleWord.map { [$0] } ?? []) + [unit]).joined(separator: " ")
        if bounds.count == 2 {
            guard let second = Figure(bounds[1]), first.value <= second.value, !approximate else {
                return .failure(approximate ? .approximateRange(numberText) : .badNumber(numberText))
            }
            return .success(Amount(value: (first.value + second.value) / 2 * factor, low: first.value * factor,
                                   high: second.value * factor, approximate: false, unit: unit, text: spelled))
        }
        let half = approximate ? first.leadingHalfUnit : first.lastHalfUnit
        return .success(Amount(value: first.value * factor, low: (first.value - half) * factor,
                               high: (first.value + half) * factor, approximate: approximate, unit: unit,
                               text: (approximate ? "~" : "") + spelled))
    }

    /// Why an amount could not be read; each case carries the text to quote (`extraWords`: the
    /// whole amount, since which word is wrong cannot be told).
    public enum AmountError: Error, Equatable, Sendable {
        case missingNumber(String), badNumber(String), missingUnit(String), extraWords(String), approximateRange(String)
        /// A bound on a rounded figure or a range (`> ~4 billion USD`, `> 3..4 billion USD`).
        case badBound(String)
        /// A number too large to compute with (past 10^308 with its scale word).
        case tooLarge(String)
    }
}

/// A written decimal number and the precision it was written at.
private struct Figure {
    var value: Double
    var decimals: Int

    init?(_ raw: String) {
        var body = Substring(raw)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return nil }
        // ',' only groups thousands in the whole part: `6,000` is read, a decimal comma (`4,9`) is not.
        let groups = pieces[0].split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }) else { return nil }
        let parts = groups + pieces.dropFirst()
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let v = Double(raw.replacingOccurrences(of: ",", with: "")) else { return nil }
        // Infinite when past Double's range; `parse` reports it as too large, not malformed.
        value = v
        decimals = pieces.count == 2 ? pieces[1].count : 0
    }

    /// Half a unit of the last written digit.
    var lastHalfUnit: Double { 0.5 * pow(10, Double(-decimals)) }

    /// Half a unit of the leading digit.
    var leadingHalfUnit: Double {
        guard value != 0 else { return lastHalfUnit }
        return 0.5 * pow(10, floor(log10(abs(value))))
    }
}
