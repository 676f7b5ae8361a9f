import Testing
import VigieCore
@testable import VigieCrawl

/// The interner gives pages of one template one copy of what they repeat, and changes no value.
@Suite struct StringInternerTests {
    private func page(_ number: Int) -> PageFacts {
        var facts = PageFacts(url: "https://www.example.fr/p/\(number)")
        facts.links = [
            LinkFact(href: "/contact", url: "https://www.example.fr/contact", label: "Contactez-nous", zone: .header,
                     classes: ["menu-item", "menu-item-contact"], order: 12, path: "header nav ul li a"),
            LinkFact(href: "/p/99", url: "https://www.example.fr/p/99", label: "Page suivante \(number)", zone: .main,
                     order: 40 + number, path: "main article p a"),
            LinkFact(href: "/p/\(number + 1)", url: "https://www.example.fr/p/\(number + 1)", label: "Page \(number)", zone: .main,
                     order: 50, path: "main article p a"),
        ]
        facts.textBlocks = [TextBlock(text: "Paragraphe \(number)", tag: "p", zone: .main, section: "Nos réalisations en bois", context: ["content", "entry"], order: 50)]
        facts.images = [ImageFact(src: "https://www.example.fr/img/\(number).jpg", alt: "Photo \(number)", width: "800", height: "600", classes: ["photo"], zone: .main, order: 45)]
        return facts
    }

    @Test func pagesOfOneTemplateShareTheRepeatedPartsOfTheirFacts() {
        let interner = StringInterner()
        var first = page(1), second = page(2)
        let (firstBefore, secondBefore) = (first, second)
        interner.intern(&first)
        interner.intern(&second)
        #expect(first == firstBefore && second == secondBefore)
        #expect(first.links[0].common === second.links[0].common)
        #expect(first.links[1].common === second.links[1].common)
        #expect(first.links[0].common !== first.links[1].common)
        #expect(first.links[2].common !== second.links[2].common)
        #expect(first.links[2].path == second.links[2].path && first.links[2].url != second.links[2].url)
        #expect(first.textBlocks[0].place === second.textBlocks[0].place)
        #expect(first.images[0].details === second.images[0].details)
        #expect(secondBefore.links[0].common !== second.links[0].common)
    }
}
