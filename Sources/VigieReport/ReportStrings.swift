import VigieCore

/// Every fixed word of the reports, in French and English: the one table to translate or reword.
enum ReportStrings {
    typealias L = Localized

    // Titles
    static let reportTitle = L(fr: "Audit du site", en: "Website audit")
    static let examTitle = L(fr: "Audit du site — grille BTS NDRC", en: "Website audit — BTS NDRC grid")
    static let comparisonTitle = L(fr: "Comparaison de sites", en: "Site comparison")
    static let summary = L(fr: "Synthèse", en: "Summary")
    static func topActions(_ n: Int) -> L {
        n == 1 ? L(fr: "L'action prioritaire", en: "The top action")
            : L(fr: n == 5 ? "Les cinq actions prioritaires" : "Les \(n) actions prioritaires", en: n == 5 ? "The five top actions" : "The \(n) top actions")
    }
    static let actionPlan = L(fr: "Plan d'action complet", en: "Full action plan")
    static func moreActions(_ n: Int) -> L {
        L(fr: "\(n) \(Plural.fr(n, "autre action suit", "autres actions suivent")) dans le plan d'action complet, après les modules.",
          en: "\(n) more \(Plural.en(n, "action follows", "actions follow")) in the full action plan, after the modules.")
    }
    static let toVerify = L(fr: "À vérifier", en: "To verify")
    static func toVerifyCount(_ n: Int) -> L {
        n == 0 ? L(fr: "aucun point, l'audit a tout décidé", en: "nothing, the audit decided every point")
            : L(fr: "\(n) \(Plural.fr(n, "point", "points")) que l'audit n'a pas pu décider (section « À vérifier »)",
                en: "\(n) \(Plural.en(n, "point", "points")) the audit could not decide (“To verify” section)")
    }
    static let howToVerify = L(fr: "Comment vérifier", en: "How to verify")
    static func impact(_ impact: Impact) -> L {
        switch impact {
        case .keystone: L(fr: "obligation absente", en: "missing obligation")
        case .sanctioned: L(fr: "obligation sanctionnée", en: "sanctioned obligation")
        case .advice: L(fr: "conseil", en: "advice")
        }
    }
    static let legalChecklist = L(fr: "Mentions légales et obligations", en: "Legal checklist")
    static let cookies = L(fr: "Cookies et traceurs", en: "Cookies and trackers")
    static let ctas = L(fr: "Appels à l'action", en: "Calls to action")
    static let responsive = L(fr: "Affichage mobile (responsive)", en: "Mobile readiness (responsive)")
    static let grid = L(fr: "Points forts et points faibles", en: "Strengths and weaknesses")
    static let gridHome = L(fr: "Page d'accueil", en: "Home page")
    static let gridSite = L(fr: "Ensemble du site", en: "Whole site")
    static let navigation = L(fr: "Navigation", en: "Navigation")
    static let brokenLinks = L(fr: "Liens cassés", en: "Broken links")
    static let redirectChains = L(fr: "Redirections", en: "Redirects")
    static let deepPages = L(fr: "Pages profondes (plus de 3 clics depuis l'accueil)", en: "Deep pages (more than 3 clicks from home)")
    static let applicabilityAppendix = L(fr: "Annexe A — Ce qui s'applique à ce site", en: "Appendix A — What applies to this site")
    static let appendix = L(fr: "Annexe B — Tous les contrôles", en: "Appendix B — All checks")
    static let pagesAppendix = L(fr: "Annexe C — Pages explorées", en: "Appendix C — Pages crawled")
    static let progress = L(fr: "Axes de progression", en: "Areas for improvement")
    static let scores = L(fr: "Scores", en: "Scores")
    static let grids = L(fr: "Grilles côte à côte", en: "Grids side by side")
    static let checksRow = L(fr: "Contrôles", en: "Checks")

