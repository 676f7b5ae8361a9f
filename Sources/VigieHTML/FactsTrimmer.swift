import VigieCore

/// Keeps the snapshot's memory bounded: on ordinary pages, the main content's text is what no check
/// reads past its start (legal mentions are read on the legal pages and in footers, banners sit outside
/// `<main>`, calls to action count as early within the first 600 characters, the grid reads the home
/// page whole). So the crawler keeps every block outside the main zone, the whole text of the home page
/// and of the pages every audit needs (legal notice, CGV, privacy…), and at most `mainTextBudget` bytes
/// of main-zone text elsewhere — plus the last main block, so that where the content ends (which tells
/// a bottom menu from a top one) stays known.
public struct FactsTrimmer: Sendable {
    /// Main-zone text kept on an ordinary page, in UTF-8 bytes.
    public static let mainTextBudget = 2 * 1024

    public static func trim(_ facts: inout PageFacts) {
        let trimmable = { (block: TextBlock) in block.zone == .main || block.zone == .body && block.context.isEmpty }
        let last = facts.textBlocks.lastIndex(where: trimmable)
        var blocks: [TextBlock] = []
        var mainText = 0
        for (index, block) in facts.textBlocks.enumerated() {
            if trimmable(block), index != last {
                guard mainText < mainTextBudget else { continue }
                mainText += block.text.utf8.count
            }
            blocks.append(block)
        }
        if blocks.count < facts.textBlocks.count {
            facts.textBlocks = blocks
            facts.textTruncated = true
        }
    }

    /// Gives every array of `facts` exactly its size: arrays grown by appending during the walk keep up
    /// to twice the room they need — on a page of 150 text blocks trimmed to 30, that was 20 KB of dead
    /// room per page, kept for the whole crawl.
    public static func compact(_ facts: inout PageFacts) {
        facts.textBlocks = exact(facts.textBlocks)
        facts.links = exact(facts.links)
        facts.headings = exact(facts.headings)
        facts.images = exact(facts.images)
        facts.zones = exact(facts.zones)
        facts.scripts = exact(facts.scripts)
        facts.metas = exact(facts.metas)
        facts.stylesheets = exact(facts.stylesheets)
        facts.forms = exact(facts.forms)
        facts.buttons = exact(facts.buttons)
    }

    /// A copy of `array` in a buffer of its size.
    static func exact<Element>(_ array: [Element]) -> [Element] {
        guard array.capacity > array.count else { return array }
        return [Element](unsafeUninitializedCapacity: array.count) { buffer, initialized in
            _ = buffer.initialize(fromContentsOf: array)
            initialized = array.count
        }
    }
}

/// What the crawler does to a page's facts once parsed, and what the check examples go through too, so that
/// a check reading past what the crawler keeps fails its examples instead of misreading real sites: every
/// page but the start page and the pages every audit needs (legal notice, CGV, privacy… — `PriorityMatcher`,
/// by URL or title) is trimmed to `FactsTrimmer.mainTextBudget` bytes of main text; then the arrays are
/// compacted. (The crawler also interns the strings between the two steps, which changes no value.)
public struct CrawlPostProcessing: Sendable {
    public let priority: PriorityMatcher

    public init(priorityWords: PriorityPageWords) {
        priority = PriorityMatcher(priorityWords)
    }

    /// Trims `facts` unless the page is the start page or a page every audit needs.
    public func trim(_ facts: inout PageFacts, url: String, isStart: Bool) {
        if !isStart, !priority.isPriority(url: url, label: facts.title ?? "") {
            FactsTrimmer.trim(&facts)
        }
    }

    /// Both steps, as a crawled page goes through them.
    public func apply(_ facts: inout PageFacts, url: String, isStart: Bool) {
        trim(&facts, url: url, isStart: isStart)
        FactsTrimmer.compact(&facts)
    }
}
