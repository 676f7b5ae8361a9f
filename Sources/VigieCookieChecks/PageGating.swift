import VigieCore

/// What holds trackers back on one page: a Consent Mode default of 'denied', services declared to
/// tarteaucitron, a CMP that blocks scripts automatically.
struct PageGating {
    /// Order of the first inline script that sets `gtag('consent','default',{…'denied'…})`.
    let consentModeOrder: Int?
    /// Services pushed with `tarteaucitron.job.push('…')` / `(tarteaucitron.job = tarteaucitron.job || []).push('…')`.
    let tarteaucitronJobs: Set<String>
    /// Order and name of a CMP script that blocks other scripts automatically (Cookiebot `data-blockingmode="auto"`, Usercentrics autoblocker).
    let autoBlocker: (order: Int, name: String)?

    /// `inline` reads one inline script (the detection session remembers each distinct script).
    init(_ facts: PageFacts, matcher: TrackerMatcher, inline: (String) -> InlineScript) {
        var consentMode: Int?
        var jobs = Set<String>()
        var blocker: (Int, String)?
        for script in facts.scripts {
            if let src = script.src {
                if blocker == nil, script.attributes["data-blockingmode"]?.lowercased() == "auto" || src.lowercased().contains("autoblocker") {
                    blocker = (script.order, matcher.signature(forScript: src)?.name ?? TrackerMatcher.host(src))
                }
                continue
            }
            guard TrackerMatcher.isExecutable(script.type) else { continue }
            let read = inline(script.inlineText)
            if consentMode == nil, read.setsDeniedDefault { consentMode = script.order }
            jobs.formUnion(read.tarteaucitronServices)
        }
        consentModeOrder = consentMode
        tarteaucitronJobs = jobs
        autoBlocker = blocker
    }

    /// What an inline script says about consent, read once per distinct script.
    struct InlineScript {
        /// It sets `gtag('consent','default',{…'denied'…})`.
        let setsDeniedDefault: Bool
        /// The services it declares to tarteaucitron.
        let tarteaucitronServices: [String]

        init(_ text: String) {
            let squeezed = TrackerMatcher.squeeze(text)
            if let start = squeezed.range(of: "'consent','default'") {
                setsDeniedDefault = squeezed[start.upperBound...].contains("denied")
            } else {
                setsDeniedDefault = false
            }
            tarteaucitronServices = squeezed.contains("tarteaucitron") ? PageGating.pushedServices(squeezed) : []
        }
    }

    /// The quoted names in `.push('name')` calls of a squeezed script.
    static func pushedServices(_ text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let range = rest.range(of: ".push('") {
            let after = rest[range.upperBound...]
            if let end = after.firstIndex(of: "'") { names.append(String(after[..<end])) }
            rest = after
        }
        return names
    }

    /// Why `script` (matched to `signature`) does not run on arrival, or nil when it does.
    func reason(script: ScriptFact, executable: Bool, signature: CookieSignatures.Signature) -> String? {
        if !executable { return "type=\"\(script.type ?? "")\"" + consentAttribute(script) }
        if script.src == nil, script.attributes["data-src"] != nil, script.inlineText.isEmpty { return "data-src sans src" }
        if signature.consentMode, let order = consentModeOrder, order < script.order { return "Consent Mode : gtag('consent','default') à 'denied' avant" }
        if let blocker = autoBlocker, blocker.order < script.order, !signature.isConsentTool { return "bloqué automatiquement par \(blocker.name)" }
        return nil
    }

    /// Gated when the page declares one of the signature's services to tarteaucitron.
    func tarteaucitronReason(_ signature: CookieSignatures.Signature) -> String? {
        signature.tarteaucitron.first(where: tarteaucitronJobs.contains).map { "tarteaucitron.job.push('\($0)')" }
    }

    private func consentAttribute(_ script: ScriptFact) -> String {
        for key in ["data-cookieconsent", "data-category", "data-cookiecategory", "data-type", "data-cookie-consent"] {
            if let value = script.attributes[key] { return " \(key)=\"\(value)\"" }
        }
        return ""
    }
}