    // Header
    static let site = L(fr: "Site", en: "Site")
    static let folder = L(fr: "Dossier", en: "Folder")
    static let finalURL = L(fr: "Adresse après redirection", en: "Address after redirects")
    static let date = L(fr: "Date", en: "Date")
    static let version = L(fr: "Version de Vigie", en: "Vigie version")
    static let pagesCrawled = L(fr: "Pages explorées", en: "Pages crawled")
    static let duration = L(fr: "Durée", en: "Duration")
    static let profile = L(fr: "Profil", en: "Profile")
    static let crawlEnd = L(fr: "Fin de l'exploration", en: "Crawl ended")
    static let options = L(fr: "Options qui changent la lecture", en: "Options that change the meaning")
    static let directoryMode = L(fr: "lecture d'un dossier local : les faits HTTP (en-têtes, cookies, redirections) sont absents",
                                 en: "read from a local folder: HTTP facts (headers, cookies, redirects) are absent")
    static func pagesLine(_ fetched: Int, _ html: Int, _ errors: Int) -> L {
        L(fr: "\(fetched) (dont \(html) \(Plural.fr(html, "page HTML", "pages HTML")), "
            + (errors == 0 ? "aucune erreur de transfert)" : "\(errors) \(Plural.fr(errors, "erreur", "erreurs")) de transfert)"),
          en: "\(fetched) (\(html) HTML \(Plural.en(html, "page", "pages")), "
            + (errors == 0 ? "no transfer error)" : "\(errors) transfer \(Plural.en(errors, "error", "errors")))"))
    }

    static let noScoreSentence = L(fr: "Pas de score.", en: "No score.")

    /// The crawl's end when no page answered; `quoted` is the first page's failure told by `CrawlErrorText`,
    /// already escaped by the renderer.
    static func unreachable(_ quoted: String) -> L {
        L(fr: "échec — le site n'a pas pu être exploré (\(quoted)) ; rien n'a été vérifié",
                 en: "failed — the site could not be crawled (\(quoted)); nothing was checked")
    }

    static func stop(_ reason: StopReason) -> L {
        switch reason {
        case .complete: L(fr: "complète — toutes les pages trouvées ont été lues", en: "complete — every page found was read")
        case .maxPages: L(fr: "limite du nombre de pages atteinte — le site n'a pas été lu en entier", en: "page limit reached — the site was not read in full")
        case .maxDepth: L(fr: "limite de profondeur atteinte — des pages plus profondes n'ont pas été lues", en: "depth limit reached — deeper pages were not read")
        case .timeLimit: L(fr: "limite de temps atteinte — le site n'a pas été lu en entier", en: "time limit reached — the site was not read in full")
        case .interrupted: L(fr: "interrompue — le site n'a pas été lu en entier", en: "interrupted — the site was not read in full")
        }
    }

    static let robotsIgnored = L(fr: "robots.txt ignoré à la demande (--ignore-robots)", en: "robots.txt ignored on request (--ignore-robots)")
    static func robotsExcluded(_ n: Int) -> L {
        L(fr: "\(n) \(Plural.fr(n, "page non lue car interdite", "pages non lues car interdites")) par robots.txt",
          en: "\(n) \(Plural.en(n, "page", "pages")) not read because robots.txt disallows them")
    }

    // Summary
    static let overall = L(fr: "Score global", en: "Overall score")
    static let module = L(fr: "Module", en: "Module")
    static let score = L(fr: "Score", en: "Score")
    static let findingsColumn = L(fr: "Constats à corriger", en: "Findings to fix")
    static let toVerifyColumn = L(fr: "À vérifier", en: "To verify")
    static let noActions = L(fr: "Aucune action à mener : tous les contrôles décidés sont réussis.", en: "Nothing to fix: every check that could be decided passed.")
    static let scoreNote = L(fr: "Les contrôles sans objet et ceux que l'audit n'a pas pu décider ne comptent pas dans les scores ; les seconds sont comptés dans la colonne « À vérifier ».",
                             en: "Checks that do not apply and those the audit could not decide do not count in the scores; the latter are counted in the “To verify” column.")

    static func severity(_ s: Severity) -> L {
        switch s {
        case .error: L(fr: "erreur", en: "error")
        case .warning: L(fr: "avertissement", en: "warning")
        case .notice: L(fr: "conseil", en: "notice")
        }
    }

    static func severityPlural(_ s: Severity) -> L {
        switch s {
        case .error: L(fr: "Erreurs", en: "Errors")
        case .warning: L(fr: "Avertissements", en: "Warnings")
        case .notice: L(fr: "Conseils", en: "Notices")
        }
    }

    static func status(_ s: CheckStatus) -> L {
        switch s {
        case .pass: L(fr: "conforme", en: "pass")
        case .fail: L(fr: "non conforme", en: "fail")
        case .warn: L(fr: "à améliorer", en: "warning")
        case .info: L(fr: "information", en: "info")
        case .na: L(fr: "sans objet", en: "n/a")
        case .unknown: L(fr: "non décidé", en: "undecided")
        }
    }


