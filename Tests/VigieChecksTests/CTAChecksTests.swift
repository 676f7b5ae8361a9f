import Testing
import VigieCore
import VigieHTML
@testable import VigieCTAChecks

/// The cta checks' data for the report, on small sites parsed with real libxml2.
@Suite struct CTAChecksTests {
    func run(_ check: CheckDefinition, _ pages: [CheckExample.Page]) throws -> CheckResult {
        let rules = try PageFixtureSitesTests.rules.get()
        let example = CheckExample("site", expect: .info, pages: pages)
        let snapshot = ExampleSnapshot.build(example, parser: HTMLParser(zoneWords: rules.pack(ZoneWords.self)), postProcessing: CrawlPostProcessing(priorityWords: rules.pack(PriorityPageWords.self)))
        return check.run(AuditContext(snapshot: snapshot, rules: rules))
    }

    @Test func competingPrimaryCallsToActionAreNoted() throws {
        let buttons = ["Acheter", "Réserver", "S'inscrire", "Télécharger", "Essayer", "Commander"]
            .map { "<a class=\"btn\" href=\"/\($0.count)\">\($0)</a>" }.joined()
        let result = try run(CTAHomeCheck.definition, [.init("/", "<html><body><main><h1>Tout</h1>\(buttons)</main></body></html>")])
        #expect(result.status == .pass)
        guard case .object(let competing)? = result.data["competing"] else {
            Issue.record("no competing note: \(result.data)")
            return
        }
        #expect(competing["count"] == .number(6))
        #expect(result.message.fr.contains("concurrence"))
    }

    @Test func fewPrimaryCallsToActionDoNotCompete() throws {
        let result = try run(CTAHomeCheck.definition, [.init("/", #"<html><body><main><h1>Dupont</h1><a class="btn" href="/devis">Demander un devis</a><a class="btn" href="tel:+33100000000">Appelez-nous</a></main></body></html>"#)])
        #expect(result.status == .pass)
        #expect(result.data["competing"] == nil)
    }

    @Test func coverageNamesThePagesWithoutCallToActionAndSkipsLegalPages() throws {
        let result = try run(CTACoverageCheck.definition, [
            .init("/", #"<html><body><main><h1>A</h1><button>Réserver</button></main></body></html>"#),
            .init("/chambres", "<html><body><main><h1>Chambres</h1><p>Vue mer.</p></main></body></html>"),
            .init("/cgv", "<html><head><title>CGV</title></head><body><p>Conditions.</p></body></html>"),
            .init("/plan-du-site", "<html><head><title>Plan du site</title></head><body><p>Plan.</p></body></html>"),
        ])
        #expect(result.status == .pass)
        #expect(result.data["content_pages"] == .number(2))
        #expect(result.data["pages_without_cta"] == .array(["https://www.example.fr/chambres"]))
    }

    @Test func contactPathKinds() throws {
        let result = try run(ContactPathCheck.definition, [
            .init("/", #"<html><body><a href="tel:+33100000000">01 00 00 00 00</a></body></html>"#),
            .init("/a", #"<html><body><a href="mailto:a@b.fr">a@b.fr</a></body></html>"#),
            .init("/b", #"<html><body><a href="/nous-joindre">Écrire</a></body></html>"#),
            .init("/c", #"<html><body><form action="/m" method="post"><textarea name="message" aria-label="Message"></textarea><button>Envoyer</button></form></body></html>"#),
        ])
        #expect(result.status == .pass)
        #expect(result.data["paths"] == ["tel": 1, "mailto": 1, "contact-link": 1, "form": 1])
    }

    @Test func formsAreCountedByPage() throws {
        let result = try run(CTAFormsCheck.definition, [
            .init("/", #"<html><body><form action="/a"><label for="x">Nom</label><input id="x" name="x"><input name="y"><button>Envoyer</button></form></body></html>"#),
        ])
        #expect(result.status == .fail)
        guard case .array(let pages)? = result.data["pages"], case .object(let page)? = pages.first else {
            Issue.record("no pages in data")
            return
        }
        #expect(page["fields"] == .number(2))
        #expect(page["unlabelled"] == .number(1))
        #expect(result.evidence.first?.note?.fr.contains("« y »") == true)
    }
}
