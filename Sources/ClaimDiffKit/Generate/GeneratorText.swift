/// Words for generated titles, quotes and notes: plausible policy prose of realistic length,
/// with typographic apostrophes and quotation marks, accented letters and the odd escaped quote.
enum GeneratorText {
    static let openings = ["According to officials,", "The report notes that", "Analysts in the capital argue that",
                           "As the minister put it,", "By most accounts,", "Diplomatic sources say that",
                           "In its annual review the institute finds that", "Observers agree that", "It is now clear that",
                           "The government’s own figures show that", "Several interviewees told us that"]
    static let subjects = ["the bilateral relationship", "cooperation between the two governments", "the régime’s partners",
                           "the transfer programme", "the agreement", "trade in this sector", "the joint commission",
                           "the defence establishment", "the state companies involved", "the negotiating teams"]
    static let verbs = ["remained", "has become", "was described as", "is widely seen as", "appeared", "had grown",
                        "continued to be", "turned out to be", "was reported as"]
    static let tails = ["throughout the period under review", "despite repeated setbacks", "in spite of Western pressure",
                        "at least until the summit", "according to the “official” account", "as of the latest reporting",
                        "which few had expected", "with no sign of change", "while talks went on behind closed doors",
                        "under the new arrangements"]
    static let remarks = ["Judgement call:", "Borderline:", "Read with care:", "Context:", "Annotator’s note:"]
    static let reasons = ["the paper hedges elsewhere, but this passage is categorical", "the date is inferred from the surrounding paragraph",
                          "the figure is rounded in the source", "the wording could also support the neighbouring value",
                          "the paper cites a government statement for this", "the paragraph refers back to an earlier section"]
    static let officials = ["a senior official", "the foreign ministry", "a government spokesperson", "unnamed diplomats", "the defence minister"]
    static let hedges = ["reportedly", "allegedly", "according to some reports"]
    static let deniers = ["the foreign ministry", "the Kremlin spokesman", "a government spokesperson", "the presidential office"]
    static let publishers = ["Institute for Strategic Studies", "Centre for Regional Policy", "Council on Foreign Affairs",
                             "Gulf Research Centre", "Eurasia Analysis Group", "Policy Research Foundation", "unknown"]
    static let surnames = ["Avdaliani", "Har-Zvi", "Novak", "Karimi", "Petrova", "Haddad", "Lindqvist", "Okafor", "Moreau", "Tanaka"]

    /// A quote of about 100 bytes.
    static func quote(_ rng: inout SplitMix64, value: String) -> String {
        var s = rng.pick(openings) + " " + rng.pick(subjects) + " " + rng.pick(verbs) + " " + value
        while s.utf8.count < 90 { s += " " + rng.pick(tails) }
        if rng.chance(0.02) { s += ", the so-called \"new phase\"" }
        return s + "."
    }

    static func note(_ rng: inout SplitMix64) -> String {
        rng.pick(remarks) + " " + rng.pick(reasons) + (rng.chance(0.5) ? "; " + rng.pick(reasons) : "") + "."
    }
}
