import Foundation

/// What a real browser saw on the site (`vigie audit --render`: headless Chromium, VigieRender): the consent journey
/// — the pages loaded before any choice, after « Refuser » and, in a fresh profile, after « Accepter » — with the
/// requests and cookies of each step, the banner as drawn and measured, screenshots and the mobile layout.
/// A value type of the snapshot (saved with it), read by the checks like any other fact.
public struct RenderFacts: Sendable, Codable, Hashable {
    /// The browser's product and version (`Browser.getVersion`).
    public var browser: String
    /// The pages rendered before any choice, with why a page could not be, in order (the home page first).
    public var pages: [RenderedPage]
    /// The journey's steps, in order; a step the journey could not reach is absent.
    public var steps: [ConsentStep]
    /// The consent banner found on the home page, nil when none was.
    public var banner: RenderedBanner?
    /// How « Refuser » and « Accepter » were clicked, or why they could not be.
    public var refusal: ConsentClick?
    public var acceptance: ConsentClick?
    public var screenshots: [Screenshot]
    /// The home page as a phone shows it.
    public var mobile: MobileLayout?
    /// What went wrong in the browser (a dialog, a crash, a time limit), worded for the report.
    public var problems: [String]

    public init(browser: String, pages: [RenderedPage] = [], steps: [ConsentStep] = [], banner: RenderedBanner? = nil,
                refusal: ConsentClick? = nil, acceptance: ConsentClick? = nil, screenshots: [Screenshot] = [],
                mobile: MobileLayout? = nil, problems: [String] = []) {
        self.browser = browser
        self.pages = pages
        self.steps = steps
        self.banner = banner
        self.refusal = refusal
        self.acceptance = acceptance
        self.screenshots = screenshots
        self.mobile = mobile
        self.problems = problems
    }

    /// The step of `kind`, when the journey reached it.
    public func step(_ kind: ConsentStep.Kind) -> ConsentStep? { steps.first { $0.kind == kind } }
}

/// One page of the rendered sample.
public struct RenderedPage: Sendable, Codable, Hashable {
    public var url: String
    /// Why it could not be rendered (a time limit, a crash, a dialog, a network error); nil when it was.
    public var error: String?

    public init(url: String, error: String? = nil) {
        self.url = url
        self.error = error
    }
}

/// One step of the consent journey: what the pages loaded and stored from its start to its end.
public struct ConsentStep: Sendable, Codable, Hashable {
    /// Before any choice, after « Refuser » (the click, a reload, a second page), after « Accepter » (fresh profile).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case beforeConsent = "before-consent"
        case afterRefusal = "after-refusal"
        case afterAcceptance = "after-acceptance"
    }

    public var kind: Kind
    /// The pages loaded during the step, in order.
    public var pages: [String]
    /// Every request the pages made (attempted: a request the network refused still counts).
    public var requests: [RenderedRequest]
    /// The browser's cookie jar at the end of the step.
    public var cookies: [RenderedCookie]
    /// Every `document.cookie` write during the step, as the script wrote it (its own lifetime: Chromium caps stored
    /// cookies at 400 days).
    public var cookieWrites: [ScriptCookieWrite]
    /// `localStorage` keys at the end of the step.
    public var storageKeys: [String]

    public init(kind: Kind, pages: [String] = [], requests: [RenderedRequest] = [], cookies: [RenderedCookie] = [],
                cookieWrites: [ScriptCookieWrite] = [], storageKeys: [String] = []) {
        self.kind = kind
        self.pages = pages
        self.requests = requests
        self.cookies = cookies
        self.cookieWrites = cookieWrites
        self.storageKeys = storageKeys
    }
}

/// A request a rendered page made.
public struct RenderedRequest: Sendable, Codable, Hashable {
    public var url: String
    /// The DevTools resource type: Document, Script, Image, XHR, Fetch, Ping…
    public var type: String
    /// What started it: parser, script, preload, other.
    public var initiator: String?
    /// The page (document) that made it.
    public var page: String

    public init(url: String, type: String, initiator: String?, page: String) {
        self.url = url
        self.type = type
        self.initiator = initiator
        self.page = page
    }
}

/// A cookie in the browser's jar.
public struct RenderedCookie: Sendable, Codable, Hashable {
    public var name: String
    public var domain: String
    public var path: String
    /// Seconds since 1970 when it expires; nil for a session cookie.
    public var expires: Double?
    public var secure: Bool
    public var httpOnly: Bool
    public var sameSite: String?

    public init(name: String, domain: String, path: String, expires: Double?, secure: Bool, httpOnly: Bool, sameSite: String?) {
        self.name = name
        self.domain = domain
        self.path = path
        self.expires = expires
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
    }
}

/// One assignment to `document.cookie`, verbatim, with the page whose script made it.
public struct ScriptCookieWrite: Sendable, Codable, Hashable {
    public var raw: String
    public var page: String

    public init(raw: String, page: String) {
        self.raw = raw
        self.page = page
    }

