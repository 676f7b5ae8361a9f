import Testing
@testable import VigieHTML

/// White space collapsing of `TextBuffer`, byte by byte: runs of words are copied whole, so the edges
/// of a run (spaces, no-break spaces, the end, the cap) are where it could go wrong.
struct TextBufferTests {
    private func collapsed(_ pieces: [String], cap: Int = 1_000) -> (text: String, truncated: Bool) {
        var buffer = TextBuffer(cap: cap)
        for piece in pieces { buffer.append(piece) }
        return (buffer.string, buffer.truncated)
    }

    @Test(arguments: [
        ("Mentions légales", "Mentions légales"),
        ("  deux   espaces  ", "deux espaces"),
        ("a\tb\nc\r\nd\u{0C}e", "a b c d e"),
        ("prix\u{A0}: 10\u{202F}€", "prix : 10 €"),
        ("a \u{A0} b", "a b"),
        ("fin ", "fin"),
        ("é è ê – «\u{A0}guillemets\u{A0}»", "é è ê – « guillemets »"),
        ("\u{2019}apostrophe\u{2019} et \u{2026}", "\u{2019}apostrophe\u{2019} et \u{2026}"),
        ("a\u{0B}b", "a\u{0B}b"),
    ])
    func whiteSpaceIsCollapsed(input: String, expected: String) {
        #expect(collapsed([input]).text == expected)
    }

    @Test func piecesAreJoinedWithOneSpace() {
        #expect(collapsed(["Accueil ", " > ", "Services"]).text == "Accueil > Services")
        #expect(collapsed(["Accueil", "Services"]).text == "AccueilServices")
    }

    @Test func theCapCutsARunOnACharacter() {
        let cut = collapsed(["un deux trois quatre"], cap: 8)
        #expect(cut.text == "un deux ")
        #expect(cut.truncated)
        let accented = collapsed(["ééééé"], cap: 5)
        #expect(accented.text == "éé")
        #expect(accented.truncated)
    }
}
