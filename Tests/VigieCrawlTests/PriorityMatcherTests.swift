import Testing
import VigieCore
import VigieHTML
@testable import VigieCrawl

@Suite struct PriorityMatcherTests {
    let matcher = PriorityMatcher(CrawlIntegrationTests.rules.pack(PriorityPageWords.self))

    @Test(arguments: [
        ("https://ex.fr/page", "Mentions légales"), ("https://ex.fr/page", "MENTIONS LÉGALES"),
        ("https://ex.fr/mentions-legales.html", "ici"), ("https://ex.fr/donn%C3%A9es-personnelles", "x"),
        ("https://ex.fr/x", "Politique de confidentialité"), ("https://ex.fr/x", "Déclaration d’accessibilité"),
        ("https://ex.fr/x", "Plan du site"), ("https://ex.fr/nous-contacter", "Écrivez-nous"),
    ])
    func namesAPriorityPage(url: String, label: String) {
        #expect(matcher.isPriority(url: url, label: label))
    }

    @Test(arguments: [("https://ex.fr/produit/12", "Table en chêne"), ("https://ex.fr/blog/", "Nos réalisations")])
    func ordinaryLinksAreNot(url: String, label: String) {
        #expect(!matcher.isPriority(url: url, label: label))
    }
}
