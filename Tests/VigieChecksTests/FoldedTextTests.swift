import Foundation
import Testing
@testable import VigieCheckKit

@Suite struct FoldedTextTests {
    /// What Foundation's folding gives, the reference the byte-level folder must match on French text.
    static func reference(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) { current.unicodeScalars.append(scalar) } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    @Test(arguments: [
        "Mentions légales", "S’inscrire", "S'inscrire", "ÊTRE RAPPELÉ", "Politique de confidentialité", "Déclaration d’accessibilité",
        "Plan du site — 2026", "Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix", "Ça coûte 10 € TTC", "« Demander un devis »",
        "Noël à l'Hôtel-Dieu", "  tabs\tand\nlines  ", "Ï Ö Ü ÿ ñ ç", "",
    ])
    func matchesFoundationOnFrenchText(text: String) {
        #expect(FoldedText.words(text) == Self.reference(text))
    }

    @Test func keepsOtherScriptsAndSurvivesBrokenInput() {
        #expect(FoldedText.words("Привет мир") == "Привет мир")
        #expect(FoldedText.words(String(decoding: [0x41, 0xC3], as: UTF8.self)).hasPrefix("a"))
        #expect(FoldedText.words("œuvre") == "oeuvre")
    }
}
