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
        LegalChecks.all + CookiesChecks.all + CTAChecks.all + ResponsiveChecks.all + StructureChecks.all + PageChecks.all

    /// Pack types decoded at load time (so a malformed pack stops Vigie before it crawls).
    public static let packTypes: [any RulePack.Type] =
        [ZoneWords.self, PriorityPageWords.self]
        + LegalChecks.packs + CookiesChecks.packs + CTAChecks.packs + ResponsiveChecks.packs + StructureChecks.packs + PageChecks.packs

    /// The check with that id.
    public static func check(_ id: String) -> CheckDefinition? { all.first { $0.id == id } }
}
