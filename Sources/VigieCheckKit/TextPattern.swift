import Foundation

/// A compiled regular expression returning the first match of a string (compile once, in a static let).
public struct TextPattern: Sendable {
    let regex: NSRegularExpression

    public init(_ pattern: String, caseInsensitive: Bool = false) {
        // Patterns are literals of this module: a bad one is a programming error caught by the tests.
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// The first match in `text`, and its capture groups (empty string when a group did not take part).
    public func first(in text: String) -> (match: String, groups: [String])? {
        let range = NSRange(text.startIndex..., in: text)
        guard let found = regex.firstMatch(in: text, range: range), let whole = Range(found.range, in: text) else { return nil }
        var groups: [String] = []
        if found.numberOfRanges > 1 {
            for index in 1..<found.numberOfRanges {
                groups.append(Range(found.range(at: index), in: text).map { String(text[$0]) } ?? "")
            }
        }
        return (String(text[whole]), groups)
    }
}
