import Foundation

/// Whether a link or button is a call to action, for `header.cta`: an action verb or phrase in its label.
enum StructureCTA {
    /// Action words and phrases (lower-case, without accents), French first.
    private static let phrases = [
        "devis", "demander", "demandez", "reserver", "reservez", "reservation", "acheter", "achetez", "commander", "commandez",
        "contactez", "nous contacter", "contactez nous", "prendre rendez vous", "prenez rendez vous", "rendez vous", "rdv",
        "s inscrire", "inscrivez vous", "essayer", "essayez", "essai gratuit", "estimation", "estimer", "simuler", "simulation",
        "appelez", "nous appeler", "telecharger", "get a quote", "quote", "book", "buy", "order", "sign up", "try", "contact us",
        "request", "subscribe", "shop",
    ]

    static func isCallToAction(label: String, href: String?, classes: [String]) -> Bool {
        let words = StructureText.words(label)
        guard words != " ", words.split(separator: " ").count <= 8 else { return false }
        if phrases.contains(where: { words.contains(" \($0) ") }) { return true }
        let styled = classes.contains { $0.lowercased().hasPrefix("btn") || $0.lowercased().contains("button") || $0.lowercased().contains("cta") }
        return styled && href?.lowercased().hasPrefix("tel:") == false && words.split(separator: " ").count >= 2
    }
}
