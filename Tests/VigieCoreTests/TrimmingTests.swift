import Foundation
import Testing
import VigieCore

/// The trimming shortcut gives Foundation's result on every kind of edge: ASCII and Unicode spaces,
/// newlines, letters with accents, nothing at all.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "a", "abc", " abc", "abc ", "  a b  ", "\tabc", "abc\t", "\nabc\n", "abc\r\n", "\u{00A0}abc", "abc\u{00A0}",
        "\u{2003}abc", "abc\u{202F}", "\u{3000}x", "é", "éabc", "abcé", " é ", "tel:+33 1 23 45 67 89", "~a!", "\u{0085}x", "x\u{2028}",
    ]

    @Test(arguments: samples)
    func trimsAsFoundationDoes(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        let slice = text[...]
        #expect(slice.trimmingWhitespace() == slice.trimmingCharacters(in: .whitespaces))
    }
}
