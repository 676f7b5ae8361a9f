/// Where a check is shown in a report, in reading order: each module has one section or more, and renderers
/// draw the sections in the order of `allCases`, each check at its `CheckMeta.order`.
public enum ReportSection: String, Sendable, Hashable, Codable, CaseIterable {
    case legalNotice = "legal-notice", legalSales = "legal-sales", legalPrivacy = "legal-privacy"
    case cookiesConsent = "cookies-consent", cookiesTrackers = "cookies-trackers", cookiesStored = "cookies-stored"
    case cta
    case responsive
    case header, body, footer, navigation
    case pageBasics = "page-basics"

    /// The module the section belongs to.
    public var module: CheckModule {
        switch self {
        case .legalNotice, .legalSales, .legalPrivacy: .legal
        case .cookiesConsent, .cookiesTrackers, .cookiesStored: .cookies
        case .cta: .cta
        case .responsive: .responsive
        case .header, .body, .footer, .navigation: .structure
        case .pageBasics: .page
        }
    }

    /// The section's heading.
    public var title: Localized {
        switch self {
        case .legalNotice: Localized(fr: "Mentions légales : éditeur et hébergeur", en: "Legal notice: publisher and host")
        case .legalSales: Localized(fr: "Vente en ligne", en: "Online selling")
        case .legalPrivacy: Localized(fr: "Données personnelles et accessibilité", en: "Personal data and accessibility")
        case .cookiesConsent: Localized(fr: "Bandeau et consentement", en: "Banner and consent")
        case .cookiesTrackers: Localized(fr: "Traceurs chargés par les pages", en: "Trackers loaded by the pages")
        case .cookiesStored: Localized(fr: "Cookies déposés avant tout consentement", en: "Cookies set before any consent")
        case .cta: Localized(fr: "Appels à l'action", en: "Calls to action")
        case .responsive: Localized(fr: "Affichage mobile", en: "Mobile display")
        case .header: GridZone.header.title
        case .body: GridZone.body.title
        case .footer: GridZone.footer.title
        case .navigation: GridZone.navigation.title
        case .pageBasics: Localized(fr: "Bases des pages", en: "Page basics")
        }
    }

    /// The first section of `module`, where its checks go unless they say otherwise.
    public static func main(of module: CheckModule) -> ReportSection {
        allCases.first { $0.module == module } ?? .pageBasics
    }
}

extension CheckModule {
    /// The module's name in a report.
    public var title: Localized {
        switch self {
        case .legal: Localized(fr: "Mentions légales", en: "Legal")
        case .cookies: Localized(fr: "Cookies et traceurs", en: "Cookies and trackers")
        case .cta: Localized(fr: "Appels à l'action", en: "Calls to action")
        case .responsive: Localized(fr: "Mobile", en: "Mobile")
        case .structure: Localized(fr: "Structure", en: "Structure")
        case .page: Localized(fr: "Bases des pages", en: "Page basics")
        }
    }
}
