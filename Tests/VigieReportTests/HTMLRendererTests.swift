import Foundation
import Testing
import VigieChecks
import VigieCore
import VigieHTML
@testable import VigieReport

/// The HTML report: self-contained, escaped, status words as well as colours, one language, a print layout.
@Suite struct HTMLRendererTests {
    /// The report's own markup read back with real libxml2 (VigieHTML), as a browser would build it.
    static func parsed(_ html: String) throws -> PageFacts {
        let rules = try ParsedReportTests.rules.get()
        return HTMLParser(zoneWords: rules.pack(ZoneWords.self)).parse(Array(html.utf8), url: "file:///tmp/report.html", contentType: "text/html; charset=utf-8")
    }

    /// Nothing in the file can run or fetch: no script, no frame, no style sheet or image from elsewhere, links only
    /// to web pages, files and the report's own anchors.
    static func expectSelfContained(_ html: String) throws {
        let facts = try parsed(html)
        #expect(facts.scripts.isEmpty, "scripts: \(facts.scripts.map(\.inlineText))")
        #expect(facts.iframes.isEmpty && facts.stylesheets.isEmpty)
        // the charts are inline SVG; no audio, video or object from anywhere
        for media in facts.media { #expect(media.tag == "svg" && media.src == nil, "\(media.tag) \(media.src ?? "")") }
        for image in facts.images { #expect(image.src?.hasPrefix("data:image/") == true, "image \(image.src ?? "")") }
        for link in facts.links {
            let href = link.href.lowercased()
            #expect(href.hasPrefix("#") || href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("file:/"), "link \(link.href)")
        }
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
        #expect(!html.lowercased().contains("url(") && !html.lowercased().contains("@import"))
        let lower = html.lowercased()
        for attribute in [" onerror=", " onload=", " onclick=", "javascript:", "<script", "<iframe", "<object", "<embed"] {
            // only inside text, escaped: never as markup
            #expect(!lower.contains(attribute) || !Self.unescapedOccurrence(of: attribute, in: lower), "\(attribute) in markup")
        }
    }

    /// Whether `needle` occurs inside a tag (between `<` and `>`), not in escaped text.
    static func unescapedOccurrence(of needle: String, in html: String) -> Bool {
        var inTag = false
        var tag = ""
        for character in html {
            if character == "<" { inTag = true; tag = "<"; continue }
            if inTag {
                tag.append(character)
                if character == ">" {
                    inTag = false
                    if tag.contains(needle) || ("<" + tag).contains(needle) { return true }
                }
            }
        }
        return false
    }

    @Test func hostileTextFromEveryPlaceStaysText() throws {
        for language in ReportLanguage.allCases {
            let html = HTMLRenderer.render(ReportFixtures.report(language))
            try Self.expectSelfContained(html)
            #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!html.contains("<script>alert(1)"))
            // a javascript: address taken from a page is shown, never made a link
            #expect(!html.contains("href=\"javascript:"))
        }
    }

    @Test func hostilePageParsedByLibxml2CannotInjectMarkup() throws {
        let example = CheckExample("hostile", expect: .pass, pages: [
            .init("/", ParsedReportTests.hostileHTML),
            .init("/mentions-legales", "<html><head><title>Mentions</title></head><body>" + ParsedReportTests.hostileHTML + "</body></html>"),
            .init("/casse", "", status: 404),
        ])
        for language in ReportLanguage.allCases {
            let report = try ParsedReportTests.audit(example, language: language)
            let html = HTMLRenderer.render(report)
            try Self.expectSelfContained(html)
            let facts = try Self.parsed(html)
            // the page's title reached the report as text: the browser shows it, runs nothing
            let text = facts.textBlocks.map(\.text).joined(separator: "\n")
            #expect(text.contains("<script>alert(1)</script>"))
        }
    }

    @Test func statusIsAWordAndAColourNeverAnEmoji() throws {
        let html = HTMLRenderer.render(ReportFixtures.report(.fr))
        for symbol in ["✅", "❌", "⚠", "ℹ", "🟢", "🔴"] { #expect(!html.contains(symbol), "\(symbol)") }
        #expect(html.contains("<span class=\"pill st-fail\">non conforme</span>"))
        #expect(html.contains("<span class=\"pill st-pass\">conforme</span>"))
        #expect(html.contains("<span class=\"pill st-unknown\">non décidé</span>"))
        #expect(html.contains(".pill.st-fail") && html.contains("#c0392b"))
        let english = HTMLRenderer.render(ReportFixtures.report(.en))
        #expect(english.contains("<span class=\"pill st-fail\">fail</span>"))
    }

    @Test func summaryPageComesFirstWithChartsAndTopActions() throws {
        let report = ReportFixtures.report(.fr)
        let html = HTMLRenderer.render(report)
        let cover = try #require(html.range(of: "<section class=\"cover\""))
        let firstModule = try #require(html.range(of: "<section class=\"sheet module\""))
        #expect(cover.lowerBound < firstModule.lowerBound)
        let summary = String(html[cover.lowerBound..<firstModule.lowerBound])
        #expect(summary.contains("<svg class=\"gauge\"") && summary.contains(">61</text>"))
        // one bar per module with its score written out, a word for the module without a score
        let bars = summary.components(separatedBy: "class=\"bar-label\"").count - 1
        #expect(bars == SiteView(report.sites[0], catalog: report.catalog, lang: .fr).moduleList.count)
        #expect(summary.contains(">60/100</text>") && summary.contains(">67/100</text>"))
        #expect(summary.contains("Les cinq actions prioritaires"))
        let actions = summary.components(separatedBy: "<ol class=\"actions\">").last?.components(separatedBy: "</ol>").first ?? ""
        #expect(actions.components(separatedBy: "<li>").count - 1 == SiteView.coverActions)
        #expect(summary.contains("Pages explorées") && summary.contains("Fin de l'exploration"))
        #expect(summary.contains("limite du nombre de pages atteinte"))
    }

    @Test func modulesShowEvidenceQuotesAndLinksToThePages() throws {
        let html = HTMLRenderer.render(ReportFixtures.report(.fr))
        #expect(html.contains("<a class=\"url\" href=\"https://www.atelier-dupont.fr/mentions-legales\">/mentions-legales</a> <q>Hébergeur : OVH SAS, 2 rue Kellermann</q>"))
        #expect(html.contains("<code>meta[name=viewport]</code>"))
        #expect(html.contains("id=\"m-legal\"") && html.contains("href=\"#m-legal\""))
        // the grid, strengths and weaknesses
        #expect(html.contains("<ul class=\"plus\"><li>Logo visible, lien vers l&#39;accueil</li>"))
        #expect(html.contains("<ul class=\"minus\"><li>Pas de lien vers la politique de confidentialité</li>"))
        // failing results come first in their module
        let legal = html.components(separatedBy: "id=\"m-legal\"")[1].components(separatedBy: "</section>")[0]
        let failAt = try #require(legal.range(of: "pill st-fail")).lowerBound
        let passAt = try #require(legal.range(of: "pill st-pass")).lowerBound
        #expect(failAt < passAt)
    }

    @Test func printStylesheetBreaksPagesBetweenSections() {
        let html = HTMLRenderer.render(ReportFixtures.report(.fr))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print") && html.contains(".sheet { break-before: page; }"))
        #expect(html.components(separatedBy: "<section class=\"sheet").count - 1 >= 7)
        #expect(html.contains("print-color-adjust: exact"))
    }

    @Test func oneLanguagePerReport() {
        let english = HTMLRenderer.render(ReportFixtures.report(.en))
        #expect(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for french in ["Ce qui a été lu", "Score par module", "Sommaire", "Points forts", "non conforme", "Gravité", "Auditeur"] {
            #expect(!english.contains(french), "\(french) in the English report")
        }
        let french = HTMLRenderer.render(ReportFixtures.report(.fr))
        for word in ["What was read", "Score per module", "Contents", "Strengths", "Severity", "Top actions"] {
            #expect(!french.contains(word), "\(word) in the French report")
        }
        #expect(french.contains("22\u{00A0}novembre 2026") && english.contains("22\u{00A0}November 2026"))
    }

    @Test func coverShowsAuthorClientAndTheEmbeddedLogo() throws {
        var report = ReportFixtures.report(.fr)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        report.cover = ReportCover(author: "Cabinet <b>Martin</b>", client: "Dupont & fils", logo: ReportLogo(mimeType: "image/png", bytes: png))
        let html = HTMLRenderer.render(report)
        #expect(html.contains("<img class=\"logo\" src=\"data:image/png;base64,\(png.base64EncodedString())\" alt=\"\">"))
        #expect(html.contains("<b>Auditeur</b>\u{00A0}: Cabinet &lt;b&gt;Martin&lt;/b&gt;"))
        #expect(html.contains("<b>Client</b>\u{00A0}: Dupont &amp; fils"))
        try Self.expectSelfContained(html)
        #expect(!HTMLRenderer.render(ReportFixtures.report(.fr)).contains("class=\"logo\""))
    }

    @Test func anUnreachableSiteHasNoScoreAndSaysWhy() throws {
        var audit = ReportFixtures.audit()
        audit.snapshot.pages = [PageRecord(url: "https://www.atelier-dupont.fr/", depth: 0, status: 0, error: "refused: <b>connexion</b>")]
        for language in ReportLanguage.allCases {
            let html = HTMLRenderer.render(ReportFixtures.report(language, sites: [audit]))
            try Self.expectSelfContained(html)
            #expect(!html.contains("<svg class=\"gauge\""))
            #expect(html.contains("<p class=\"no-score\">" + (language == .fr ? "Pas de score." : "No score.") + "</p>"))
            #expect(html.contains(language == .fr ? "échec — le site n'a pas pu être exploré (refused: &lt;b&gt;connexion&lt;/b&gt;)"
                                                  : "failed — the site could not be crawled (refused: &lt;b&gt;connexion&lt;/b&gt;)"))
            #expect(!html.contains("/100"), "a score is shown for a site that was not read")
        }
    }

