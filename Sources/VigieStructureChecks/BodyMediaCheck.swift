import Foundation
import VigieCheckKit
import VigieCore

/// `body.media`: photos carry an `alt` attribute and videos a text alternative (title, captions).
enum BodyMediaCheck {
    static let meta = CheckMeta(
        id: "body.media", module: .structure,
        title: Localized(fr: "Photos et vidéos avec alternatives textuelles", en: "Photos and videos with text alternatives"),
        passTitle: Localized(fr: "Photos et vidéos avec alternatives textuelles", en: "Photos and videos with text alternatives"),
        failTitle: Localized(fr: "Images ou vidéos sans alternative textuelle ({pages})", en: "Images or videos without a text alternative ({pages})"),
        explanation: Localized(
            fr: "Photos et vidéos rendent la page vivante ; leur texte alternatif (alt, titre, sous-titres) les rend compréhensibles aux lecteurs d'écran et aux moteurs de recherche.",
            en: "Photos and videos bring the page to life; their text alternative (alt, title, captions) makes them understandable to screen readers and search engines."),
        remedy: Localized(
            fr: "Donner à chaque image un attribut alt (vide pour une image décorative) et à chaque vidéo un titre et des sous-titres.",
            en: "Give every image an alt attribute (empty for a decorative one) and every video a title and captions."),
        reference: "WCAG 2.2 SC 1.1.1 et 1.2.2 (RGAA 1.1, 4.1)", severity: .warning, section: .body, gridZone: .body)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("images with alt, video with captions", expect: .pass, html: #"<html><body><h1>A</h1><img src="/atelier.jpg" alt="L'atelier"><img src="/deco.png" alt=""><video src="/film.mp4" title="Visite de l'atelier"><track kind="captions" src="/film.vtt"></video></body></html>"#),
            CheckExample("image without alt", expect: .fail, html: #"<html><body><h1>A</h1><img src="/atelier.jpg"></body></html>"#),
            CheckExample("YouTube iframe without title", expect: .warn, html: #"<html><body><h1>A</h1><img src="/a.jpg" alt="A"><iframe src="https://www.youtube.com/embed/abc"></iframe></body></html>"#),
            CheckExample("no media at all", expect: .na, html: "<html><body><h1>A</h1><p>Texte</p></body></html>"),
        ],
        run: run)

    private static let videoHosts = ["youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com", "dai.ly", "wistia", "vidyard"]

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        guard let home = context.snapshot.structureHome else { return meta.noPage(context.snapshot) }
        var level = PageLevel()
        var notes = GridNotes(.body)
        var missingTotal = 0
        for page in context.structurePages {
            let images = page.facts.images.filter { !isPixel($0) }
            let missing = images.filter { $0.alt == nil }
            let videos = page.facts.media.filter { ["video", "object", "embed"].contains($0.tag) }.map { ($0.src ?? $0.tag, $0.textAlternative) }
                + page.facts.iframes.filter { isVideo($0.src) }.map { ($0.src ?? "iframe", $0.title) }
            let silent = videos.filter { ($0.1 ?? "").trimmingWhitespace().isEmpty }
            guard !images.isEmpty || !videos.isEmpty else {
                if page.url == home.url {
                    notes.home(.weakness, "Pas de photo ni de vidéo sur la page d'accueil", "No photo or video on the home page")
                }
                continue
            }
            missingTotal += missing.count
            let status: CheckStatus = !missing.isEmpty ? .fail : !silent.isEmpty ? .warn : .pass
            let selector = !missing.isEmpty ? "img:not([alt])" : !silent.isEmpty ? "video, iframe" : "img[alt]"
            let evidence = !missing.isEmpty
                ? Evidence(url: page.url, excerpt: missing.prefix(3).map { "<img src=\"\($0.src ?? "")\">" }.joined(separator: " "), selector: selector,
                           note: Localized(fr: "\(Plural.nfr(missing.count, "image", "images")) sans alt sur \(images.count)",
                                           en: "\(missing.count) of \(images.count) \(Plural.en(images.count, "image", "images")) without alt"))
                : !silent.isEmpty
                ? Evidence(url: page.url, excerpt: silent.prefix(3).map(\.0).joined(separator: " "), selector: selector,
                           note: Localized(fr: "vidéo sans titre", en: "video without a title"))
                : Evidence.note(page.url, Localized(
                    fr: "\(Plural.nfr(images.count, "image", "images")) avec alt, \(Plural.nfr(videos.count, "vidéo", "vidéos")) avec titre",
                    en: "\(Plural.nen(images.count, "image", "images")) with alt, \(Plural.nen(videos.count, "video", "videos")) with a title"), selector: selector)
            level.add(status, evidence)
            if page.url == home.url {
                let what = [images.isEmpty ? nil : "photos", videos.isEmpty ? nil : "vidéo"].compactMap { $0 }.joined(separator: " et ")
                let whatEN = [images.isEmpty ? nil : "photos", videos.isEmpty ? nil : "video"].compactMap { $0 }.joined(separator: " and ")
                switch status {
                case .pass: notes.home(.strength, "Page vivante : \(what), avec textes alternatifs", "A lively page: \(whatEN), with text alternatives")
                case .fail:
                    notes.home(.strength, "Page illustrée : \(what)", "An illustrated page: \(whatEN)")
                    notes.home(.weakness, "\(Plural.nfr(missing.count, "image", "images")) sans texte alternatif (alt)", "\(Plural.nen(missing.count, "image", "images")) without a text alternative (alt)")
                default:
                    notes.home(.strength, "Page illustrée : \(what)", "An illustrated page: \(whatEN)")
                    notes.home(.weakness, "Vidéo sans titre ni sous-titres", "Video without a title or captions")
                }
            }
        }
        guard !level.outcomes.isEmpty else {
            return notes.apply(to: meta.result(.na, Localized(fr: "Aucune image ni vidéo sur les pages lues.", en: "No image or video on the pages read.")))
        }
        let failing = level.outcomes.filter { $0.status != .pass }.count
        if failing == 0 {
            notes.site(.strength, "Images et vidéos avec textes alternatifs sur tout le site", "Images and videos with text alternatives across the site")
        } else {
            notes.site(.weakness, "Images sans alt ou vidéos sans titre : \(Plural.nfr(failing, "page", "pages"))", "Images without alt or untitled videos: \(Plural.nen(failing, "page", "pages"))")
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Images et vidéos des pages illustrées (\(total)) ont une alternative textuelle.", en: "Images and videos of the illustrated pages (\(total)) have a text alternative.")
                : Localized(fr: "Images sans alt ou vidéos sans titre : \(Plural.pagesOf(failing, total).fr).", en: "Images without alt or videos without a title: \(Plural.pagesOf(failing, total).en).")
        }
        result.data["images_without_alt"] = .number(Double(missingTotal))
        return notes.apply(to: result)
    }

    private static func isPixel(_ image: ImageFact) -> Bool {
        (image.width == "1" || image.width == "0") && (image.height == "1" || image.height == "0")
    }

    private static func isVideo(_ src: String?) -> Bool {
        guard let host = StructurePage.hostName(src) else { return false }
        return videoHosts.contains { host == $0 || host.hasSuffix("." + $0) || host.contains($0) }
    }
}