    /// The cookie's name (before the first `=`).
    public var name: String {
        let pair = raw.split(separator: ";", maxSplits: 1).first ?? ""
        return String(pair.split(separator: "=", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The write read as a `Set-Cookie` header (lifetime from its own `max-age` or `expires`).
    public var fact: CookieFact? { CookieFact.parse(setCookie: raw, responseURL: page, responseDate: nil) }

    /// Whether the write deletes the cookie (an expiry in the past, or `max-age` ≤ 0).
    public var deletes: Bool { fact?.lifetimeSeconds.map { $0 <= 0 } ?? false }
}

/// The consent banner as the browser drew it.
public struct RenderedBanner: Sendable, Codable, Hashable {
    /// The consent tool recognised by the rules pack (`rules/cookies/consent-tools.yml`), nil for a banner found by
    /// its look (a fixed or overlay element that speaks of cookies).
    public var tool: String?
    public var page: String
    /// A CSS selector of its element.
    public var selector: String
    /// Its text as shown, clipped.
    public var text: String
    /// The labels of the buttons and links of its first layer, as shown.
    public var labels: [String]
    public var accept: BannerControl?
    public var refuse: BannerControl?
    public var customize: BannerControl?
    /// Its links: label and target.
    public var links: [BannerLink]
    /// The share of the window it covers (0–1), and whether the rest of the page is covered or cannot be scrolled
    /// while it is shown.
    public var coverage: Double
    public var blocksPage: Bool

    public init(tool: String?, page: String, selector: String, text: String, labels: [String], accept: BannerControl?,
                refuse: BannerControl?, customize: BannerControl?, links: [BannerLink], coverage: Double, blocksPage: Bool) {
        self.tool = tool
        self.page = page
        self.selector = selector
        self.text = text
        self.labels = labels
        self.accept = accept
        self.refuse = refuse
        self.customize = customize
        self.links = links
        self.coverage = coverage
        self.blocksPage = blocksPage
    }
}

/// A choice of the banner, measured from its computed style.
public struct BannerControl: Sendable, Codable, Hashable {
    public var label: String
    public var width: Double
    public var height: Double
    public var fontSize: Double
    /// CSS colours as computed (`rgb(…)`), and the contrast ratio of the text on its background (WCAG).
    public var color: String
    public var background: String
    public var contrast: Double

    public init(label: String, width: Double, height: Double, fontSize: Double, color: String, background: String, contrast: Double) {
        self.label = label
        self.width = width
        self.height = height
        self.fontSize = fontSize
        self.color = color
        self.background = background
        self.contrast = contrast
    }

    /// The area it covers, in CSS pixels.
    public var area: Double { width * height }
}

/// A link of the banner.
public struct BannerLink: Sendable, Codable, Hashable {
    public var label: String
    public var href: String

    public init(label: String, href: String) {
        self.label = label
        self.href = href
    }
}

/// One click of the journey: on what, found how, or why nothing could be clicked.
public struct ConsentClick: Sendable, Codable, Hashable {
    /// The label of the element clicked, as shown; nil when nothing was clicked.
    public var label: String?
    public var selector: String?
    /// How it was found: `rules: <tool>` (the rules pack's selector) or `label`.
    public var foundBy: String?
    /// Why nothing was clicked (no banner, no such choice, the page failed).
    public var failure: String?

    public init(label: String? = nil, selector: String? = nil, foundBy: String? = nil, failure: String? = nil) {
        self.label = label
        self.selector = selector
        self.foundBy = foundBy
        self.failure = failure
    }

    public var clicked: Bool { label != nil && failure == nil }
}

/// A PNG of the home page, at one width, at one step.
public struct Screenshot: Sendable, Codable, Hashable {
    /// `desktop` (1366×900) or `mobile` (390×844).
    public var viewport: String
    public var step: ConsentStep.Kind
    public var width: Int
    public var height: Int
    public var png: Data

    public init(viewport: String, step: ConsentStep.Kind, width: Int, height: Int, png: Data) {
        self.viewport = viewport
        self.step = step
        self.width = width
        self.height = height
        self.png = png
    }

    /// The file name beside the report: `<report>-<viewport>-<step>.png`.
    public var suffix: String { "\(viewport)-\(step.rawValue)" }
}

/// The home page laid out on a phone (390 px wide).
public struct MobileLayout: Sendable, Codable, Hashable {
    public var page: String
    /// `document.documentElement.scrollWidth` against `innerWidth`: wider means horizontal scrolling.
    public var scrollWidth: Double
    public var innerWidth: Double
    /// Links and buttons smaller than 24 × 24 px (WCAG 2.2 target size), by label; text under 12 px, quoted.
    public var smallTargets: [String]
    public var smallText: [String]

    public init(page: String, scrollWidth: Double, innerWidth: Double, smallTargets: [String], smallText: [String]) {
        self.page = page
        self.scrollWidth = scrollWidth
        self.innerWidth = innerWidth
        self.smallTargets = smallTargets
        self.smallText = smallText
    }

    public var overflows: Bool { scrollWidth > innerWidth + 1 }
}
