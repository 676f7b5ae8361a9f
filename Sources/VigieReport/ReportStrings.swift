import VigieCore

/// Every fixed word of the reports, in French and English: the one table to translate or reword.
enum ReportStrings {
    typealias L = Localized

    // Titles
    static let reportTitle = L(fr: "Audit du site", en: "Website audit")
    static let examTitle = L(fr: "Audit du site — grille BTS NDRC", en: "Website audit — BTS NDRC grid")
    static let comparisonTitle = L(fr: "Comparaison de sites", en: "Site comparison")
    static let summary = L(fr: "Synthèse", en: "Summary")
    static let topActions = L(fr: "Les actions prioritaires", en: "Top actions")
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
    static let appendix = L(fr: "Annexe A — Tous les contrôles", en: "Appendix A — All checks")
    static let pagesAppendix = L(fr: "Annexe B — Pages explorées", en: "Appendix B — Pages crawled")
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
    static let applicability = L(fr: "Ce qui s'applique à ce site", en: "What applies to this site")
    static let directoryMode = L(fr: "lecture d'un dossier local : les faits HTTP (en-têtes, cookies, redirections) sont absents",
                                 en: "read from a local folder: HTTP facts (headers, cookies, redirects) are absent")
    static func pagesLine(_ fetched: Int, _ html: Int, _ errors: Int) -> L {
        L(fr: "\(fetched) (dont \(html) pages HTML, \(errors) erreur(s) de transfert)",
          en: "\(fetched) (\(html) HTML pages, \(errors) transfer error(s))")
    }

    static let noScoreSentence = L(fr: "Pas de score.", en: "No score.")

