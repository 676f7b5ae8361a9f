import Testing
@testable import VigieCore

@Suite struct EvidenceTests {
    @Test func clipCollapsesSpaceAndCutsAt200() {
        let long = String(repeating: "mot  \n ", count: 100)
        let clipped = Evidence.clip(long)
        #expect(clipped.count == 200)
        #expect(clipped.hasSuffix("…"))
        #expect(!clipped.contains("  "))
        #expect(Evidence(url: "u", excerpt: "  a \n b ").excerpt == "a b")
    }

    @Test func statusOrderPutsWorstFirst() {
        #expect([CheckStatus.pass, .fail, .warn].min() == .fail)
        #expect([CheckStatus.pass, .na].min() == .pass)
    }
}
