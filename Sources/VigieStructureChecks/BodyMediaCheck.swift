import Foundation
import VigieCheckKit
import VigieCore

/// `body.media`: photos carry an `alt` attribute and videos a text alternative (title, captions).
enum BodyMediaCheck {
    static let meta = CheckMeta(
        id: "body.media", module: .structure,
        title: Localized(fr: "Photos et vidéos avec alternatives textuelles", en: "Photos and videos with text alternatives"),
        explanation: Localized(
            fr: "Photos et vidéos rendent la page vivante ; leur texte alternatif (alt, titre, sous-titres) les rend compréhensibles aux lecteurs d'écran et aux moteurs de recherche.",
            en: "Photos and videos bring the page to life; their text alternative (alt, title, captions) makes them understandable to screen readers and search engines."),
        remedy: Localized(
            fr: "Donner à chaque image un attribut alt (vide pour une image décorative) et à chaque vidéo un titre et des sous-titres.",
            en: "Give every image an alt attribute (empty for a decorative one) and every video a title and captions."),
        reference: "WCAG 2.2 SC 1.1.1 et 1.2.2 (RGAA 1.1, 4.1)", severity: .warning)

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
            let excerpt = !missing.isEmpty ? "\(missing.count) image(s) sans alt sur \(images.count) : " + missing.prefix(3).map { "<img src=\"\($0.src ?? "")\">" }.joined(separator: " ")
                : !silent.isEmpty ? "vidéo sans titre : " + silent.prefix(3).map(\.0).joined(separator: " ")
                : "\(images.count) image(s) avec alt, \(videos.count) vidéo(s) avec titre"
            level.add(status, Evidence(url: page.url, excerpt: excerpt, selector: !missing.isEmpty ? "img:not([alt])" : !silent.isEmpty ? "video, iframe" : "img[alt]"))
            if page.url == home.url {
                let what = [images.isEmpty ? nil : "photos", videos.isEmpty ? nil : "vidéo"].compactMap { $0 }.joined(separator: " et ")
                let whatEN = [images.isEmpty ? nil : "photos", videos.isEmpty ? nil : "video"].compactMap { $0 }.joined(separator: " and ")
                switch status {
                case .pass: notes.home(.strength, "Page vivante : \(what), avec textes alternatifs", "A lively page: \(whatEN), with text alternatives")
                case .fail:
                    notes.home(.strength, "Page illustrée : \(what)", "An illustrated page: \(whatEN)")
                    notes.home(.weakness, "\(missing.count) image(s) sans texte alternatif (alt)", "\(missing.count) image(s) without a text alternative (alt)")
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
            notes.site(.weakness, "\(failing) page(s) avec des images sans alt ou des vidéos sans titre", "\(failing) page(s) with images lacking alt or untitled videos")
        }
        var result = level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Images et vidéos des pages illustrées (\(total)) ont une alternative textuelle.", en: "Images and videos of the illustrated pages (\(total)) have a text alternative.")
                : Localized(fr: "\(failing) page(s) sur \(total) ont des images sans alt ou des vidéos sans titre.", en: "\(failing) of \(total) page(s) have images without alt or videos without a title.")
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
