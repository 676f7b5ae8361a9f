import Foundation
import Glibc
import VigieCore

/// The live progress line on stderr (pages done / queued, pages per second, errors, elapsed); only on a terminal.
final class ProgressLine: Sendable {
    private let crawler: Crawler
    private let enabled: Bool
    private let running = Locked(false)
    private let stopped = DispatchSemaphore(value: 0)

    init(crawler: Crawler) {
        self.crawler = crawler
        enabled = isatty(STDERR_FILENO) == 1
    }

    func start() {
        guard enabled else { return }
        running.withLock { $0 = true }
        let thread = Thread { [self] in
            while running.withLock({ $0 }) {
                draw()
                Thread.sleep(forTimeInterval: 0.5)
            }
            stopped.signal()
        }
        thread.start()
    }

    func finish() {
        guard enabled else { return }
        running.withLock { $0 = false }
        stopped.wait()
        draw()
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw() {
        let (done, queued, errors) = crawler.state.withLock { state in
            (state.pagesStarted - state.inFlight, state.priorityQueue.count + state.normalQueue.count + state.sitemapQueue.count, state.errors)
        }
        let elapsed = Date().timeIntervalSince(crawler.startTime)
        let rate = elapsed > 0 ? Double(max(done, 0)) / elapsed : 0
        let pages = max(done, 0)
        let numbers = (rate: String(format: "%.0f", rate), elapsed: String(format: "%.0f", elapsed))
        let line = crawler.options.language == .fr
            ? "\r\u{1B}[2K  \(Plural.nfr(pages, "page", "pages")) · \(queued) en file · \(numbers.rate) p/s · \(Plural.nfr(errors, "erreur", "erreurs")) · \(numbers.elapsed) s"
            : "\r\u{1B}[2K  \(Plural.nen(pages, "page", "pages")) · \(queued) queued · \(numbers.rate) p/s · \(Plural.nen(errors, "error", "errors")) · \(numbers.elapsed) s"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