    /// The crawl's end when no page answered; `quoted` is the first page's failure (`refused: …`), verbatim and
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
        L(fr: "\(n) page(s) non lue(s) car interdite(s) par robots.txt", en: "\(n) page(s) not read because robots.txt disallows them")
    }

    // Summary
    static let overall = L(fr: "Score global", en: "Overall score")
    static let module = L(fr: "Module", en: "Module")
    static let score = L(fr: "Score", en: "Score")
    static let undecided = L(fr: "Non décidés", en: "Undecided")
    static let count = L(fr: "Nombre", en: "Count")
    static let findings = L(fr: "Constats à corriger", en: "Findings to fix")
    static let noActions = L(fr: "Aucune action à mener : tous les contrôles décidés sont réussis.", en: "Nothing to fix: every check that could be decided passed.")
    static func reach(_ pages: Int) -> L { L(fr: "\(pages) page(s)", en: "\(pages) page(s)") }
    static let scoreNote = L(fr: "Les contrôles non applicables (—) et non décidés (?) ne comptent pas dans les scores ; les non décidés sont comptés à part.",
                             en: "Checks that do not apply (—) or could not be decided (?) do not count in the scores; undecided ones are counted apart.")

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

    static func module(_ m: String) -> L {
        switch m {
        case "legal": L(fr: "Mentions légales", en: "Legal")
        case "cookies": L(fr: "Cookies et traceurs", en: "Cookies and trackers")
        case "cta": L(fr: "Appels à l'action", en: "Calls to action")
        case "responsive": L(fr: "Mobile", en: "Responsive")
        case "structure": L(fr: "Structure", en: "Structure")
        case "page": L(fr: "Bases des pages", en: "Page basics")
        default: L(fr: m, en: m)
        }
    }

    static let legend = L(fr: "Légende : ✅ conforme · ❌ non conforme · ⚠️ à améliorer · — sans objet · ? non décidé · ℹ️ information",
                          en: "Key: ✅ pass · ❌ fail · ⚠️ warning · — n/a · ? undecided · ℹ️ info")

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
    static let consentTool = L(fr: "Outil de consentement", en: "Consent tool")
    static let trackers = L(fr: "Traceurs chargés par les pages", en: "Trackers loaded by the pages")
    static let noTrackers = L(fr: "Aucun traceur tiers repéré dans les pages lues.", en: "No third-party tracker found in the pages read.")
    static let name = L(fr: "Nom", en: "Name")
    static let vendor = L(fr: "Éditeur", en: "Vendor")
    static let category = L(fr: "Catégorie", en: "Category")
    static let needsConsent = L(fr: "Consentement requis", en: "Needs consent")
    static let gated = L(fr: "Bloqué avant consentement", en: "Blocked before consent")
    static let yes = L(fr: "oui", en: "yes")
    static let no = L(fr: "non", en: "no")
    static let priorCookies = L(fr: "Cookies déposés avant tout consentement", en: "Cookies set before any consent")
    static let noCookies = L(fr: "Aucun cookie déposé par les réponses HTTP lues.", en: "No cookie set by the HTTP responses read.")
    static let noCookiesInFolder = L(fr: "Audit d'un dossier : pas de réponse HTTP, donc pas de cookie à examiner.",
                                     en: "Directory audit: no HTTP response, so no cookie to examine.")
    static let domain = L(fr: "Domaine", en: "Domain")
    static let lifetime = L(fr: "Durée de vie", en: "Lifetime")
    static let session = L(fr: "session", en: "session")
    static let thirdParty = L(fr: "Tiers", en: "Third party")
    static let setBy = L(fr: "Déposé par", en: "Set by")
    static func days(_ d: Int) -> L { L(fr: "\(d) jour(s)", en: "\(d) day(s)") }
    static func months(_ m: Int) -> L { L(fr: "\(m) mois", en: "\(m) month(s)") }

    // CTA
    static let label = L(fr: "Libellé", en: "Label")
    static let target = L(fr: "Cible", en: "Target")
    static let zone = L(fr: "Zone", en: "Zone")
    static func pageZone(_ zone: Zone) -> L {
        switch zone {
        case .header: L(fr: "en-tête", en: "header")
        case .nav: L(fr: "menu", en: "menu")
        case .main: L(fr: "contenu", en: "content")
        case .aside: L(fr: "encadré", en: "sidebar")
        case .footer: L(fr: "pied de page", en: "footer")
        case .body: L(fr: "corps", en: "body")
        }
    }
    static let ctaFound = L(fr: "Appels à l'action repérés", en: "Calls to action found")

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
    static func andMore(_ n: Int) -> L { L(fr: "et \(n) autre(s)", en: "and \(n) more") }

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
    /// The legal part of the BTS NDRC answer key (LEGAL.md §1.4), in the exam's order: its item and the checks that answer it.
    /// An id ending in `.` stands for every check of that prefix (`legal.cgv.`).
    static let examLegalItems: [(item: L, ids: [String])] = [
        (L(fr: "Dénomination sociale", en: "Company name"), ["legal.publisher.name"]),
        (L(fr: "Adresse du siège", en: "Registered office"), ["legal.publisher.address"]),
        (L(fr: "Téléphone et e-mail", en: "Telephone and e-mail"), ["legal.publisher.phone", "legal.publisher.email"]),
        (L(fr: "Forme juridique, capital social", en: "Legal form, share capital"), ["legal.publisher.form", "legal.publisher.capital"]),
        (L(fr: "Directeur de la publication, responsable de la rédaction", en: "Publication director, editor"), ["legal.publication-director", "legal.editor-in-chief"]),
        (L(fr: "Hébergeur (nom, adresse, téléphone)", en: "Host (name, address, telephone)"), ["legal.host.name", "legal.host.address", "legal.host.phone"]),
        (L(fr: "Numéro RCS", en: "RCS number"), ["legal.publisher.registration", "legal.publisher.siren"]),
        (L(fr: "Numéro de TVA intracommunautaire", en: "VAT number"), ["legal.publisher.vat"]),
        (L(fr: "CGV : prix TTC, frais, livraison, paiement, SAV, rétractation", en: "Terms of sale: prices, fees, delivery, payment, after-sales, withdrawal"), ["legal.terms-of-sale", "legal.cgv.", "legal.withdrawal-function", "legal.consumer-mediator"]),
        (L(fr: "Cookies : information, consentement, refus", en: "Cookies: information, consent, refusal"), ["cookies.consent-tool", "cookies.prior-loading", "cookies.refuse-option", "cookies.policy"]),
        (L(fr: "Consentement conservé 13 mois au plus", en: "Consent kept 13 months at most"), ["cookies.consent-lifetime"]),
        (L(fr: "Données personnelles : information et consentement", en: "Personal data: information and consent"), ["legal.privacy-policy", "legal.privacy-rights", "legal.form-notice"]),
        (L(fr: "CGU (recommandées)", en: "Terms of use (recommended)"), ["legal.terms-of-use"]),
    ]
    static let examOther = L(fr: "Autres obligations", en: "Other obligations")
}

extension ReportStrings {
    static let noGrid = L(fr: "Aucun contrôle de l'en-tête, du corps, du pied de page ou de la navigation n'a donné de résultat.",
                          en: "No header, body, footer or navigation check gave a result.")
    static let notChecked = L(fr: "non contrôlé", en: "not checked")
    static let otherChecks = L(fr: "Autres contrôles", en: "Other checks")
    static let moreRows = L(fr: "lignes suivantes omises", en: "further rows left out")
}
