/// Designs a corpus: papers, then propositions one by one, each a series of rounds (a few
/// papers speaking of the same month or day) in time order, plus forecasts, denials and
/// stated changes, and at most one special feature.
///
/// Rounds are disjoint in time, hold at most 32 claims (31 from distinct papers, plus one for
/// an internal contradiction) and predate every paper (1990-2019, papers 2020-2024), so the
/// engine compares every pair within a round and every claim with the round before it, and
/// nothing else: the ground truth can say exactly which flags the corpus holds.
struct CorpusPlanner {
    let options: CorpusGenerator.Options
    var rng: SplitMix64
    var plan = CorpusPlan()
    /// Papers in a shuffled order; `nextPaper` walks it, so each paper gets an even share.
    var order: [Int32] = []
    var cursor = 0
    /// Papers with an exact date, by month of publication (0 is 2020-01).
    var byMonth: [[Int32]] = Array(repeating: [], count: 60)
    var estimated: [Int32] = []
    /// Propositions added outside the skewed ones.
    var ordinary = 0

    /// The first ordinary propositions show every special once, so that even a small corpus
    /// exercises every rule: (kind, special, forecast variant, size).
    static let showcase: [(CorpusPlan.Kind, CorpusPlan.Special, Int, Int)] = [
        (.category, .singleSource, 0, 3), (.ladder, .internalContradiction, 0, 12),
        (.ladder, .forecastEvidence, 0, 10), (.ladder, .forecastEvidence, 1, 10), (.ladder, .forecastEvidence, 2, 10),
        (.ladder, .forecastEvidence, 3, 10), (.category, .forecastEvidence, 4, 10), (.category, .forecastEvidence, 5, 10),
        (.amount, .anachronism, 0, 10), (.likelihood, .printedAnachronism, 0, 10), (.ladder, .forecastEvidence, 6, 10), (.ladder, .parties, 0, 3),
    ]

    static let topics = ["energy", "arms", "trade", "nuclear", "space", "transport", "finance", "diplomacy",
                         "security", "cyber", "grain", "shipping", "tourism", "banking", "oil", "gas",
                         "drones", "missiles", "aviation", "education", "health", "media", "water", "mining"]

    init(options: CorpusGenerator.Options) {
        self.options = options
        rng = SplitMix64(seed: options.seed)
    }

    mutating func run() -> CorpusPlan {
        makePapers()
        var remaining = options.claims
        var skewed = options.skew ? options.claims / 10 : 0
        while skewed >= 2 {
            let size = min(10_000, skewed)
            addProposition(size: size, huge: true)
            skewed -= size
            remaining -= size
        }
        while remaining > 0 {
            var size = min(ordinary < Self.showcase.count ? Self.showcase[ordinary].3 : drawSize(), remaining)
            if remaining - size == 1 { size += 1 }
            addProposition(size: size, huge: false)
            remaining -= size
        }
        let most = plan.papers.map(\.claims.count).max() ?? 0
        plan.claimDigits = max(3, String(most).count)
        return plan
    }

    /// Claims per proposition: 2 plus a geometric tail, mean about 25.
    mutating func drawSize() -> Int {
        var n = 2
        while n < 400, !rng.chance(1.0 / 23) { n += 1 }
        return n
    }

    mutating func makePapers() {
        let count = max(2, options.papers ?? options.claims / 100)
        let width = max(5, String(count).count)
        for j in 0..<count {
            let month = j * 60 / count
            let id = "p" + CivilDate.pad(j + 1, width)
            var paper = CorpusPlan.Paper(id: id, published: CorpusPlan.Span.month(360 + month))
            paper.reliability = rng.pick(["A", "B", "B", "C", "C", "D"])
            if count >= 20, month >= 3, month <= 57, rng.chance(0.005) || j == count / 2 {
                let from = CorpusPlan.Span.month(360 + month), to = CorpusPlan.Span.month(360 + month + 2)
                paper.published = .init(start: from.start, end: to.end, text: "~\(from.text)..\(to.text)")
                paper.estimated = true
                paper.printed = CorpusPlan.Span.month(360 + month - 3)
                estimated.append(Int32(j))
            } else {
                if rng.chance(0.1) {
                    let m = paper.published
                    paper.published = CorpusPlan.Span.day(m.start - CivilDate.day(year: 1990, month: 1, day: 1) + rng.below(m.end - m.start + 1))
                }
                byMonth[month].append(Int32(j))
            }
            plan.papers.append(paper)
        }
        order = (0..<Int32(count)).map { $0 }
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
    }

    mutating func nextPaper() -> Int32 {
        defer { cursor += 1 }
        return order[cursor % order.count]
    }

    /// An exactly dated paper published in a month of `months` (0 is 2020-01), if any.
    mutating func paper(publishedIn months: ClosedRange<Int>) -> Int32? {
        let lo = max(0, months.lowerBound), hi = min(59, months.upperBound)
        guard lo <= hi else { return nil }
        let start = lo + rng.below(hi - lo + 1)
        for k in 0...(hi - lo) {
            let m = lo + (start - lo + k) % (hi - lo + 1)
            if !byMonth[m].isEmpty { return byMonth[m][rng.below(byMonth[m].count)] }
        }
        return nil
    }

    /// Adds a claim to the plan, its paper and its proposition; returns its index.
    @discardableResult
    mutating func add(_ c: CorpusPlan.Claim) -> Int32 {
        var c = c
        let i = Int32(plan.claims.count)
        c.local = Int32(plan.papers[Int(c.paper)].claims.count)
        c.note = rng.chance(0.25)
        plan.papers[Int(c.paper)].claims.append(i)
        plan.propositions[Int(c.proposition)].claims.append(i)
        plan.claims.append(c)
        return i
    }

    /// Papers per round: mostly one to three, rarely up to 31; about one pair of claims per claim.
    mutating func drawRoundSize() -> Int {
        let r = rng.below(1000)
        let k = r < 450 ? 1 : r < 780 ? 2 : r < 910 ? 3 : r < 960 ? 4 : r < 990 ? 5 + rng.below(4) : r < 998 ? 9 + rng.below(8) : 17 + rng.below(15)
        return min(k, 31, plan.papers.count)
    }

    mutating func stance() -> CorpusPlan.Stance {
        let r = rng.below(100)
        return r < 8 ? .hedged : r < 14 ? .attributed : .asserted
    }
}