    // Tables
    static let check = L(fr: "Contrôle", en: "Check")
    static let item = L(fr: "Élément", en: "Item")
    static let examItem = L(fr: "Rubrique de la grille", en: "Grid item")
    static let state = L(fr: "État", en: "Status")
    static let valueFound = L(fr: "Valeur trouvée", en: "Value found")
    static let page = L(fr: "Page", en: "Page")
    static let pages = L(fr: "Pages", en: "Pages")
    static let reference = L(fr: "Référence", en: "Reference")
    static let noLegal = L(fr: "Aucun contrôle de mentions légales n'a été exécuté.", en: "No legal check ran.")

    // Cookies
    static let name = L(fr: "Nom", en: "Name")
    static let yes = L(fr: "oui", en: "yes")
    static let no = L(fr: "non", en: "no")
    static let noCookies = L(fr: "Aucun cookie déposé par les réponses HTTP lues.", en: "No cookie set by the HTTP responses read.")
    static let noCookiesInFolder = L(fr: "Audit d'un dossier : pas de réponse HTTP, donc pas de cookie à examiner.",
                                     en: "Directory audit: no HTTP response, so no cookie to examine.")
    static let domain = L(fr: "Domaine", en: "Domain")
    static let lifetime = L(fr: "Durée de vie", en: "Lifetime")
    static let session = L(fr: "session", en: "session")
    static let thirdParty = L(fr: "Tiers", en: "Third party")
    static let setBy = L(fr: "Déposé par", en: "Set by")
    static func days(_ d: Int) -> L { Plural.count(d, fr: ("jour", "jours"), en: ("day", "days")) }
    static func months(_ m: Int) -> L { Plural.count(m, fr: ("mois", "mois"), en: ("month", "months")) }

    // Grid zones
    static let zone = L(fr: "Zone", en: "Zone")

    // Grid
    static let strengths = L(fr: "Points forts", en: "Strengths")
    static let weaknesses = L(fr: "Points faibles", en: "Weaknesses")

    // Navigation
    static let noBrokenLinks = L(fr: "Aucun lien cassé parmi les pages lues.", en: "No broken link among the pages read.")
    static let noRedirects = L(fr: "Aucune redirection suivie.", en: "No redirect followed.")
    static let noDeepPages = L(fr: "Toutes les pages lues sont à 3 clics ou moins de l'accueil.", en: "Every page read is within 3 clicks of home.")
    static let linkedFrom = L(fr: "Liens depuis", en: "Linked from")
    static let statusCode = L(fr: "Code HTTP", en: "HTTP status")
    static let hops = L(fr: "Étapes", en: "Hops")
    static let chainWarning = L(fr: "chaîne", en: "chain")
    static let depth = L(fr: "Profondeur", en: "Depth")
    static let contentType = L(fr: "Type de contenu", en: "Content type")
    static let errorOrRedirect = L(fr: "Erreur ou redirection", en: "Error or redirect")
    static let noResponse = L(fr: "pas de réponse", en: "no response")
    static let excludedByRobots = L(fr: "exclue par robots.txt", en: "excluded by robots.txt")
    static let finalTarget = L(fr: "Destination finale", en: "Final target")
    static let redirectsTo = L(fr: "redirige vers", en: "redirects to")
    static let unknownPage = L(fr: "page d'origine inconnue", en: "unknown referring page")

    // Exam profile
    static let examIntro = L(fr: "Réponse ordonnée comme la grille de l'épreuve : les mentions obligatoires, puis l'analyse de l'en-tête, du corps, du pied de page et de la navigation, puis les axes de progression.",
                             en: "Ordered like the exam's answer: the mandatory information, then the header, body, footer and navigation analysis, then areas for improvement.")
    static let noProgress = L(fr: "Aucun axe de progression : tous les contrôles décidés sont réussis.", en: "No area for improvement: every check that could be decided passed.")

    // Comparison
    static let comparisonIntro = L(fr: "Une colonne par site, une ligne par score et par contrôle.", en: "One column per site, one row per score and per check.")

    // Page-level evidence
    static let selector = L(fr: "élément", en: "element")
}

extension ReportStrings {
    static let examOther = L(fr: "Autres obligations", en: "Other obligations")
}

extension ReportStrings {
    static let noGrid = L(fr: "Aucun contrôle de l'en-tête, du corps, du pied de page ou de la navigation n'a donné de résultat.",
                          en: "No header, body, footer or navigation check gave a result.")
    static let notChecked = L(fr: "non contrôlé", en: "not checked")
    static func moreRows(_ n: Int) -> L {
        L(fr: "\(n) \(Plural.fr(n, "ligne suivante omise", "lignes suivantes omises")).", en: "\(n) further \(Plural.en(n, "row", "rows")) left out.")
    }
}
