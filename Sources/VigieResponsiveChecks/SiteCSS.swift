import VigieCheckKit
import VigieCore

/// The CSS of a site, read once for a check: inline `<style>` elements (each distinct text once),
/// `style` attributes of `<html>`/`<body>`, the same-site stylesheets the crawler fetched, and the
/// `<link rel=stylesheet>` tags with their `media` attributes.
struct SiteCSS {
    /// One style sheet read.
    struct Source {
        /// The stylesheet's URL, or the page's URL for an inline `<style>`.
        var url: String
        var inline: Bool
        var sheet: CSSSheet
        /// Media attributes of the `<link>` tags that load it (empty for inline or unknown).
        var linkMedia: [String]
    }

    /// A `<link rel=stylesheet>` of a page.
    struct Link {
        var page: String
        var href: String
        var media: String?
    }

    /// A `style` attribute of `<html>` or `<body>`.
    struct StyleAttribute {
        var page: String
        var declarations: [CSSDeclaration]
        var text: String
    }

    var sources: [Source] = []
    var links: [Link] = []
    var styleAttributes: [StyleAttribute] = []
    /// Stylesheets linked by the pages that the crawl did not fetch (other sites, errors).
    var unread: [String] = []

    init(_ snapshot: SiteSnapshot) {
        var seenInline: Set<String> = []
        var mediaByHref: [String: [String]] = [:]
        var linked: [String] = []
        for (record, facts) in snapshot.htmlPages {
            for text in facts.inlineStyles {
                if text.contains("{") {
                    guard seenInline.insert(text).inserted else { continue }
                    sources.append(Source(url: record.url, inline: true, sheet: CSSScanner.scan(text), linkMedia: []))
                } else {
                    let declarations = CSSScanner.declarations(text)
                    if !declarations.isEmpty {
                        styleAttributes.append(StyleAttribute(page: record.url, declarations: declarations, text: text))
                    }
                }
            }
            for link in facts.stylesheets where link.isStylesheet && !link.rel.contains("alternate") {
                if links.count < 500 { links.append(Link(page: record.url, href: link.href, media: link.media)) }
                if mediaByHref[link.href] == nil { linked.append(link.href) }
                mediaByHref[link.href, default: []].append(link.media ?? "")
            }
        }
        for url in snapshot.stylesheets.keys.sorted() {
            guard let css = snapshot.stylesheets[url] else { continue }
            sources.append(Source(url: url, inline: false, sheet: CSSScanner.scan(css), linkMedia: mediaByHref[url] ?? []))
        }
        unread = linked.filter { snapshot.stylesheets[$0] == nil }
    }

    /// Whether a media attribute or `@media` prelude only targets print (or speech).
    static func isNonScreen(_ media: String) -> Bool {
        let words = LabelText.normalize(media).split(separator: " ")
        guard !words.isEmpty else { return false }
        let screenish: Set<Substring> = ["screen", "all", "handheld", "projection", "tv"]
        let mentionsOther = words.contains("print") || words.contains("speech")
        return mentionsOther && !words.contains(where: { screenish.contains($0) })
    }

    /// Whether a media attribute tests a width.
    static func isWidthMedia(_ media: String) -> Bool {
        CSSScanner.mediaFeatures(media).contains(where: CSSScanner.isWidthFeature)
    }
}
