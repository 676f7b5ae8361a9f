import Foundation
import Testing
import TestServer
import VigieCore
@testable import VigieCrawl

/// The crawler against a real HTTP server on 127.0.0.1.
@Suite(.timeLimit(.minutes(1))) struct CrawlIntegrationTests {
    static let rules = try! RuleSet(sources: EmbeddedRules.packs, types: [ZoneWords.self, PriorityPageWords.self])

    static func page(_ title: String, links: [String], extra: String = "") -> TestResponse {
        let anchors = links.map { "<a href=\"\($0)\">\($0)</a>" }.joined(separator: " ")
        return .html("<html lang=\"fr\"><head><title>\(title)</title></head><body><h1>\(title)</h1><p>\(anchors)</p>\(extra)</body></html>")
    }

    func crawl(_ server: TestHTTPServer, path: String = "/", _ configure: (inout CrawlOptions) -> Void = { _ in }) throws -> SiteSnapshot {
        var options = CrawlOptions()
        options.timeout = 5
        options.connectTimeout = 2
        configure(&options)
        return try Crawler(target: server.baseURL + path, options: options, rules: Self.rules).run()
    }

    @Test func crawlsAWholeSiteOfSeveralHundredPages() throws {
        let server = try TestHTTPServer { request in
            let path = request.path
            if path == "/" { return Self.page("Accueil", links: ["/p/1", "/p/2"]) }
            guard path.hasPrefix("/p/"), let n = Int(path.dropFirst(3)), n <= 300 else { return .notFound }
            return Self.page("Page \(n)", links: ["/p/\(2 * n + 1)", "/p/\(2 * n + 2)", "/", "/p/\(n)#ancre"])
        }
        defer { server.stop() }
        let snapshot = try crawl(server) { $0.maxPages = 1_000; $0.concurrency = 16 }
        let fetched = snapshot.pages.filter { $0.status == 200 }
        #expect(fetched.count == 301)
        #expect(snapshot.crawl.stoppedBy == .complete)
        #expect(snapshot.crawl.htmlPages == 301)
        #expect(Set(snapshot.pages.map(\.url)).count == snapshot.pages.count)
        #expect(server.requestCount(path: "/p/1") == 1)
        let page3 = try #require(snapshot.pages.first { $0.url.hasSuffix("/p/3") })
        #expect(page3.depth == 2)
        #expect(page3.referrers.contains { $0.hasSuffix("/p/1") })
        #expect(snapshot.pages.contains { $0.status == 404 && $0.url.hasSuffix("/p/301") })
        #expect(snapshot.registrableDomain == "127.0.0.1", "an IP address is its own registrable domain")
    }

    @Test func ordinaryPagesKeepTrimmedFactsInExactlySizedArrays() throws {
        let paragraphs = (1...300).map { "<p>Paragraphe \($0) : du texte de contenu assez long pour compter.</p>" }.joined()
        let server = try TestHTTPServer { request in
            request.path == "/" ? Self.page("Accueil", links: ["/article"]) : Self.page("Article", links: ["/"], extra: "<main>\(paragraphs)</main>")
        }
        defer { server.stop() }
        let snapshot = try crawl(server)
        let facts = try #require(snapshot.pages.first { $0.url.hasSuffix("/article") }?.facts)
        #expect(facts.textTruncated, "main text of an ordinary page is trimmed to its budget")
        let mainBlocks = facts.textBlocks.filter { $0.zone == .main }
        let keptBeforeLast: Int = mainBlocks.dropLast().map(\.text.utf8.count).reduce(0, +)
        #expect(keptBeforeLast < 2 * 1024 + 100, "about 2 KiB of main text")
        let lastKept = mainBlocks.last?.text ?? ""
        #expect(lastKept.hasPrefix("Paragraphe 300 "), "the last main block is kept: where the content ends stays known")
        #expect(facts.textBlocks.count < 100)
        // Room left by the trim is given back (malloc may round a buffer up by a few elements).
        #expect(facts.textBlocks.capacity < facts.textBlocks.count + 8, "capacity \(facts.textBlocks.capacity) for \(facts.textBlocks.count) blocks")
        #expect(facts.links.capacity < facts.links.count + 8)
    }

    @Test func whatPagesRepeatIsKeptOnce() throws {
        let style = "<style>" + String(repeating: ".elementor-section { margin: 0 auto; } ", count: 50) + "</style>"
        let footer = "<footer><a class=\"lien-pied legal\" href=\"/mentions-legales\">Mentions légales du site</a></footer>"
        let server = try TestHTTPServer { request in
            Self.page(request.path == "/" ? "Accueil" : "Page", links: ["/a", "/b"], extra: style + footer)
        }
        defer { server.stop() }
        let snapshot = try crawl(server)
        let pages = snapshot.pages.compactMap(\.facts)
        #expect(pages.count == 4, "home, /a, /b and the legal notice")
        func storage(_ text: String) -> UnsafeRawPointer? {
            var text = text
            return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        func storage(_ list: [String]) -> UnsafeRawPointer? { list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        let styles = Set(pages.map { storage($0.inlineStyles.first ?? "") })
        #expect(styles.count == 1, "one copy of the page builder's <style>")
        let footerLinks = pages.compactMap { $0.links.first { $0.zone == .footer } }
        #expect(footerLinks.count == 4)
        #expect(Set(footerLinks.map { storage($0.label) }).count == 1)
        #expect(Set(footerLinks.map { storage($0.classes) }).count == 1, "a link's class list is shared whole")
    }

    @Test func depthIsTheShortestClickPathWhateverOrderPagesFinishIn() throws {
        // /x is 2 clicks away through /lent, 3 through /b and /c; /lent answers last, so /x is first found
        // at depth 3 and then again at depth 2.
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/": return Self.page("Accueil", links: ["/lent", "/b"])
            case "/lent":
                var slow = Self.page("Lent", links: ["/x"])
                slow.delayBeforeHeaders = 0.6
                return slow
            case "/b": return Self.page("B", links: ["/c"])
            case "/c": return Self.page("C", links: ["/x"])
            default: return Self.page(request.path, links: [])
            }
        }
        defer { server.stop() }
        let snapshot = try crawl(server)
        let depths = Dictionary(uniqueKeysWithValues: snapshot.pages.map { (URL(string: $0.url)?.path ?? $0.url, $0.depth) })
        #expect(depths["/x"] == 2, "\(depths)")
        #expect(depths["/c"] == 2 && depths["/lent"] == 1 && depths["/"] == 0)
    }

    @Test func robotsDisallowedPagesAreNeverRequested() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/robots.txt": return .text("User-agent: *\nDisallow: /prive/\nSitemap: /plan.xml\n")
            case "/": return Self.page("Accueil", links: ["/prive/secret", "/public"])
            case "/public": return Self.page("Public", links: [])
            default: return Self.page("Autre", links: [])
            }
        }
        defer { server.stop() }
        let snapshot = try crawl(server)
        #expect(server.requestCount(path: "/prive/secret") == 0)
        let secret = try #require(snapshot.pages.first { $0.url.hasSuffix("/prive/secret") })
        #expect(secret.excludedByRobots)
        #expect(snapshot.robots?.disallowedURLs.count == 1)
        #expect(snapshot.robots?.sitemaps == ["/plan.xml"])

        let ignoring = try crawl(server) { $0.ignoreRobots = true }
        #expect(server.requestCount(path: "/prive/secret") == 1)
        #expect(ignoring.crawl.notes.contains("--ignore-robots"))
    }

    @Test func unreachableRobotsMeansNothingIsFetched() throws {
        let server = try TestHTTPServer { request in
            request.path == "/robots.txt" ? TestResponse(status: 503, headers: [], body: []) : Self.page("Accueil", links: [])
        }
        defer { server.stop() }
        let snapshot = try crawl(server) { $0.retries = 0 }
        #expect(server.requestCount(path: "/") == 0)
        #expect(snapshot.pages.first?.excludedByRobots == true)
    }

    @Test func sitemapOnlyPagesAreCrawledAndMarked() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/sitemap.xml":
                return TestResponse(status: 200, headers: [("Content-Type", "application/xml")], body: Array("""
                <urlset><url><loc>\(request.header("Host").map { "http://\($0)" } ?? "")/orphelin</loc></url>\
                <url><loc>http://ailleurs.example/x</loc></url></urlset>
                """.utf8))
            case "/": return Self.page("Accueil", links: ["/lie"])
            default: return Self.page(request.path, links: [])
            }
        }
        defer { server.stop() }
        let snapshot = try crawl(server)
        let orphan = try #require(snapshot.pages.first { $0.url.hasSuffix("/orphelin") })
        #expect(orphan.inSitemap)
        #expect(!orphan.foundInLinks)
        #expect(orphan.status == 200)
        #expect(snapshot.sitemaps.urls.count == 1)
        #expect(snapshot.pages.first { $0.url.hasSuffix("/lie") }?.inSitemap == false)
    }

    @Test func priorityPagesComeFirstUnderASmallPageBudget() throws {
        // 40 products at depth 1, each with a detail page at depth 2; the legal notice is linked
        // from the last product only. Breadth-first alone would spend the budget on details first.
        let server = try TestHTTPServer { request in
            let path = request.path
            if path == "/" { return Self.page("Accueil", links: (1...40).map { "/produit/\($0)" }) }
            if path == "/produit/40" { return Self.page("Produit 40", links: ["/produit/40/detail", "/mentions-legales"]) }
            // A page named by its label only: the URL says nothing.
            if path == "/produit/39" { return Self.page("Produit 39", links: ["/produit/39/detail"], extra: "<a href=\"/page-7\">Nous contacter</a>") }
            if path.hasPrefix("/produit/"), !path.hasSuffix("/detail") { return Self.page(path, links: [path + "/detail"]) }
            return Self.page(path, links: [])
        }
        defer { server.stop() }
        let snapshot = try crawl(server) { $0.maxPages = 45; $0.concurrency = 1 }
        #expect(snapshot.crawl.stoppedBy == .maxPages)
        #expect(snapshot.pages.filter { $0.status == 200 }.count == 45)
        #expect(server.requestCount(path: "/mentions-legales") == 1)
        #expect(server.requestCount(path: "/page-7") == 1, "the label names the contact page")
        #expect(server.requestCount(path: "/produit/39/detail") == 0)
        #expect(server.requestCount(path: "/produit/38/detail") == 0)
    }

    @Test func redirectChainsAndLoopsAreRecorded() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/": return Self.page("Accueil", links: ["/ancien", "/boucle-a", "/loin/0"])
            case "/ancien": return .redirect(to: "/intermediaire", status: 301)
            case "/intermediaire": return .redirect(to: "/nouveau", status: 302)
            case "/nouveau": return Self.page("Nouveau", links: [])
            case "/boucle-a": return .redirect(to: "/boucle-b", status: 302)
            case "/boucle-b": return .redirect(to: "/boucle-a", status: 302)
            default:
                if request.path.hasPrefix("/loin/"), let n = Int(request.path.dropFirst(6)) { return .redirect(to: "/loin/\(n + 1)", status: 302) }
                return .notFound
            }
        }
        defer { server.stop() }
        let snapshot = try crawl(server)
        let old = try #require(snapshot.pages.first { $0.url.hasSuffix("/ancien") })
        #expect(old.redirects.map(\.status) == [301, 302])
        #expect(old.finalURL?.hasSuffix("/nouveau") == true)
        #expect(old.status == 200)
        #expect(old.facts?.title == "Nouveau")
        let loop = try #require(snapshot.pages.first { $0.url.hasSuffix("/boucle-a") })
        #expect(loop.error?.hasPrefix("redirect-loop") == true)
        let far = try #require(snapshot.pages.first { $0.url.hasSuffix("/loin/0") })
        #expect(far.error?.hasPrefix("too-many-redirects") == true)
        #expect(server.requestCount(path: "/loin/11") == 0)
    }

    @Test func tooManyRequestsIsRetriedAfterRetryAfter() throws {
        let hits = Counter()
        let server = try TestHTTPServer { request in
            if request.path == "/lent" {
                return hits.next() == 1 ? TestResponse(status: 429, headers: [("Retry-After", "1")], body: []) : Self.page("Lent", links: [])
            }
            return Self.page("Accueil", links: ["/lent"])
        }
        defer { server.stop() }
        let snapshot = try crawl(server)
        #expect(server.requestCount(path: "/lent") == 2)
        #expect(snapshot.pages.first { $0.url.hasSuffix("/lent") }?.status == 200)
    }

    @Test func anEndlessCalendarIsBoundedByDepthAndPages() throws {
        let server = try TestHTTPServer { request in
            let month = Int(request.path.split(separator: "=").last ?? "0") ?? 0
            return Self.page("Mois \(month)", links: ["/agenda?m=\(month + 1)", "/agenda?m=\(month - 1)"])
        }
        defer { server.stop() }
        let deep = try crawl(server, path: "/agenda?m=0") { $0.maxDepth = 5 }
        #expect(deep.crawl.stoppedBy == .maxDepth)
        #expect(deep.pages.count == 11)
        let capped = try crawl(server, path: "/agenda?m=0") { $0.maxPages = 30 }
        #expect(capped.crawl.stoppedBy == .maxPages)
        #expect(capped.pages.count == 30)
    }

    @Test func externalLinksAreCheckedOnlyWhenAsked() throws {
        let other = try TestHTTPServer { request in
            switch request.path {
            case "/vivant": return request.method == "HEAD" ? TestResponse(status: 405, headers: [], body: []) : .html("<p>ok</p>")
            default: return .notFound
            }
        }
        defer { other.stop() }
        let external = other.baseURL.replacingOccurrences(of: "127.0.0.1", with: "localhost")
        let server = try TestHTTPServer { request in
            request.path == "/" ? Self.page("Accueil", links: [external + "/vivant", external + "/mort"]) : .notFound
        }
        defer { server.stop() }
        let quiet = try crawl(server)
        #expect(other.requests.isEmpty)
        #expect(!quiet.pages.contains { $0.external })
        let checked = try crawl(server) { $0.checkExternal = true }
        let alive = try #require(checked.pages.first { $0.url.hasSuffix("/vivant") })
        #expect(alive.external && alive.status == 200)
        #expect(other.requests.filter { $0.path == "/vivant" }.map(\.method) == ["HEAD", "GET"])
        let dead = try #require(checked.pages.first { $0.url.hasSuffix("/mort") })
        #expect(dead.status == 404)
        #expect(dead.referrers == [server.baseURL + "/"])
        #expect(checked.crawl.pagesFetched == 1)
    }

    @Test func includeAndExcludeGlobsShapeTheScope() throws {
        let server = try TestHTTPServer { request in
            request.path == "/" ? Self.page("Accueil", links: ["/blog/a", "/blog/b", "/boutique/x", "/blog/brouillon/c"]) : Self.page(request.path, links: [])
        }
        defer { server.stop() }
        let snapshot = try crawl(server) { $0.include = ["/", "/blog/*"]; $0.exclude = ["/blog/brouillon/*"] }
        #expect(server.requestCount(path: "/blog/a") == 1)
        #expect(server.requestCount(path: "/boutique/x") == 0)
        #expect(server.requestCount(path: "/blog/brouillon/c") == 0)
        #expect(snapshot.pages.filter { $0.status == 200 }.count == 3)
    }

    @Test func crawlDelayIsHonoured() throws {
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/robots.txt": return .text("User-agent: *\nCrawl-delay: 0.3\n")
            case "/": return Self.page("Accueil", links: ["/a", "/b", "/c"])
            default: return Self.page(request.path, links: [])
            }
        }
        defer { server.stop() }
        let started = Date()
        let snapshot = try crawl(server) { $0.concurrency = 8 }
        #expect(snapshot.robots?.crawlDelay == 0.3)
        #expect(snapshot.pages.filter { $0.status == 200 }.count == 4)
        #expect(Date().timeIntervalSince(started) >= 0.9, "4 pages, one at a time, 0.3 s apart")
    }

    @Test func deadServerGivesARecordedError() throws {
        var options = CrawlOptions()
        options.connectTimeout = 1
        options.timeout = 2
        let snapshot = try Crawler(target: "http://127.0.0.1:9/", options: options, rules: Self.rules).run()
        #expect(snapshot.pages.count == 1)
        #expect(snapshot.pages[0].error != nil)
        #expect(snapshot.crawl.errors >= 1)
    }

    @Test func stopInterruptsAndKeepsWhatWasGathered() throws {
        let server = try TestHTTPServer { request in
            if request.path == "/" { return Self.page("Accueil", links: (1...50).map { "/lent/\($0)" }) }
            var slow = Self.page("Lent", links: [])
            slow.delayBeforeHeaders = 0.5
            return slow
        }
        defer { server.stop() }
        var options = CrawlOptions()
        options.concurrency = 2
        let crawler = try Crawler(target: server.baseURL + "/", options: options, rules: Self.rules)
        // Stop once slow pages are being fetched (not after a fixed time: a loaded machine may not have the home page yet).
        let stopped = Locked<Date?>(nil)
        DispatchQueue.global().async {
            let deadline = Date().addingTimeInterval(30)
            while server.requests.filter({ $0.path.hasPrefix("/lent/") }).count < 2, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            stopped.withLock { $0 = Date() }
            crawler.stop(.interrupted)
        }
        let snapshot = crawler.run()
        #expect(Date().timeIntervalSince(try #require(stopped.withLock { $0 })) < 6)
        #expect(snapshot.crawl.stoppedBy == .interrupted)
        #expect(snapshot.pages.contains { $0.status == 200 && $0.url == server.baseURL + "/" })
        #expect(snapshot.pages.count < 51)
    }

    @Test func directoryAuditServesAFolderAsAWebServerWould() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/directory-site").path
        let snapshot = try Crawler(target: folder, options: CrawlOptions(), rules: Self.rules).run()
        #expect(snapshot.mode == .directory)
        let urls = Set(snapshot.pages.map(\.url))
        #expect(urls.contains("https://directory-site.local/services.html"))
        #expect(urls.contains("https://directory-site.local/sous-dossier/"))
        #expect(snapshot.pages.first { $0.url.hasSuffix("/manquant.html") }?.status == 404)
        #expect(snapshot.pages.first { $0.url.hasSuffix("/sous-dossier/") }?.facts?.title == "Sous-dossier")
        #expect(snapshot.pages.allSatisfy { !($0.facts?.fullText.contains("root:") ?? false) })
        #expect(snapshot.stylesheets.keys.contains("https://directory-site.local/style.css"))
        #expect(snapshot.home?.title == "Accueil")
    }
}

