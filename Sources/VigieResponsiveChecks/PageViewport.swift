import Foundation
import VigieCore

/// The viewport of one page: its `<meta name="viewport">` tags and the last one read (browsers keep the last).
struct PageViewport {
    /// The `content` of every viewport meta, in order.
    let contents: [String]
    /// The last one, parsed, with `duplicateMeta` added when there are several.
    let viewport: Viewport?

    init(_ page: PageFacts) {
        contents = page.metas
            .filter { $0.name?.trimmingWhitespace().lowercased() == "viewport" }
            .map { $0.content ?? "" }
        if let last = contents.last {
            var parsed = ViewportParser.parse(last)
            if contents.count > 1 { parsed.issues.append(.duplicateMeta) }
            viewport = parsed
        } else {
            viewport = nil
        }
    }

    /// The tag as written, for evidence.
    var excerpt: String {
        "<meta name=\"viewport\" content=\"\(contents.last ?? "")\">"
    }
}
