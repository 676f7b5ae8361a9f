import Testing
import VigieCore

/// Crawl errors (`kind: detail`) are told in the report's language; the machine detail is quoted, never translated.
@Suite struct CrawlErrorTextTests {
    @Test func knownKindsAreLocalisedAndTheDetailQuoted() {
        let told = CrawlErrorText.describe("refused: Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server")
        #expect(told.fr == "connexion refusée (“Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server”)")
        #expect(told.en == "connection refused (“Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server”)")
        #expect(CrawlErrorText.describe("redirect-loop: https://www.example.fr/a").fr == "boucle de redirections (“https://www.example.fr/a”)")
        #expect(CrawlErrorText.describe("no-answer") == Localized(fr: "aucune réponse", en: "no answer"))
    }

    @Test func anUnknownKindIsShownAsItIs() {
        #expect(CrawlErrorText.describe("teapot: 418") == .verbatim("teapot: 418"))
    }

    @Test func noPhraseCarriesAPluralInParentheses() {
        for error in ["timeout: x", "dns: x", "tls: x", "too-large: x", "too-many-redirects: 10", "redirect-not-http: ftp://x", "other: x"] {
            let told = CrawlErrorText.describe(error)
            #expect(!told.fr.contains("(s)") && !told.en.contains("(s)"), "\(told)")
            #expect(told.fr != told.en, "\(error) is not localised")
        }
    }
}
