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
}
