import VigieCore

/// Pieces of HTML the cookies checks' examples are built from.
enum CookieExamples {
    static let gtag = #"<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-ABC123');</script>"#
    static let tarteaucitron = #"<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"privacyUrl":"/cookies","highPrivacy":true,"DenyAllCta":true,"cookieExpire":180,"showIcon":true});</script><script>tarteaucitron.user.gtagUa='G-ABC123';(tarteaucitron.job=tarteaucitron.job||[]).push('gtag');</script>"#
    static let footer = #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/cookies">Politique cookies</a></footer>"#
    static let bannerGood = #"<div id="cookie-banner"><p>Avec votre accord, nous et nos partenaires utilisons des cookies de mesure d'audience et de publicité personnalisée.</p><p><a href="/partenaires">Voir la liste de nos partenaires</a></p><button id="cc-accept">Tout accepter</button><button id="cc-refuse">Tout refuser</button><button id="cc-custom">Personnaliser</button></div>"#
    static let bannerAcceptOnly = #"<div class="cookie-notice"><p>Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez l'utilisation des cookies.</p><button>Accepter</button></div>"#
    static let gatedGA = #"<script type="text/plain" data-category="analytics" data-src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>"#

    /// A page with `head` and `body` inside a main zone, and the usual footer.
    static func page(head: String = "", body: String = "", footer: String = footer) -> String {
        "<html lang=\"fr\"><head><title>Dupont</title>\(head)</head><body>\(body)<main><h1>Accueil</h1><p>Nos services.</p></main>\(footer)</body></html>"
    }

    /// A cookie header for examples.
    static func setCookie(_ value: String) -> [HTTPHeader] { [HTTPHeader(name: "Set-Cookie", value: value)] }
}

/// The legal reference all cookies checks share.
enum CookieReference {
    static let consent = "ePrivacy art. 5(3) ; loi Informatique et Libertés art. 82 ; CNIL, lignes directrices et recommandation du 17 septembre 2020"
}
