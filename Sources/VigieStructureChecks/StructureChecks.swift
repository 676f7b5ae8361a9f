import VigieCheckKit
import VigieCore

/// The `structure` checks of CHECKS.md (header, body, footer, navigation of the audit grid), and the rule packs they read.
/// Each result carries its grid items (`grid_zone`, `grid_home`, `grid_site`): `AuditGrid.build` turns them into the grid.
public enum StructureChecks {
    public static let all: [CheckDefinition] = [
        HeaderLogoCheck.definition, HeaderNavigationCheck.definition, HeaderSearchCheck.definition, HeaderPhoneCheck.definition,
        HeaderBaselineCheck.definition, HeaderSocialCheck.definition, HeaderCTACheck.definition,
        BodyHeadingsCheck.definition, BodyMediaCheck.definition, BodyNewsCheck.definition, BodyTestimonialsCheck.definition,
        BodyChatCheck.definition, BodyNewsletterCheck.definition,
        FooterLegalLinksCheck.definition, FooterSitemapCheck.definition, FooterContactCheck.definition,
        NavBrokenLinksCheck.definition, NavRedirectsCheck.definition, NavDepthCheck.definition, NavSitemapXMLCheck.definition,
        NavBreadcrumbCheck.definition, NavHTTPSCheck.definition,
    ]
    public static let packs: [any RulePack.Type] = [StructureWords.self]

    /// The audit grid of the home page (`home: true`) or of the whole site, from the results of an audit.
    public static func grid(home: Bool, results: [CheckResult]) -> AuditGrid {
        AuditGrid.grid(home: home, results: results)
    }
}
