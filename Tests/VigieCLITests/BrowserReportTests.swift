import Foundation
import Testing

/// The HTML report opened in a real headless Chromium with the network blocked: it draws something, and it asks
/// for nothing but its own file. Skipped, with a message, where Chromium is not installed.
@Suite(.serialized) struct BrowserReportTests {
    static let window = ["--window-size=1200,1600"]

    @Test(.enabled(if: Browser.available, Browser.missing))
    func demoReportRendersAndRequestsNothingButItsFile() throws {
        let folder = try temporaryFolder()
        let report = folder.appendingPathComponent("demo.html")
        let run = try vigie(["audit", "demo", "--quiet", "--format", "html", "--output", report.path], in: AuditCommandTests.root)
        #expect(run.status == 0, "\(run.stderr)")

        let shot = folder.appendingPathComponent("demo.png")
        let requested = try Browser.run(report, Self.window + ["--screenshot=\(shot.path)"], in: folder)
        // (netLogShowsRequestsThatLeaveTheFile proves the same log and filter do see a page's request)
        let foreign = requested.filter { !$0.hasPrefix("file:") }
        #expect(foreign.isEmpty, "requests that left the file: \(foreign)")

        // the same window on a blank page, for comparison
        let blankPage = folder.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blankPage)
        let blankShot = folder.appendingPathComponent("blank.png")
        _ = try Browser.run(blankPage, Self.window + ["--screenshot=\(blankShot.path)"], in: folder)
        let (image, blank) = (try Data(contentsOf: shot), try Data(contentsOf: blankShot))
        let size = try #require(Browser.pngSize(image))
        #expect(size.width == 1200 && size.height == 1600)
        #expect(Browser.pngSize(blank).map { $0.width == 1200 && $0.height == 1600 } == true)
        #expect(image != blank)
        // text, bars and colours compress far worse than a white page
        #expect(image.count > 10 * blank.count, "screenshot \(image.count) bytes, blank page \(blank.count) bytes")
    }

    /// The control: the same net log and filter do show a page's requests to other hosts (an image, and a
    /// background in a style sheet beside the page), so the test above can fail.
    @Test(.enabled(if: Browser.available, Browser.missing))
    func netLogShowsRequestsThatLeaveTheFile() throws {
        let folder = try temporaryFolder()
        let page = folder.appendingPathComponent("leaky.html")
        try Data("<!DOCTYPE html><html><head><link rel=stylesheet href=\"leaky.css\"></head><body><img src=\"http://tracker.example/pixel.gif\"></body></html>".utf8).write(to: page)
        try Data("body { background: url(https://cdn.example/bg.png) }".utf8).write(to: folder.appendingPathComponent("leaky.css"))
        let requested = try Browser.run(page, Self.window + ["--screenshot=\(folder.appendingPathComponent("leaky.png").path)"], in: folder)
        #expect(requested.contains("http://tracker.example/pixel.gif"), "\(requested)")
        #expect(requested.contains("https://cdn.example/bg.png"), "\(requested)")
    }

    /// A site whose text is markup that would fetch from another host, if a report let it through.
    static let hostileSite = [
        "index.html": """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
            <title>&lt;img src="http://evil.example/title.gif"&gt;&lt;script src="http://evil.example/t.js"&gt;&lt;/script&gt;</title>
            <meta name="description" content="<link rel=stylesheet href=http://evil.example/d.css><svg onload=fetch('http://evil.example/svg')>">
            </head><body><header><a href="/">&lt;iframe src="http://evil.example/frame"&gt;</a></header>
            <main><h1>&lt;img src=x onerror="fetch('http://evil.example/onerror')"&gt;</h1>
            <p>Contact : <a href="javascript:fetch('http://evil.example/js')">cliquez ici</a></p></main>
            <footer><a href="mentions-legales.html">Mentions légales</a></footer></body></html>
            """,
        "mentions-legales.html": """
            <html><head><title>Mentions</title></head><body><p>Éditeur : &lt;object data="http://evil.example/o"&gt;</p>
            <p>Hébergeur : <b>"><img src="http://evil.example/host.gif"></b></p></body></html>
            """,
    ]

    @Test(.enabled(if: Browser.available, Browser.missing))
    func aHostileSitesReportRequestsNothingInTheBrowser() throws {
        let folder = try temporaryFolder()
        for (path, html) in Self.hostileSite { try write(html, to: "site/" + path, in: folder) }
        let report = folder.appendingPathComponent("hostile.html")
        let run = try vigie(["audit", folder.appendingPathComponent("site").path, "--quiet", "--format", "html", "--output", report.path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("&lt;script src=&quot;http://evil.example/t.js&quot;&gt;"), "the hostile title did not reach the report")
        // Two layers: the escaping (above), and the report's Content-Security-Policy, which would block such a
        // fetch even if the escaping failed (with `<` left as it is, only the expectation above fails).
        let requested = try Browser.run(report, Self.window + ["--screenshot=\(folder.appendingPathComponent("hostile.png").path)"], in: folder)
        #expect(requested.filter { !$0.hasPrefix("file:") }.isEmpty, "the hostile site's text made the report fetch: \(requested)")
    }

    @Test(.enabled(if: Browser.available, Browser.missing))
    func pdfReportIsPrintedByChromium() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("demo.pdf")
        let run = try vigie(["audit", "demo", "--quiet", "--lang", "en", "--format", "pdf", "--output", output.path], in: AuditCommandTests.root)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try Data(contentsOf: output)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(PDFFile.pageCount(pdf) >= 3, "a summary page, then the modules on pages of their own")
    }
}

