import Testing
@testable import VigieFetch

@Suite struct URLNormalizerTests {
    @Test(arguments: [
        ("HTTP://Example.FR:80/a/./b/../c#frag", "http://example.fr/a/c"),
        ("https://example.fr:443", "https://example.fr/"),
        ("https://example.fr:8443/x", "https://example.fr:8443/x"),
        ("https://example.fr/%7Euser/%c3%a9t%c3%a9", "https://example.fr/~user/%c3%a9t%c3%a9"),
        ("https://example.fr/a b?q=x y", "https://example.fr/a%20b?q=x+y"),
        ("https://café.fr/menu", "https://xn--caf-dma.fr/menu"),
        ("https://example.fr/?", "https://example.fr/"),
    ])
    func normalises(input: String, expected: String) {
        #expect(URLNormalizer.normalize(input) == expected)
    }

    @Test(arguments: [
        ("../contact.html", "https://example.fr/a/b/page.html", "https://example.fr/a/contact.html"),
        ("//cdn.example.com/x.js", "https://example.fr/", "https://cdn.example.com/x.js"),
        ("?page=2", "https://example.fr/blog/", "https://example.fr/blog/?page=2"),
        ("/../../etc", "https://example.fr/a/", "https://example.fr/etc"),
    ])
    func resolves(relative: String, base: String, expected: String) {
        #expect(URLNormalizer.normalize(relative, base: base) == expected)
    }

    @Test(arguments: ["javascript:alert(1)", "mailto:a@b.fr", "ftp://example.fr/x", "file:///etc/passwd", "", "http://"])
    func refusesWhatIsNotHTTP(input: String) {
        #expect(URLNormalizer.normalize(input, base: "https://example.fr/") == nil)
    }

    @Test func registrableDomains() {
        #expect(RegistrableDomain.of("shop.example.co.uk") == "example.co.uk")
        #expect(RegistrableDomain.of("www.Dupont.fr") == "dupont.fr")
        #expect(RegistrableDomain.sameSite("www.dupont.fr", "dupont.fr"))
        #expect(!RegistrableDomain.sameSite("dupont.fr", "google-analytics.com"))
        #expect(RegistrableDomain.of("127.0.0.1") == "127.0.0.1")
    }
}