/// A thread-safe counter for handlers.
final class Counter: Sendable {
    private let value = Locked(0)
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
}

/// Page identity over real HTTP: a redirect stub leads the crawl to its target and is not a page of the site;
/// `/x/` and `/x/index.html`, the same document, are one page.
@Suite(.timeLimit(.minutes(1))) struct PageIdentityCrawlTests {
    @Test func stubsAndSecondAddressesAreNotPages() throws {
        let stub = #"<HTML><HEAD><META HTTP-EQUIV="Refresh" CONTENT="0; URL=ville/bordeaux/index.html"><TITLE>Page has moved</TITLE></HEAD><BODY><A HREF="ville/bordeaux/index.html"><h3>Click here...</h3></A></BODY></HTML>"#
        let refreshOnly = #"<html><head><meta http-equiv="refresh" content="0;url='/cachee/'"><title>Redirection</title></head><body></body></html>"#
        let services = CrawlIntegrationTests.page("Services", links: ["/"])
        let server = try TestHTTPServer { request in
            switch request.path {
            case "/": CrawlIntegrationTests.page("Accueil", links: ["/indexd54d.html", "/services/", "/services/index.html", "/ancien"])
            case "/indexd54d.html": .html(stub)
            case "/ville/bordeaux/index.html": CrawlIntegrationTests.page("Bordeaux", links: ["/"])
            case "/services/", "/services/index.html": services
            case "/ancien": .html(refreshOnly)
            case "/cachee/": CrawlIntegrationTests.page("Cachée", links: [])
            default: .notFound
            }
        }
        defer { server.stop() }
        var options = CrawlOptions()
        options.timeout = 5
        let snapshot = try Crawler(target: server.baseURL + "/", options: options, rules: CrawlIntegrationTests.rules).run()
        let base = server.baseURL
        #expect(snapshot.page(base + "/cachee/")?.status == 200, "a refresh's target is crawled although no link leads to it")
        #expect(snapshot.page(base + "/indexd54d.html")?.facts?.redirectTarget == base + "/ville/bordeaux/index.html")
        #expect(snapshot.page(base + "/services/index.html")?.duplicateOf == base + "/services/")
        #expect(snapshot.page(base + "/services/")?.duplicateOf == nil)
        let pages = Set(snapshot.htmlPages.map(\.record.url))
        #expect(pages == [base + "/", base + "/services/", base + "/ville/bordeaux/index.html", base + "/cachee/"])
        #expect(snapshot.parsedPages.count == 7)
        #expect(snapshot.contentURL(of: base + "/ancien") == base + "/cachee/")
    }
}
