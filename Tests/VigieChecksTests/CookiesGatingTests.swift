import Testing
import VigieCore
import VigieHTML
@testable import VigieChecks
@testable import VigieCookieChecks

/// The tracker matcher and its gating analysis on real HTML parsed by libxml2: every gating style
/// holds a tracker back (no false "loaded before consent"), and plain inclusions are caught.
@Suite struct CookiesGatingTests {
    static let rules: Result<RuleSet, any Error> = Result { try RuleSet(sources: EmbeddedRules.packs, types: CheckRegistry.packTypes) }

    func detections(_ head: String, body: String = "") throws -> [TrackerDetection] {
        let rules = try Self.rules.get()
        let parser = HTMLParser(zoneWords: rules.pack(ZoneWords.self))
        let html = "<html><head>\(head)</head><body>\(body)<p>x</p></body></html>"
        let facts = parser.parse(Array(html.utf8), url: "https://www.example.fr/", contentType: "text/html")
        return rules.pack(CookieSignatures.self).matcher.detect(in: facts)
    }

    func loaded(_ found: [TrackerDetection], _ name: String) -> Bool {
        found.contains { $0.signature.name == name && $0.loadsBeforeConsent }
    }

    func gated(_ found: [TrackerDetection], _ name: String) -> Bool {
        found.contains { $0.signature.name == name && $0.gated }
    }

    @Test("A plain gtag.js script and its inline snippet load before consent")
    func plainGA() throws {
        let found = try detections(CookieExamples.gtag)
        #expect(loaded(found, "Google Analytics"))
        #expect(found.contains { $0.kind == .script } && found.contains { $0.kind == .inline })
    }

    @Test("type=text/plain with a consent attribute holds a script back", arguments: [
        #"<script type="text/plain" data-cookieconsent="statistics" src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>"#,
        #"<script type="text/plain" data-category="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>"#,
        #"<script type="text/plain" data-cookiecategory="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>"#,
        #"<script type="text/plain" data-type="opt-in" data-name="ga" data-src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>"#,
        #"<script type="text/plain" data-category="analytics">gtag('config', 'G-1');</script>"#,
    ])
    func textPlain(_ script: String) throws {
        let found = try detections(script)
        #expect(gated(found, "Google Analytics"))
        #expect(!loaded(found, "Google Analytics"))
    }

