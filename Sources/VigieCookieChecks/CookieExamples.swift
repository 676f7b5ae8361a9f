import VigieCore

/// Pieces of HTML the cookies checks' examples are built from.
enum CookieExamples {
    static let gtag = #"<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-ABC123');</script>"#
    static let tarteaucitron = #"<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"privacyUrl":"/cookies","highPrivacy":true,"DenyAllCta":true,"cookieExpire":180,"showIcon":true});</script><script>tarteaucitron.user.gtagUa='G-ABC123';(tarteaucitron.job=tarteaucitron.job||[]).push('gtag');</script>"#
    static let footer = #"<footer><a href="/mentions-legales">Mentions légales</a> <a href="/cookies">Politique cookies</a></footer>"#
    static let bannerGood = #"<div id="cookie-banner"><p>Avec votre accord, nous et nos partenaires utilisons des cookies de mesure d'audience et de publicité personnalisée.</p><p><a href="/partenaires">Voir la liste de nos partenaires</a></p><button id="cc-accept">Tout accepter</button><button id="cc-refuse">Tout refuser</button><button id="cc-custom">Personnaliser</button></div>"#
    static let bannerAcceptOnly = #"<div class="cookie-notice"><p>Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez l'utilisation des cookies.</p><button>Accepter</button></div>"#
    /// Consent tools loaded from their vendor's CDN, as their installation snippets write them.
    static let hostedLoaders: [(name: String, html: String)] = [
        ("Axeptio's inline loader", #"<script>(function(d,s){var t=d.getElementsByTagName(s)[0],e=d.createElement(s);e.async=true;e.src="//static.axept.io/sdk.js";t.parentNode.insertBefore(e,t);})(document,"script");</script>"#),
        ("Didomi's inline loader", #"<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){function r(e){var t=document.createElement("script");t.id="spcloader";t.type="text/javascript";t.async=true;t.src="https://sdk.privacy-center.org/"+e+"/loader.js?target="+document.location.hostname;t.charset="utf-8";var n=document.getElementsByTagName("script")[0];n.parentNode.insertBefore(t,n)}r("0f1e2d3c-api-key")})();</script>"#),
        ("Cookiebot uc.js", #"<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="00000000-0000-0000-0000-000000000000" data-blockingmode="auto" type="text/javascript"></script>"#),
        ("OneTrust otSDKStub.js", #"<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="00000000-0000-0000-0000-000000000000"></script>"#),
        ("Sirdata stub and CMP", #"<script src="https://cache.consentframework.com/js/pa/12345/c/AbCdE/stub" referrerpolicy="origin" charset="utf-8"></script><script src="https://choices.consentframework.com/js/pa/12345/c/AbCdE/cmp" referrerpolicy="origin" charset="utf-8" async></script>"#),
        ("Usercentrics loader", #"<script id="usercentrics-cmp" src="https://web.cmp.usercentrics.eu/ui/loader.js" data-settings-id="AbCdEfGh" async></script>"#),
        ("iubenda Cookie Solution", #"<script type="text/javascript" src="https://cs.iubenda.com/autoblocking/1234567.js"></script><script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>"#),
        ("CookieYes", #"<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/0123456789abcdef/script.js"></script>"#),
        ("Quantcast Choice's inline loader", #"<script type="text/javascript" async=true>(function(){var host=window.location.hostname;var element=document.createElement('script');var url='https://cmp.quantcast.com'.concat('/choice/','AbCdEf','/',host,'/choice.js?tag_version=V3');element.async=true;element.type='text/javascript';element.src=url;document.head.appendChild(element);})();</script>"#),
        ("tarteaucitron from tarteaucitron.io", #"<script type="text/javascript" src="https://tarteaucitron.io/load.js?domain=dupont.fr&uuid=0123456789abcdef"></script>"#),
        ("tarteaucitron from jsDelivr", #"<script src="https://cdn.jsdelivr.net/npm/tarteaucitronjs@1.19.0/tarteaucitron.min.js"></script>"#),
    ]
    /// A self-hosted banner script that no signature names, and an inline one, both drawing the banner.
    static let bannerScript = #"<script src="/assets/js/cookie-banner.js" defer></script>"#
    static let inlineBannerScript = #"<script>if(!document.cookie.includes("consent=")){var b=document.createElement("div");b.className="notice";b.innerHTML='<p>Nous utilisons des cookies de mesure d\'audience.</p><button id="ok">Accepter</button><button id="no">Refuser</button>';document.body.appendChild(b);document.getElementById("no").onclick=function(){document.cookie="consent=no;max-age=15552000;path=/";b.remove();};}</script>"#
    /// A German bar with implied consent and one accept link, written after `</body>` (heizung-defekt.de).
    static let germanImpliedBar = #"</body><div id="footer-cookie"><red id="description">Wir nutzen Cookies, um unsere Dienste zu erbringen und zu verbessern. Mit Nutzung dieser Seite akzeptieren Sie Cookies. <a href="./datenschutz/">Mehr erfahren</a></red><red id="accept"><a href="javascript:void(0)" title="Akzeptieren">Akzeptieren</a></red></div>"#
    /// A page whose banner is `germanImpliedBar`, with Google Analytics.
    static let germanPage = #"<html lang="de"><head><title>Heizung defekt</title><script async src="https://www.googletagmanager.com/gtag/js?id=UA-134725552-6"></script></head><body><main><h1>Heizungsnotdienst</h1></main><footer><a href="./impressum/">Impressum</a></footer>"# + germanImpliedBar + "</html>"
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
