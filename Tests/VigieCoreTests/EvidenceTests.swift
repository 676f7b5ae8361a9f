import Testing
@testable import VigieCore

@Suite struct EvidenceTests {
    @Test func clipCollapsesSpaceAndCutsAt200() {
        let long = String(repeating: "mot  \n ", count: 100)
        let clipped = Evidence.clip(long)
        #expect(clipped.count == 200)
        #expect(clipped.hasSuffix("…"))
        #expect(!clipped.contains("  "))
        #expect(Evidence(url: "u", excerpt: "  a \n b ").excerpt == "a b")
    }

    /// The byte-level shortcut must give what the Unicode path gives, on every kind of white space.
    @Test func clipShortcutAgreesWithUnicodeWhiteSpace() {
        let samples = [
            "", " ", "Mentions légales", "Mentions  légales", " Mentions", "Mentions ", "a\tb", "a\nb", "a\r\nb",
            "Prix\u{00A0}: 10\u{00A0}€", "l’hébergeur", "a\u{2003}b", "a\u{202F}b", "a\u{3000}b", "a\u{0085}b",
            "a\u{1680}b", "a\u{2028}b", "a\u{205F}b", "a\u{200B}b", "SIREN 123 456 789", "é", "“Guillemets” — tiret",
            "日本語 テキスト", "emoji 👍🏽 ok", "a\u{000B}b", "a\u{000C}b",
        ]
        for text in samples {
            let reference = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(Evidence.clip(text) == reference, "\(text.debugDescription)")
            #expect(Evidence.isCollapsed(text) == (reference == text), "\(text.debugDescription)")
        }
    }

    @Test func statusOrderPutsWorstFirst() {
        #expect([CheckStatus.pass, .fail, .warn].min() == .fail)
        #expect([CheckStatus.pass, .na].min() == .pass)
    }
}
