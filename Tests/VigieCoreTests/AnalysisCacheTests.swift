import Dispatch
import Synchronization
import Testing
import VigieCore

/// The per-audit cache that lets checks share a whole-site analysis.
@Suite struct AnalysisCacheTests {
    @Test func aValueIsComputedOnceEvenWhenManyThreadsAskAtOnce() {
        let cache = AnalysisCache()
        let computations = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let value = cache.value("answer") { () -> Int in
                computations.withLock { $0 += 1 }
                return 42
            }
            #expect(value == 42)
        }
        #expect(computations.withLock { $0 } == 1)
    }

    @Test func aNilValueIsCachedLikeAnyOther() {
        let cache = AnalysisCache()
        var computations = 0
        for _ in 0..<3 {
            let value: String? = cache.value("absent") { computations += 1; return nil }
            #expect(value == nil)
        }
        #expect(computations == 1)
        let present: String? = cache.value("present") { "x" }
        #expect(present == "x")
    }
}
