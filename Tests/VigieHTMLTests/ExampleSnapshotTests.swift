import Testing
import VigieCore
@testable import VigieHTML

@Suite struct ExampleSnapshotTests {
    @Test func multiPageExample() throws {
        let example = CheckExample("site", expect: .pass, pages: [
            .init("/", #"<html lang="fr"><head><title>Accueil</title><link rel="stylesheet" href="/css/a.css"></head><body><a href="/mentions-legales#haut">Mentions</a></body></html>"#,
                  headers: [HTTPHeader(name: "Content-Type", value: "text/html; charset=utf-8"), HTTPHeader(name: "Set-Cookie", value: "a=1")]),
            .init("/mentions-legales", "<title>Mentions</title><p>Éditeur : Dupont</p>"),
            .init("/orpheline", "<title>Seule</title>"),
            .init("/absente", "<p>404</p>", status: 404),
            .init("/ancienne", "", status: 301, headers: [HTTPHeader(name: "Location", value: "/")]),
        ], stylesheets: ["/css/a.css": "body{margin:0}"])
        let snapshot = ExampleSnapshot.build(example, parser: Support.parser, postProcessing: Support.postProcessing)
        #expect(snapshot.startURL == "https://www.example.fr/")
        #expect(snapshot.homeURL == "https://www.example.fr/")
        #expect(snapshot.mode == .http)
        #expect(snapshot.pages.map(\.url) == [
            "https://www.example.fr/", "https://www.example.fr/mentions-legales", "https://www.example.fr/orpheline",
            "https://www.example.fr/absente", "https://www.example.fr/ancienne",
        ])
        #expect(snapshot.pages.map(\.depth) == [0, 1, 1, 1, 1])
        #expect(snapshot.pages.map(\.status) == [200, 200, 200, 404, 301])
        #expect(snapshot.htmlPages.count == 3)
        #expect(snapshot.home?.title == "Accueil")
        #expect(snapshot.home?.encoding.source == .httpHeader)
        #expect(snapshot.pages[1].facts?.encoding.source == .defaultUTF8)
        #expect(snapshot.pages[0].headerValues("set-cookie") == ["a=1"])
        #expect(snapshot.pages[1].referrers == ["https://www.example.fr/"])
        #expect(snapshot.pages[1].foundInLinks)
        #expect(!snapshot.pages[2].foundInLinks)
        #expect(snapshot.pages[4].redirects.first?.location == "/")
        #expect(snapshot.stylesheets == ["https://www.example.fr/css/a.css": "body{margin:0}"])
        #expect(snapshot.home?.stylesheets.first?.href == "https://www.example.fr/css/a.css")
        #expect(snapshot.crawl.pagesFetched == 5)
        #expect(snapshot.crawl.htmlPages == 3)
        #expect(snapshot.crawl.errors == 1)
        #expect(snapshot.cookies.map(\.name) == ["a"], "Set-Cookie headers of example pages become cookies")
        #expect(snapshot.cookies.first?.setBy == "https://www.example.fr/")
    }

    @Test("Example pages go through the crawler's trimming: a long ordinary page keeps its main text's start and its last block, the home and legal pages stay whole")
    func examplesAreTrimmedAsCrawledPages() {
        let paragraphs = (1...60).map { "<p>Paragraphe \($0) : " + String(repeating: "texte de la page ", count: 4) + "</p>" }.joined()
        let page = "<html><body><main>\(paragraphs)</main><footer><a href=\"/mentions-legales\">Mentions légales</a></footer></body></html>"
        let example = CheckExample("trimmed", expect: .pass, pages: [.init("/", page), .init("/produits", page), .init("/mentions-legales", page)])
        let snapshot = ExampleSnapshot.build(example, parser: Support.parser, postProcessing: Support.postProcessing)
        let whole = Support.parse(page)
        let main = { (facts: PageFacts?) in facts?.textBlocks.filter { $0.zone == .main }.map(\.text) ?? [] }
        #expect(main(snapshot.pages[0].facts) == main(whole), "the start page is kept whole")
        #expect(main(snapshot.pages[2].facts) == main(whole), "a legal page is kept whole")
        let trimmed = main(snapshot.pages[1].facts)
        #expect(snapshot.pages[1].facts?.textTruncated == true)
        #expect(trimmed.count < main(whole).count, "an ordinary page keeps \(FactsTrimmer.mainTextBudget) bytes of main text")
        #expect(trimmed.first == main(whole).first)
        #expect(trimmed.last == main(whole).last, "and its last main block")
        #expect(!trimmed.contains("Paragraphe 30 : " + String(repeating: "texte de la page ", count: 4)))
    }

    @Test func onePageExample() {
        let example = CheckExample("one", expect: .fail, html: "<p>x</p>")
        let snapshot = ExampleSnapshot.build(example, parser: Support.parser, postProcessing: Support.postProcessing)
        #expect(snapshot.pages.count == 1)
        #expect(snapshot.pages[0].contentType == "text/html")
        #expect(snapshot.home?.url == "https://www.example.fr/")
        #expect(snapshot.home?.fullText == "x")
    }
}
