import Testing
@testable import VigieCrawl

/// The referrers kept for a page do not depend on the order in which the pages linking to it were read.
struct ReferrerTests {
    @Test func theSmallestReferrersAreKeptWhateverTheOrder() {
        let pages = (1...45).map { "https://exemple.fr/p/\(String(format: "%03d", $0))" }
        var forward: [String] = []
        var backward: [String] = []
        var shuffled: [String] = []
        for page in pages { CrawlState.keep(page, in: &forward) }
        for page in pages.reversed() { CrawlState.keep(page, in: &backward) }
        for page in pages.shuffled() + pages { CrawlState.keep(page, in: &shuffled) }
        #expect(forward == Array(pages.prefix(CrawlState.maxReferrers)))
        #expect(backward == forward)
        #expect(shuffled == forward, "duplicates are kept once")
    }
}
