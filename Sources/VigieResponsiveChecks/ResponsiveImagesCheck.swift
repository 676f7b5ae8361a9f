import Foundation
import VigieCheckKit
import VigieCore

/// `responsive.images`: large images offer sizes for small screens (`srcset`, `sizes`, `<picture>`).
enum ResponsiveImagesCheck {
    static let meta = CheckMeta(
        id: "responsive.images", module: .responsive,
        title: Localized(fr: "Images adaptées aux écrans", en: "Images sized for screens"),
        passTitle: Localized(fr: "Images adaptées aux écrans", en: "Images adapted to screens"),
        failTitle: Localized(fr: "Grandes images sans variantes pour mobile", en: "Large images without mobile variants"),
        explanation: Localized(
            fr: "Une grande image (bandeau, diaporama, photo de 600 pixels et plus) sans srcset ni <picture> est téléchargée en taille bureau sur un téléphone : la page est plus lente et consomme plus de données.",
            en: "A large image (banner, slider, photo of 600 pixels or more) without srcset or <picture> is downloaded at desktop size on a phone: the page is slower and uses more data."),
        remedy: Localized(
            fr: "Donner aux grandes images plusieurs tailles avec srcset et sizes (ou <picture>).",
            en: "Give large images several sizes with srcset and sizes (or <picture>)."),
        reference: "HTML Living Standard, responsive images (srcset, sizes, picture)", severity: .notice)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("srcset", expect: .pass, html: #"<html><body><img src="/a.jpg" width="1200" srcset="/a-600.jpg 600w, /a.jpg 1200w" sizes="100vw" alt="Atelier"></body></html>"#),
            CheckExample("picture", expect: .pass, html: #"<html><body><picture><source srcset="/a.webp"><img src="/a.jpg" width="1200" alt="Atelier"></picture></body></html>"#),
            CheckExample("large image without srcset", expect: .fail, html: #"<html><body><img src="/a.jpg" width="1200" alt="Atelier"></body></html>"#),
            CheckExample("hero image without srcset beside a good one", expect: .warn, html: #"<html><body><img class="hero-image" src="/h.jpg" alt=""><img src="/b.jpg" width="800" srcset="/b-400.jpg 400w, /b.jpg 800w" alt="b"></body></html>"#),
            CheckExample("Webflow export: srcset widths, no width attribute", expect: .pass, html: #"<html><body><img loading="lazy" src="images/Leroux-2.webp" alt="Projet Leroux" sizes="(max-width: 2730px) 100vw, 2730px" srcset="images/Leroux-2-p-500.webp 500w, images/Leroux-2-p-1080.webp 1080w, images/Leroux-2.webp 2730w"></body></html>"#),
            CheckExample("small images only", expect: .na, html: #"<html><body><img src="/logo.png" width="120" alt="Logo"></body></html>"#),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let words = context.rules.pack(ResponsiveWords.self)
        let heroNames = Set(words.heroNames.map { $0.lowercased() })
        var large = 0
        var lacking: [Evidence] = []
        var lackingCount = 0
        var good: [Evidence] = []
        for (record, facts) in context.snapshot.htmlPages {
            for image in facts.images where isLarge(image, words: words, heroNames: heroNames) {
                large += 1
                let src = image.src ?? ""
                let responsive = !(image.srcset ?? "").trimmingWhitespace().isEmpty
                    || !(image.sizes ?? "").isEmpty || image.inPicture
                let excerpt = "<img src=\"\(src)\"\(image.width.map { " width=\"\($0)\"" } ?? "")>"
                if responsive {
                    if good.count < 3 { good.append(Evidence(url: record.url, excerpt: excerpt, selector: "img[srcset]")) }
                } else {
                    lackingCount += 1
                    if lacking.count < 20 { lacking.append(Evidence(url: record.url, excerpt: excerpt, selector: "img")) }
                }
            }
        }
        let data: [String: JSONValue] = ["large_images": .number(Double(large)), "without_srcset": .number(Double(lackingCount))]
        if large == 0 {
            return meta.result(.na, Localized(fr: "Aucune grande image déclarée.", en: "No large image declared."), data: data)
        }
        if lackingCount == 0 {
            return meta.result(.pass, Localized(
                fr: "Les \(large) grandes images proposent plusieurs tailles.", en: "All \(large) large images offer several sizes."),
                evidence: good, data: data)
        }
        return meta.result(lackingCount == large ? .fail : .warn, Localized(
            fr: "\(Plural.nfr(lackingCount, "grande image", "grandes images")) sur \(large) sans srcset ni <picture>.",
            en: "\(lackingCount) of \(large) large \(Plural.en(large, "image", "images")) without srcset or <picture>."),
            evidence: lacking, data: data)
    }

    /// The widest `…w` descriptor of a srcset (`a-500.png 500w, a-800.png 800w` → 800), nil when none.
    static func widestCandidate(_ srcset: String) -> Double? {
        srcset.split(separator: ",").compactMap { candidate -> Double? in
            guard let descriptor = candidate.split(separator: " ").last, descriptor.hasSuffix("w") else { return nil }
            return Double(descriptor.dropLast())
        }.max()
    }

    static func isLarge(_ image: ImageFact, words: ResponsiveWords, heroNames: Set<String>) -> Bool {
        if let src = image.src?.lowercased(), src.hasSuffix(".svg") || src.hasPrefix("data:") { return false }
        if let width = image.width.flatMap(FixedLayoutCheck.pixels), width >= words.largeImageWidth { return true }
        // Without a width attribute (Webflow exports), a srcset candidate as wide tells the image is large.
        if let widest = widestCandidate(image.srcset ?? ""), widest >= words.largeImageWidth { return true }
        let names = image.classes + (image.id.map { [$0] } ?? [])
        return names.contains { name in
            name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).contains { heroNames.contains(String($0)) }
                || heroNames.contains(name.lowercased())
        }
    }
}
