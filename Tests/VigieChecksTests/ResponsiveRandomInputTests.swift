import Testing
@testable import VigieCheckKit
@testable import VigieResponsiveChecks

/// Seeded random inputs made of the characters that matter to CSS and viewport syntax: the scanners
/// end, never trap, and keep their invariants (a first pass before the real fuzzing).
@Suite struct ResponsiveRandomInputTests {
    /// SplitMix64: a small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let cssPieces = ["@media", "@supports", "@import", "@font-face", " ", "\n", "{", "}", "(", ")", "[", "]", ";", ":", ",",
                            "/*", "*/", "\"", "'", "\\", "url(", "max-width", "960px", "#wrapper", "body", "&", "!important", "-->", "<!--", "é", "\u{0}"]
    static let viewportPieces = ["width", "=", "device-width", ",", ";", " ", "initial-scale", "1.0", "user-scalable", "no", "0", "maximum-scale", "x", "\t", "é"]

    static func random(_ pieces: [String], count: Int, using rng: inout SplitMix) -> String {
        (0..<count).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func cssScannerOnRandomInputs() {
        var rng = SplitMix(state: 42)
        for round in 0..<2_000 {
            let css = Self.random(Self.cssPieces, count: Int(rng.next() % 200), using: &rng)
            let sheet = CSSScanner.scan(css)
            #expect(sheet.rules.allSatisfy { $0.conditions.count <= 33 }, "round \(round): \(css.debugDescription)")
            #expect(sheet.atRules.count <= css.utf8.count, "round \(round)")
        }
    }

    @Test func viewportParserOnRandomInputs() {
        var rng = SplitMix(state: 7)
        for round in 0..<5_000 {
            let content = Self.random(Self.viewportPieces, count: Int(rng.next() % 40), using: &rng)
            let viewport = ViewportParser.parse(content)
            #expect(viewport.pairs.allSatisfy { !$0.key.isEmpty }, "round \(round): \(content.debugDescription)")
            if content.contains(";") { #expect(viewport.issues.first == .semicolonSeparator, "round \(round)") }
        }
    }
}
