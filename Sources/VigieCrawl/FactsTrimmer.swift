import VigieCore

/// Keeps the snapshot's memory bounded: on ordinary pages, the main content's text is what no check
/// reads past its start (legal mentions are read on the legal pages and in footers, banners sit outside
/// `<main>`, the grid reads the home page whole). So the crawler keeps every block outside the main zone,
/// the whole text of the home page and of the pages every audit needs (legal notice, CGV, privacy…),
/// and at most `mainTextBudget` bytes of main-zone text elsewhere.
struct FactsTrimmer: Sendable {
    /// Main-zone text kept on an ordinary page, in UTF-8 bytes.
    static let mainTextBudget = 4 * 1024

    static func trim(_ facts: inout PageFacts) {
        var kept = 0
        var trimmed = false
        facts.textBlocks.removeAll { block in
            guard block.zone == .main || block.zone == .body && block.context.isEmpty else { return false }
            guard kept < mainTextBudget else {
                trimmed = true
                return true
            }
            kept += block.text.utf8.count
            return false
        }
        if trimmed { facts.textTruncated = true }
    }

    /// Gives every array of `facts` exactly its size: arrays grown by appending during the walk keep up
    /// to twice the room they need, and `removeAll(where:)` keeps all of it — on a page of 150 text
    /// blocks trimmed to 30, that was 20 KB of dead room per page, kept for the whole crawl.
    static func compact(_ facts: inout PageFacts) {
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
