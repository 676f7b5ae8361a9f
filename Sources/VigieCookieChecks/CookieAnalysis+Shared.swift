import VigieCore

extension CookieAnalysis {
    /// The analysis of this audit, computed once for all the cookies checks (it walks every page).
    static func of(_ context: AuditContext) -> CookieAnalysis {
        context.cache.value("cookies.analysis") { CookieAnalysis(context) }
    }
}
