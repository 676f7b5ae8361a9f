import VigieCTAChecks
import VigieCookieChecks
import VigieCore
import VigieLegalChecks
import VigiePageChecks
import VigieResponsiveChecks
import VigieStructureChecks

/// Every check Vigie knows, in report order, and every rule pack they read: the one list to extend.
public enum CheckRegistry {
    public static let all: [CheckDefinition] =
        LegalChecks.all + [CookiesChecks.all, CTAChecks.all, ResponsiveChecks.all, StructureChecks.all, PageChecks.all].flatMap(numbered)

    /// Pack types decoded at load time (so a malformed pack stops Vigie before it crawls).
    public static let packTypes: [any RulePack.Type] =
        [ZoneWords.self, PriorityPageWords.self]
        + LegalChecks.packs + CookiesChecks.packs + CTAChecks.packs + ResponsiveChecks.packs + StructureChecks.packs + PageChecks.packs

    /// `checks` with their report order: their place in their module's list (the legal module numbers its own).
    static func numbered(_ checks: [CheckDefinition]) -> [CheckDefinition] {
        checks.enumerated().map { index, check in
            var check = check
            check.meta.order = index
            return check
        }
    }

    /// The check with that id.
    public static func check(_ id: String) -> CheckDefinition? { all.first { $0.id == id } }
}
