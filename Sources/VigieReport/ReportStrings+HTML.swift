import VigieCore

/// The fixed words of the HTML and PDF report that the Markdown report does not use.
extension ReportStrings {
    static let client = L(fr: "Client", en: "Client")
    static let author = L(fr: "Auditeur", en: "Auditor")
    static let whatWasRead = L(fr: "Ce qui a été lu", en: "What was read")
    static let moduleScores = L(fr: "Score par module", en: "Score per module")
    static let checkResults = L(fr: "Résultats des contrôles", en: "Check results")
    static let notApplicableHere = L(fr: "Sans objet pour ce site", en: "Not applicable to this site")
    static let noScore = L(fr: "sans score", en: "no score")
    static let contents = L(fr: "Sommaire", en: "Contents")
    static let evidence = L(fr: "Preuves", en: "Evidence")
    static let finding = L(fr: "Constat", en: "Finding")
    static let severityHeading = L(fr: "Gravité", en: "Severity")
    static let generatedBy = L(fr: "Rapport produit par Vigie", en: "Report produced by Vigie")
    static let moreEvidence = L(fr: "autres preuves dans le rapport JSON", en: "more in the JSON report")
    static let overallCaption = L(fr: "sur 100", en: "out of 100")
    static let homeOnlyNote = L(fr: "Ce que la page d'accueil montre à un premier visiteur.", en: "What the home page shows a first-time visitor.")
    static let siteNote = L(fr: "Ce que l'ensemble des pages lues montre.", en: "What all the pages read show.")
    static func resultsCount(_ n: Int) -> L {
        L(fr: n == 1 ? "1 contrôle" : "\(n) contrôles", en: n == 1 ? "1 check" : "\(n) checks")
    }
    /// How many results of a module need work, for the module's heading.
    static func toFix(_ n: Int) -> L {
        switch n {
        case 0: L(fr: "rien à corriger", en: "nothing to fix")
        case 1: L(fr: "1 point à corriger", en: "1 point to fix")
        default: L(fr: "\(n) points à corriger", en: "\(n) points to fix")
        }
    }
    /// The count of results with a status, for the summary chips.
    static func statusCount(_ status: CheckStatus, _ n: Int) -> L {
        let one = n == 1
        return switch status {
        case .fail: L(fr: one ? "1 non-conformité" : "\(n) non-conformités", en: one ? "1 failure" : "\(n) failures")
        case .warn: L(fr: one ? "1 point à améliorer" : "\(n) points à améliorer", en: one ? "1 warning" : "\(n) warnings")
        case .unknown: L(fr: one ? "1 point non décidé" : "\(n) points non décidés", en: one ? "1 undecided" : "\(n) undecided")
        case .pass: L(fr: one ? "1 contrôle conforme" : "\(n) contrôles conformes", en: one ? "1 pass" : "\(n) passes")
        case .na: L(fr: one ? "1 sans objet" : "\(n) sans objet", en: "\(n) n/a")
        case .info: L(fr: one ? "1 information" : "\(n) informations", en: one ? "1 note" : "\(n) notes")
        }
    }
    static let months = (
        fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
}