/// The PDF without the browser: `--format pdf` where Chromium cannot be found is a usage error before any crawl.
@Suite struct PDFWithoutBrowserTests {
    static func environment(_ changes: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["VIGIE_CHROMIUM"] = nil
        return environment.merging(changes) { _, new in new }
    }

    @Test func missingChromiumIsAClearErrorBeforeTheCrawl() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("site.pdf")
        let run = try vigie(["audit", AuditCommandTests.demo, "--format", "pdf", "--output", output.path], in: folder,
                            environment: Self.environment(["PATH": folder.path]))
        #expect(run.status == 2)
        #expect(run.stderr.contains("needs headless Chromium, which is not installed"), "\(run.stderr)")
        #expect(run.stderr.contains("apt-get install chromium"))
        #expect(!run.stderr.contains("Audit de"), "the crawl started: \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aBrowserPathThatIsNotAProgramIsAnError() throws {
        let folder = try temporaryFolder()
        let run = try vigie(["audit", AuditCommandTests.demo, "--format", "pdf", "--output", folder.appendingPathComponent("x.pdf").path], in: folder,
                            environment: Self.environment(["VIGIE_CHROMIUM": folder.appendingPathComponent("nothing").path]))
        #expect(run.status == 2)
        #expect(run.stderr.contains("VIGIE_CHROMIUM=") && run.stderr.contains("is not an executable file"), "\(run.stderr)")
    }
}

/// Reads what the tests need of a PDF file.
enum PDFFile {
    /// The number of page objects (`/Type /Page`, not `/Pages`).
    static func pageCount(_ data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: "/Type /Page") {
            let next = rest[range.upperBound...].first
            if next != "s" { count += 1 }
            rest = rest[range.upperBound...]
        }
        return count
    }
}

/// `--format html` from the command line, with the cover settings of `.vigie.yml`.
@Suite struct HTMLReportCommandTests {
    @Test func coverSettingsReachTheReportAndABadLogoStopsBeforeTheCrawl() throws {
        let folder = try temporaryFolder()
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        try png.write(to: folder.appendingPathComponent("logo.png"))
        try write("report:\n  author: \"Cabinet Martin\"\n  client: \"Dupont & fils\"\n  logo: logo.png\n", to: ".vigie.yml", in: folder)
        let run = try vigie(["audit", AuditCommandTests.demo, "--quiet", "--format", "html", "--format", "markdown", "--output", "out/demo.html"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/demo.html"), encoding: .utf8)
        #expect(html.contains("src=\"data:image/png;base64,\(png.base64EncodedString())\""))
        #expect(html.contains("Cabinet Martin") && html.contains("Dupont &amp; fils"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/demo.md").path))

        try write("report:\n  logo: notes.txt\n", to: ".vigie.yml", in: folder)
        try write("not a picture\n", to: "notes.txt", in: folder)
        let bad = try vigie(["audit", AuditCommandTests.demo, "--format", "html", "--output", "bad.html"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(".vigie.yml:2 (report.logo): the logo cannot be used:") && bad.stderr.contains("is not an image"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("Audit de"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.html").path))
    }
}
