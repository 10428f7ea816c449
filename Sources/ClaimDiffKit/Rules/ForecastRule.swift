/// Once a forecast's target date has passed, later claims resolve it.
public struct ForecastRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        identifier: "forecast_resolution",
        name: "Forecast Resolution",
        summary: "A forecast whose target date has passed is borne out, missed, or unresolved by later claims on its proposition.",
        rationale: """
        Papers forecast ("fully operational in early 2023"). After the target date, the first \
        later claim about the target time or after it settles the forecast. A ladder forecast of \
        a step means "at least this step" unless written as a bound (`<= limited`). The forecast's \
        call is the event when its likelihood is above 50% and its absence when below; each paper's \
        record gets a one-sided binary Brier score, mean of (p - outcome)^2, 0 best, 1 worst.
        """,
        kinds: [.forecastBorneOut, .forecastMissed, .forecastDisputed, .forecastNoCall, .forecastUnresolved],
        triggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2022-07"))
            claim a1
              about: jets.transfer
              value: delivered
              by: 2023-Q1
              quote: "the jets will arrive in early 2023"

            \(RuleExample.paper("b", "2024-02"))
            claim b1
              about: jets.transfer
              value: contracted
              quote: "the jets are contracted but not yet delivered"
            """, expect: [.init(.forecastMissed, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2024-11"))
            claim a1
              about: jets.transfer
              value: contracted
              by: 2024-12
              likelihood: likely
              quote: "the contract will likely be signed by the end of the year"

            \(RuleExample.paper("b", "2025-03"))
            claim b1
              about: jets.transfer
              value: contracted
              event: 2024-12-20
              quote: "the contract was signed on 20 December"
            """, expect: [.init(.forecastBorneOut, "a1", "b1")]),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: ties.nature
              value: strategic
              by: 2023
              quote: "they will become strategic allies"
            """, expect: [.init(.forecastUnresolved, "a1")], asOf: "2024"),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            \(RuleExample.paper("a", "2024-11"))
            claim a1
              about: jets.transfer
              value: delivered
              by: 2026
              quote: "the jets will arrive by 2026"
            """),
            RuleExample("""
            \(RuleExample.paper("a", "2022"))
            claim a1
              about: jets.transfer
              value: contracted
              quote: "the contract is signed"
            """),
        ])

    public func flags(in context: RuleContext) -> [Flag] {
        let resolved = ForecastResolution.all(in: context)
        // One statement relayed by several papers is one forecast, its speaker's: the earliest
        // relay stands for it and the others are listed with it (`SourceIndex.statements`).
        let sources = context.index.sources
        var relays: [String: [Claim]] = [:]
        var dropped: Set<String> = []
        for group in sources.statements(resolved.map(\.forecast).filter(sources.isRelayed)) where group.count > 1 {
            relays[group[0].id] = Array(group.dropFirst())
            for c in group.dropFirst() { dropped.insert(c.id) }
        }
        return resolved.compactMap { r in
            let kind: Flag.Kind
            switch r.outcome {
            case .borneOut: kind = .forecastBorneOut
            case .missed: kind = .forecastMissed
            case .disputed: kind = .forecastDisputed
            case .noCall: kind = .forecastNoCall
            case .unresolved: kind = .forecastUnresolved
            case .pending: return nil
            }
            let f = r.forecast
            guard !dropped.contains(f.id) else { return nil }
            let p = context.set.proposition(f.about)!
            let severity: Flag.Severity = kind == .forecastMissed || kind == .forecastDisputed ? (r.tentative ? .low : .medium) : .info
            let others = relays[f.id] ?? []
            let who: String
            if case .speaker = sources.source(of: f) {
                who = "\(sources.label(sources.source(of: f))) (relayed by \(SourceIndex.list(([f] + others).map(\.paper))))"
            } else {
                who = f.paper
            }
            return Flag(rule: Self.description.identifier, kind: kind, severity: severity,
                        proposition: f.about, claims: [f.id] + others.map(\.id) + r.evidence.map(\.id),
                        why: "\(who) \(p.kind == .likelihood ? "judged \(p.key) \(context.words(f, on: p))" : "forecast \(context.words(f, on: p)) by \(f.by!.text)"); \(r.reason): \(r.outcome.rawValue).",
                        idSubject: [f.id])
        }
    }
}
