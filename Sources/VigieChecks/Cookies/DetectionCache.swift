import Foundation
import VigieCore

/// Remembers the detections of recent pages, so that the cookies checks of one audit, which each
/// read every page, scan a page's scripts once. Keyed by the page's URL, size, element count and a
/// hash of its scripts, iframes, images, ids and classes (what `TrackerMatcher` reads); bounded.
final class DetectionCache: @unchecked Sendable {
    // @unchecked Sendable: `entries` is only read and written while `lock` is held.
    static let shared = DetectionCache()

    /// What identifies a page's trackers.
    struct Key: Hashable {
        var url: String
        var htmlBytes: Int
        var elementCount: Int
        var digest: Int

        init(_ facts: PageFacts) {
            url = facts.url
            htmlBytes = facts.htmlBytes
            elementCount = facts.elementCount
            var hasher = Hasher()
            hasher.combine(facts.scripts)
            hasher.combine(facts.iframes)
            hasher.combine(facts.images.map(\.src))
            hasher.combine(facts.ids)
            hasher.combine(facts.classes)
            digest = hasher.finalize()
        }
    }

    private let lock = NSLock()
    private var entries: [Key: [TrackerDetection]] = [:]
    private let limit = 4096

    func get(_ key: Key) -> [TrackerDetection]? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func put(_ key: Key, _ value: [TrackerDetection]) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
    }
}
