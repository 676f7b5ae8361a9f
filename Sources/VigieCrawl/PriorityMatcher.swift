import Foundation
import VigieCore

/// Tells whether a link names a page every audit needs (legal notice, CGV, privacy, contact…),
/// from the words of `rules/priority-pages.yml`, matched lower-case and without accents.
struct PriorityMatcher: Sendable {
    private let words: [String]

    init(_ pack: PriorityPageWords) {
        words = pack.pages.values.flatMap { $0 }.map { Self.fold($0) }
    }

    func isPriority(url: String, label: String) -> Bool {
        let haystack = Self.fold(label) + " " + Self.fold(url.removingPercentEncoding ?? url)
        return words.contains { haystack.contains($0) }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