    @Test("An iframe with data-src and no src is held back; with src it loads")
    func iframes() throws {
        let held = try detections("", body: #"<iframe data-src="https://www.youtube.com/embed/abc"></iframe>"#)
        #expect(gated(held, "YouTube") && !loaded(held, "YouTube"))
        let plain = try detections("", body: #"<iframe src="https://www.youtube.com/embed/abc"></iframe>"#)
        #expect(loaded(plain, "YouTube"))
    }

    @Test("Services pushed to tarteaucitron are gated, both push styles", arguments: [
        "tarteaucitron.user.gtagUa = 'G-1'; tarteaucitron.user.gtagMore = function () { gtag('config', 'G-1'); }; (tarteaucitron.job = tarteaucitron.job || []).push('gtag');",
        "tarteaucitron.user.gtagUa = 'G-1'; tarteaucitron.job.push(\"gtag\");",
    ])
    func tarteaucitron(_ inline: String) throws {
        let found = try detections(#"<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({});</script><script>\#(inline)</script>"#)
        #expect(gated(found, "Google Analytics"))
        #expect(!loaded(found, "Google Analytics"))
        #expect(found.contains { $0.signature.name == "tarteaucitron.js" })
    }

    @Test("Consent Mode 'denied' set earlier gates Google tags, not others; set later it gates nothing")
    func consentMode() throws {
        let defaults = #"<script>gtag('consent', 'default', {'ad_storage': 'denied', 'analytics_storage': 'denied'});</script>"#
        let found = try detections(defaults + CookieExamples.gtag + #"<script>fbq('init', '1');</script>"#)
        #expect(gated(found, "Google Analytics") && !loaded(found, "Google Analytics"))
        #expect(loaded(found, "Meta Pixel"))
        let late = try detections(CookieExamples.gtag + defaults)
        #expect(loaded(late, "Google Analytics"))
    }

    @Test("Cookiebot auto-blocking holds back the scripts after it")
    func autoBlocking() throws {
        let found = try detections(#"<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x" data-blockingmode="auto"></script>"# + CookieExamples.gtag)
        #expect(gated(found, "Google Analytics") && !loaded(found, "Google Analytics"))
    }

    @Test("CMPs are recognised by script, inline config or markup", arguments: [
        (#"<script src="https://static.axept.io/sdk.js"></script>"#, "", "Axeptio"),
        (#"<script>window.didomiConfig = {};</script>"#, "", "Didomi"),
        ("", #"<div id="CybotCookiebotDialog">x</div>"#, "Cookiebot"),
        ("", #"<div id="onetrust-consent-sdk">x</div>"#, "OneTrust"),
        ("", #"<div class="cmplz-cookiebanner">x</div>"#, "Complianz"),
        ("", #"<div id="cookie-law-info-bar">x</div>"#, "CookieYes"),
        (#"<script src="https://cache.consentframework.com/js/pa/1/c/2/stub"></script>"#, "", "Sirdata"),
    ])
    func cmps(head: String, body: String, name: String) throws {
        let found = try detections(head, body: body)
        #expect(found.contains { $0.signature.name == name && $0.signature.isConsentTool }, "\(name) not found")
    }

    @Test("Cookie names map to signatures, prefixes included")
    func cookieNames() throws {
        let matcher = try Self.rules.get().pack(CookieSignatures.self).matcher
        #expect(matcher.signature(forCookie: "_ga")?.name == "Google Analytics")
        #expect(matcher.signature(forCookie: "_ga_ABC123")?.name == "Google Analytics")
        #expect(matcher.signature(forCookie: "_gcl_au")?.name == "Google Ads / DoubleClick")
        #expect(matcher.signature(forCookie: "_pk_id.1.abcd")?.needsConsent == .review)
        #expect(matcher.signature(forCookie: "_hjSessionUser_1")?.name == "Hotjar")
        #expect(matcher.signature(forCookie: "PHPSESSID") == nil)
    }

    @Test("The signature pack has at least 10 CMPs and 25 trackers and widgets")
    func counts() throws {
        let signatures = try Self.rules.get().pack(CookieSignatures.self).signatures
        #expect(signatures.filter(\.isConsentTool).count >= 10)
        #expect(signatures.filter { !$0.isConsentTool && $0.category != "functional" }.count >= 25)
        #expect(Set(signatures.map(\.name)).count == signatures.count, "duplicated names")
    }
}

/// The banner finder on real HTML: a banner needs cookie words, a banner id/class and a choice.
@Suite struct CookiesBannerTests {
    func banner(_ body: String) throws -> CookieBanner? {
        let rules = try CookiesGatingTests.rules.get()
        let parser = HTMLParser(zoneWords: rules.pack(ZoneWords.self))
        let html = "<html><body>\(body)<main><p>Contenu</p></main></body></html>"
        return CookieBanner(parser.parse(Array(html.utf8), url: "https://www.example.fr/", contentType: "text/html"), words: rules.pack(CookieWords.self))
    }

    @Test("A banner with choices is found, with its controls")
    func found() throws {
        let found = try #require(try banner(CookieExamples.bannerGood))
        #expect(found.controls.contains("tout refuser"))
        #expect(found.links.contains { $0.href == "/partenaires" })
    }

    @Test("A cookie policy text without any choice is not a banner")
    func policyText() throws {
        #expect(try banner(#"<div class="page-cookies"><p>Nous utilisons des cookies de mesure d'audience ; vous pouvez les refuser depuis le panneau de gestion.</p></div>"#) == nil)
    }

    @Test("Cookie words outside a banner element do not make a banner")
    func noHint() throws {
        #expect(try banner(#"<div class="content"><p>Nos cookies maison sont au beurre.</p><button>Accepter</button></div>"#) == nil)
    }
}
