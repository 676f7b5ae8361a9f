import VigieCore

/// The words of `vigie diff` and of the report's « Depuis le dernier audit » section.
extension ReportStrings {
    static let sinceLast = L(fr: "Depuis le dernier audit", en: "Since the last audit")
    static let diffTitle = L(fr: "Évolution de l'audit", en: "Audit changes")
    static let previousAudit = L(fr: "Audit précédent", en: "Previous audit")
    static let currentAudit = L(fr: "Cet audit", en: "This audit")
    static let before = L(fr: "Avant", en: "Before")
    static let after = L(fr: "Après", en: "After")
    static let change = L(fr: "Écart", en: "Change")
    static let wholeSite = L(fr: "ensemble du site", en: "whole site")
    static func comparedTo(_ site: String, _ date: String) -> L {
        L(fr: "Comparé à l'audit de \(site) du \(date).", en: "Compared with the audit of \(site) on \(date).")
    }

    static func newFindings(_ n: Int) -> L {
        L(fr: n == 1 ? "1 nouveau constat" : "\(n) nouveaux constats", en: n == 1 ? "1 new finding" : "\(n) new findings")
    }

    static func fixedFindings(_ n: Int) -> L {
        L(fr: n == 1 ? "1 constat corrigé" : "\(n) constats corrigés", en: n == 1 ? "1 finding fixed" : "\(n) findings fixed")
    }

    static func changedFindings(_ n: Int) -> L {
        L(fr: n == 1 ? "1 constat dont le statut a changé" : "\(n) constats dont le statut a changé",
          en: n == 1 ? "1 finding whose status changed" : "\(n) findings whose status changed")
    }

    static func unchangedFindings(_ n: Int) -> L {
        L(fr: n == 1 ? "1 constat inchangé" : "\(n) constats inchangés", en: n == 1 ? "1 finding unchanged" : "\(n) findings unchanged")
    }

    static let noChange = L(fr: "Aucun constat nouveau ni corrigé.", en: "No finding new or fixed.")
}
