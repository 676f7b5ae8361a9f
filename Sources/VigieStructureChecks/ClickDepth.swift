import VigieCore

/// Clicks from the home page, by breadth-first search over the links of the parsed pages; pages the
/// search does not reach keep the depth the crawler gave them.
struct ClickDepth {
    private var depths: [String: Int] = [:]

    init(_ snapshot: SiteSnapshot) {
        var indexByKey: [String: Int] = [:]
        for (index, page) in snapshot.pages.enumerated() {
            indexByKey[StructurePage.key(page.url)] = index
            if let final = page.finalURL { indexByKey[StructurePage.key(final)] = indexByKey[StructurePage.key(final)] ?? index }
        }
        guard let start = indexByKey[StructurePage.key(snapshot.homeURL)] ?? snapshot.pages.firstIndex(where: { $0.depth == 0 }) else { return }
        var depthByIndex = [start: 0]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            guard let facts = snapshot.pages[current].facts, let depth = depthByIndex[current] else { continue }
            for link in facts.links {
                guard let url = link.url, let target = indexByKey[StructurePage.key(url)], depthByIndex[target] == nil else { continue }
                depthByIndex[target] = depth + 1
                queue.append(target)
            }
        }
        for (index, depth) in depthByIndex { depths[snapshot.pages[index].url] = depth }
    }

    /// The depth of `record`: from the link graph when it reaches the page, else the crawler's.
    func depth(of record: PageRecord) -> Int { depths[record.url] ?? record.depth }
}

extension AuditContext {
    /// The pages' click depths, computed once per audit (the depth and breadcrumb checks read them).
    var clickDepth: ClickDepth {
        cache.value("structure.click-depth") { ClickDepth(snapshot) }
    }
}