    @Test func pointsToVerifyHaveTheirSheetWithHowToVerify() throws {
        let report = ReportFixtures.report(.fr)
        let view = SiteView(report.sites[0], catalog: report.catalog, lang: .fr, escape: HTMLText.escape)
        let points = view.pointsToVerify
        #expect(!points.isEmpty)
        let html = HTMLRenderer.render(report)
        let sheet = try #require(html.components(separatedBy: "<section class=\"sheet\" id=\"verify\">").dropFirst().first?
            .components(separatedBy: "</section>").first)
        #expect(sheet.components(separatedBy: "<li class=\"st-unknown\">").count - 1 == points.count)
        #expect(sheet.contains("<b>Comment vérifier</b>\u{00A0}: "))
        #expect(html.contains("href=\"#verify\""))
        // the modules come before it, the grid after it
        let verifyAt = try #require(html.range(of: "id=\"verify\"")).lowerBound
        #expect(try #require(html.range(of: "id=\"m-")).lowerBound < verifyAt)
        #expect(verifyAt < (try #require(html.range(of: "id=\"grid\"")).lowerBound))
    }

    @Test func escapeAndHref() {
        #expect(HTMLText.escape("a<b>&\"'\u{202E}c\u{7}d") == "a&lt;b&gt;&amp;&quot;&#39;c d")
        #expect(HTMLText.href("https://a.fr/x?y=1&z=\"2\"") == "https://a.fr/x?y=1&amp;z=&quot;2&quot;")
        #expect(HTMLText.href("javascript:alert(1)") == nil)
        #expect(HTMLText.href(" JavaScript:alert(1)") == nil)
        #expect(HTMLText.href("data:text/html,<script>") == nil)
        #expect(HTMLText.href("https://a.fr/\nx") == nil)
    }
}
