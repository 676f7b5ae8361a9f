import Foundation
import Testing
import VigieCore

/// Links, images, headings and text blocks are laid out small (shared parts, 32-bit positions) but
/// must read, write, compare and encode exactly as the plain structs they replaced.
@Suite struct CompactFactsTests {
    @Test func theFactsTheSnapshotKeepsByTheMillionStaySmall() {
        #expect(MemoryLayout<LinkFact>.stride <= 32)
        #expect(MemoryLayout<ImageFact>.stride <= 48)
        #expect(MemoryLayout<TextBlock>.stride <= 32)
        #expect(MemoryLayout<HeadingFact>.stride <= 24)
    }

    @Test func aLinkEncodesItsSharedPartsAsItsOwnFields() throws {
        let link = LinkFact(
            href: "/contact", url: "https://example.fr/contact", label: "Contact", rel: ["nofollow"], zone: .header,
            classes: ["btn"], role: "button", hasImage: true, order: 42, path: "header nav a")
        let object = try jsonObject(link)
        #expect(Set(object.keys) == ["href", "url", "label", "rel", "zone", "classes", "role", "hasImage", "order", "path"])
        #expect(object["path"] as? String == "header nav a")
        #expect(object["order"] as? Int == 42)
        #expect(try JSONDecoder().decode(LinkFact.self, from: JSONEncoder().encode(link)) == link)
    }

    @Test func writingASharedPartChangesThisFactOnly() {
        let first = LinkFact(href: "/", url: nil, label: "Accueil", classes: ["menu"], path: "nav a")
        var second = first
        second.classes.append("actif")
        second.order = 7
        #expect(first.classes == ["menu"] && second.classes == ["menu", "actif"])
        #expect(second.path == "nav a" && second.order == 7 && first.order == 0)
        #expect(first != second)
        var image = ImageFact(src: "https://example.fr/a.jpg", width: "800", id: "photo")
        let before = image
        image.inPicture = true
        #expect(!before.inPicture && image.inPicture && image.width == "800" && image.id == "photo")
        var block = TextBlock(text: "Bonjour", tag: "p", context: ["intro"])
        block.tag = "li"
        #expect(block.tag == "li" && block.context == ["intro"])
    }

    @Test func equalPartsCompareEqualWhateverTheirReference() {
        let first = TextBlock(text: "Mentions", tag: "p", zone: .footer, section: "Éditeur", context: ["footer"], order: 3)
        let second = TextBlock(text: "Mentions", tag: "p", zone: .footer, section: "Éditeur", context: ["footer"], order: 3)
        #expect(first.place !== second.place)
        #expect(first == second && first.hashValue == second.hashValue)
    }

    @Test func imagesHeadingsAndBlocksKeepTheirKeys() throws {
        let image = ImageFact(src: "https://example.fr/a.jpg", alt: "", srcset: "a.jpg 1x", inPicture: true, classes: ["logo"], order: 5)
        #expect(Set(try jsonObject(image).keys) == ["src", "alt", "srcset", "inPicture", "linksHome", "classes", "zone", "order"])
        #expect(try JSONDecoder().decode(ImageFact.self, from: JSONEncoder().encode(image)) == image)
        let heading = HeadingFact(level: 2, text: "Nos services", zone: .main, order: 9)
        #expect(Set(try jsonObject(heading).keys) == ["level", "text", "zone", "order"])
        #expect(try JSONDecoder().decode(HeadingFact.self, from: JSONEncoder().encode(heading)) == heading)
        let block = TextBlock(text: "Hébergeur : OVH", tag: "p", zone: .footer, section: "Hébergement", context: ["hebergeur"], order: 80)
        #expect(Set(try jsonObject(block).keys) == ["text", "tag", "zone", "section", "context", "order"])
        #expect(try JSONDecoder().decode(TextBlock.self, from: JSONEncoder().encode(block)) == block)
    }

    private func jsonObject(_ value: some Encodable) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any])
    }
}
