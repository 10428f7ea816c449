/// How much of a long list a report shows, so that a report of a million claims reads like
/// one of a few hundred: the top of each list, then how many more there are.
///
/// The limits are far above what a hand-annotated corpus reaches, so its reports list
/// everything.
public enum ReportLimits {
    /// Propositions (or papers) that get a section of their own.
    public static let sections = 200
    /// Items in a list inside a section: bullets, names in a cell, flag links.
    public static let items = 10
    /// Rows in a table, and entries in the review queue.
    public static let rows = 100

    /// The first `limit` elements, and how many were left out.
    static func top<T>(_ xs: [T], _ limit: Int) -> (shown: ArraySlice<T>, more: Int) {
        (xs.prefix(limit), max(0, xs.count - limit))
    }

    /// The first `k` elements in the order `less` (a strict total order), in that order: what
    /// sorting and taking the first `k` gives, without sorting the rest.
    static func first<T>(_ k: Int, of xs: some Sequence<T>, by less: (T, T) -> Bool) -> [T] {
        var top: [T] = []
        guard k > 0 else { return top }
        top.reserveCapacity(k + 1)
        for x in xs {
            if top.count == k, !less(x, top[k - 1]) { continue }
            var lo = 0, hi = top.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if less(x, top[mid]) { hi = mid } else { lo = mid + 1 }
            }
            top.insert(x, at: lo)
            if top.count > k { top.removeLast() }
        }
        return top
    }

    /// "and 3 more papers", in plain text.
    static func more(_ n: Int, _ singular: String, _ plural: String) -> String {
        "and \(n) more \(n == 1 ? singular : plural)"
    }

    /// Names joined with ", ", the first `items` of them and how many more.
    static func names(_ xs: [String]) -> String {
        let (shown, more) = top(xs, items)
        return shown.joined(separator: ", ") + (more > 0 ? ", " + Self.more(more, "other", "others") : "")
    }
}

extension ReportContext {
    /// "12 papers say 'contracted', 3 say 'delivered'": each value with the number of papers
    /// that give it, most papers first; how a long list of claims is summed up.
    public func split(_ claims: [Claim]) -> String {
        var papersByValue: [String: Set<String>] = [:]
        for c in claims { papersByValue[valueText(c), default: []].insert(c.paper) }
        let ranked = papersByValue.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        let (shown, more) = ReportLimits.top(ranked, 5)
        var parts: [String] = []
        for (i, (value, n)) in shown.enumerated() {
            parts.append(i == 0 ? "\(n) paper\(n == 1 ? " says" : "s say") '\(value)'" : "\(n) say\(n == 1 ? "s" : "") '\(value)'")
        }
        if more > 0 { parts.append(ReportLimits.more(more, "other value", "other values")) }
        return parts.joined(separator: ", ")
    }
}
