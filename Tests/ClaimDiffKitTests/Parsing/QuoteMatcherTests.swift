import Testing
@testable import ClaimDiffKit

/// Quotes are found in their source with only whitespace, typographic quotes and dashes, and
/// conversion escapes normalised; anything else is a miss.
@Suite("Quote matcher")
struct QuoteMatcherTests {
    @Test("normalised differences still match; real differences do not", arguments: [
        (id: "identical", source: "Russia and Iran signed the treaty.", quote: "Iran signed the treaty", found: true),
        (id: "line-breaks-and-runs-of-spaces", source: "Russia and\n   Iran\t signed", quote: "Russia and Iran signed", found: true),
        (id: "no-break-space", source: "Russia\u{A0}and Iran", quote: "Russia and Iran", found: true),
        (id: "curly-apostrophe", source: "Iran\u{2019}s drones", quote: "Iran's drones", found: true),
        (id: "curly-double-quotes", source: "a \u{201C}strategic\u{201D} partner", quote: "a \"strategic\" partner", found: true),
        (id: "guillemets", source: "a \u{AB}strategic\u{BB} partner", quote: "a \"strategic\" partner", found: true),
        (id: "en-dash", source: "in 2022\u{2013}2023 trade", quote: "in 2022-2023 trade", found: true),
        (id: "em-dash-and-double-hyphen", source: "Iran\u{2014}Russia ties", quote: "Iran--Russia ties", found: true),
        (id: "minus-sign", source: "fell by \u{2212}17%", quote: "fell by -17%", found: true),
        (id: "escaped-dollar", source: "trade of \\$4.9 billion", quote: "trade of $4.9 billion", found: true),
        (id: "escaped-asterisk", source: "the \\*first\\* step", quote: "the *first* step", found: true),
        (id: "ellipsis-character", source: "and so on\u{2026} later", quote: "and so on... later", found: true),
        (id: "word-changed", source: "Russia and Iran signed", quote: "Russia and Iraq signed", found: false),
        (id: "figure-changed", source: "trade of \\$4.9 billion", quote: "trade of $4.8 billion", found: false),
        (id: "case-is-not-folded", source: "Russia and Iran signed", quote: "russia and iran signed", found: false),
        (id: "missing-space-is-not-forgiven", source: "Iran \u{2014} Russia", quote: "Iran-Russia", found: false),
        (id: "empty-quote", source: "Russia and Iran", quote: "  ", found: false),
    ])
    func contains(_ row: (id: String, source: String, quote: String, found: Bool)) {
        #expect(QuoteMatcher(source: row.source).contains(row.quote) == row.found, "row '\(row.id)'")
    }

    @Test("the closest passage is the window of the quote's length sharing the most words", arguments: [
        (id: "one-word-differs",
         source: "The weather was fine. Russo-Iranian bilateral trade dropped from \\$4.9 billion in 2022 to \\$4 billion in 2023. Nothing else.",
         quote: "bilateral trade fell from $4.9 billion in 2022",
         passage: "bilateral trade dropped from $4.9 billion in 2022"),
        (id: "passage-is-shown-normalised",
         source: "He said\n\u{201C}never\u{201D} \u{2014} twice.",
         quote: "He said \"always\" - twice.",
         passage: "He said \"never\" - twice."),
        (id: "quote-longer-than-source",
         source: "Iran signed",
         quote: "Russia and Iran signed the treaty",
         passage: "Iran signed"),
        (id: "no-common-word-gives-the-start",
         source: "alpha beta gamma delta",
         quote: "one two",
         passage: "alpha beta"),
        (id: "empty-source",
         source: "",
         quote: "anything",
         passage: ""),
    ])
    func closestPassage(_ row: (id: String, source: String, quote: String, passage: String)) {
        #expect(QuoteMatcher(source: row.source).closestPassage(to: row.quote) == row.passage, "row '\(row.id)'")
    }

    @Test("normal form: whitespace collapsed and trimmed, typography straightened, escapes dropped")
    func normalize() {
        #expect(QuoteMatcher.normalize("  a\u{2019}b \u{201C}c\u{201D}\n\n d\u{2013}\u{2013}e \\$5 ") == "a'b \"c\" d-e $5")
    }
}
