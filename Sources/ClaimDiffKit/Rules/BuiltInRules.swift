/// Every rule the engine runs, in the order `rules.md` lists them.
public let builtInRules: [any Rule.Type] = [
    CategoryRule.self,
    LadderRule.self,
    PartyRule.self,
    AmountRule.self,
    PercentChangeRule.self,
    LikelihoodRule.self,
    ForecastRule.self,
    DenialRule.self,
    AnachronismRule.self,
    SingleSourceRule.self,
    InternalContradictionRule.self,
    LinkRule.self,
]
