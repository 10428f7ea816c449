extension TimeSpan {
    /// Why a date could not be read; worded by `Diagnostic`.
    public enum ParseError: Error, Equatable, Sendable {
        case malformed(String)
        case impossible(String)
        case reversed(String)
    }

    /// Parses `2024`, `2024-H2`, `2024-Q1`, `2024-11`, `2024-11-05`, `A..B` and a `~` prefix.
    public static func parse(_ raw: String) -> Result<TimeSpan, ParseError> {
        var text = raw.trimmingSpaces
        var estimated = false
        if text.hasPrefix("~") {
            estimated = true
            text = String(text.dropFirst()).trimmingSpaces
        }
        let parts = text.components(separatedBy: "..")
        if parts.count == 2 {
            switch (single(parts[0].trimmingSpaces), single(parts[1].trimmingSpaces)) {
            case (.success(let a), .success(let b)):
                guard a.start <= b.end else { return .failure(.reversed(raw.trimmingSpaces)) }
                return .success(TimeSpan(start: a.start, end: b.end, precision: .span, estimated: estimated,
                                         text: (estimated ? "~" : "") + a.text + ".." + b.text))
            case (.failure(let e), _), (_, .failure(let e)):
                // A malformed side is reported with the whole span, so `2024-09..` does not read as ''.
                if case .malformed = e { return .failure(.malformed(raw.trimmingSpaces)) }
                return .failure(e)
            }
        }
        guard parts.count == 1 else { return .failure(.malformed(raw.trimmingSpaces)) }
        return single(text).map { span in
            var s = span
            s.estimated = estimated
            s.text = (estimated ? "~" : "") + s.text
            return s
        }
    }

    private static func single(_ text: String) -> Result<TimeSpan, ParseError> {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = fields.first, yearText.count == 4, let year = Int(yearText), yearText.allSatisfy(\.isASCIIDigit) else {
            return .failure(.malformed(text))
        }
        if fields.count == 1 {
            return .success(make(year, 1, year, 12, .year, text))
        }
        let second = fields[1]
        if fields.count == 2, second.count == 2, let first = second.first, first == "Q" || first == "H",
           let n = Int(second.dropFirst()) {
            if first == "Q", (1...4).contains(n) {
                return .success(make(year, 3 * n - 2, year, 3 * n, .quarter, text))
            }
            if first == "H", (1...2).contains(n) {
                return .success(make(year, 6 * n - 5, year, 6 * n, .half, text))
            }
            return .failure(.impossible(text))
        }
        guard second.count == 2, second.allSatisfy(\.isASCIIDigit), let month = Int(second) else {
            return .failure(.malformed(text))
        }
        guard (1...12).contains(month) else { return .failure(.impossible(text)) }
        if fields.count == 2 {
            return .success(make(year, month, year, month, .month, text))
        }
        guard fields.count == 3, fields[2].count == 2, fields[2].allSatisfy(\.isASCIIDigit), let day = Int(fields[2]) else {
            return .failure(.malformed(text))
        }
        guard (1...CivilDate.daysIn(year: year, month: month)).contains(day) else { return .failure(.impossible(text)) }
        let d = CivilDate.day(year: year, month: month, day: day)
        return .success(TimeSpan(start: d, end: d, precision: .day, text: text))
    }

    private static func make(_ y1: Int, _ m1: Int, _ y2: Int, _ m2: Int, _ p: Precision, _ text: String) -> TimeSpan {
        let s = CivilDate.day(year: y1, month: m1, day: 1)
        let e = CivilDate.day(year: y2, month: m2, day: CivilDate.daysIn(year: y2, month: m2))
        return TimeSpan(start: s, end: e, precision: p, text: text)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// True when the string is empty or only spaces and tabs: what `trimmingSpaces` leaves empty.
    var isBlank: Bool { utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }

    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
