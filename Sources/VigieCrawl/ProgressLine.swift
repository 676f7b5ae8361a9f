import Foundation
import Glibc

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
        let line = String(format: "\r\u{1B}[2K  %d pages · %d en file · %.0f p/s · %d erreur(s) · %.0f s", max(done, 0), queued, rate, errors, elapsed)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
