import Foundation
import VigieCore

/// The options of `tarteaucitron.init({…})` that the checks read, from the page's inline scripts.
struct TarteaucitronConfig: Sendable {
    /// `"DenyAllCta": true` shows a "Tout refuser" button.
    var denyAllCta: Bool?
    /// `"highPrivacy": false` lets scrolling or browsing count as consent in older versions.
    var highPrivacy: Bool?
    /// `"cookieExpire"`, in days (365 when absent).
    var cookieExpireDays: Double?
    /// `"showIcon"` / `"showAlertSmall"`: a permanent button to change one's choice (icon shown by default).
    var showIcon: Bool?
    /// The `init({…})` call as written, squeezed and capped (evidence).
    var excerpt: String

    /// The configuration of the first inline script that calls `tarteaucitron.init(`.
    init?(_ facts: PageFacts) {
        guard let text = facts.scripts.lazy.filter({ $0.src == nil })
            .map({ TrackerMatcher.squeeze($0.inlineText) })
            .first(where: { $0.contains("tarteaucitron.init(") }) else { return nil }
        let call = text[text.range(of: "tarteaucitron.init(")!.lowerBound...]
        let body = String(call.prefix(4000))
        excerpt = String(body.prefix(160))
        denyAllCta = Self.bool("denyallcta", in: body)
        highPrivacy = Self.bool("highprivacy", in: body)
        showIcon = Self.bool("showicon", in: body)
        cookieExpireDays = Self.value("cookieexpire", in: body).flatMap { Double($0) }
    }

    /// The value written after `'key':` or `key:` in a squeezed object literal.
    static func value(_ key: String, in text: String) -> String? {
        for pattern in ["'\(key)':", "\(key):"] {
            guard let range = text.range(of: pattern) else { continue }
            let after = text[range.upperBound...]
            let end = after.firstIndex { $0 == "," || $0 == "}" || $0 == "/" } ?? after.endIndex
            return String(after[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        return nil
    }

    static func bool(_ key: String, in text: String) -> Bool? {
        switch value(key, in: text) {
        case "true"?: true
        case "false"?: false
        default: nil
        }
    }
}
