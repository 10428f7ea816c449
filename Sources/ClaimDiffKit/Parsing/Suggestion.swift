/// Did-you-mean suggestions by edit distance.
enum Suggestion {
    /// The closest candidate within a distance that a typo could explain, if any.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let length = word.count
        let limit = max(2, length / 3)
        var best: (String, Int)?
        for c in candidates.sorted() {
            // The distance is at least the difference in length: skip without the quadratic
            // work, which for a 10 MB word took a minute.
            guard abs(c.count - length) <= limit else { continue }
            let d = distance(word, c)
            if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    /// `; did you mean 'x'?` or the empty string.
    static func hint(_ word: String, _ candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Edit distance over characters, where swapping two neighbours is one edit (optimal
    /// string alignment), so that `qoute` is closer to `quote` than to `note`.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var before = [Int](repeating: 0, count: y.count + 1)
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    cur[j] = min(cur[j], before[j - 2] + 1)
                }
            }
            (before, prev, cur) = (prev, cur, before)
        }
        return prev[y.count]
    }
}
