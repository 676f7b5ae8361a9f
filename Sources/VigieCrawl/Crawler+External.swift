import Dispatch
import Foundation
import VigieCore

extension Crawler {
    /// With `--check-external`: asks each external link (most linked first, at most `maxExternalChecks`) with HEAD,
    /// then GET when HEAD is refused (405/501, or any 4xx some servers give to HEAD), and records the answers
    /// as external PageRecords for `nav.broken-links`. Stops early when the crawl was stopped.
    func checkExternalLinks(_ source: any PageSource) {
        let targets: [String] = state.withLock { state in
            guard state.stopReason == nil else { return [] }
            return state.external.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.prefix(options.maxExternalChecks).map(\.key)
        }
        guard !targets.isEmpty else { return }
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: max(options.concurrency, 1))
        for url in targets {
            if state.withLock({ $0.stopReason != nil }) { break }
            slots.wait()
            group.enter()
            DispatchQueue.global().async { [self] in
                defer {
                    slots.signal()
                    group.leave()
                }
                var (result, _) = fetchFollowing(url, kind: .external, source: source, maxHops: 0, head: true)
                if [400, 403, 404, 405, 406, 501].contains(result.status) || result.status == 0 && result.error == nil {
                    (result, _) = fetchFollowing(url, kind: .external, source: source, maxHops: 0)
                }
                recordExternal(result)
            }
        }
        group.wait()
    }

    private func recordExternal(_ result: LoadResult) {
        state.withLock { state in
            let referrers = state.external[result.job.url] ?? []
            var record = PageRecord(
                url: result.job.url, depth: 0, status: result.status, contentType: result.contentType,
                finalURL: result.location, error: result.error, referrers: referrers)
            record.external = true
            state.records.append(record)
            state.submitted.append(true)
        }
    }
}
