import Testing
@testable import VigieResponsiveChecks

/// The viewport parser reads `content` as Chromium and WebKit do, and flags what they warn about.
@Suite struct ResponsiveViewportParserTests {
    @Test func cleanViewport() {
        let v = ViewportParser.parse("width=device-width, initial-scale=1")
        #expect(v.hasDeviceWidth)
        #expect(v.initialScale == 1)
        #expect(v.issues.isEmpty)
        #expect(!v.blocksZoom)
    }

    @Test func spacesAroundEqualsAndCase() {
        let v = ViewportParser.parse("  WIDTH = Device-Width ,initial-scale= 1.0 ")
        #expect(v.hasDeviceWidth)
        #expect(v.initialScale == 1)
        #expect(v.issues.isEmpty)
    }

    @Test func semicolonsAreReadButFlagged() {
        let v = ViewportParser.parse("width=device-width; initial-scale=1.0; maximum-scale=1.0")
        #expect(v.hasDeviceWidth)
        #expect(v.initialScale == 1)
        #expect(v.maximumScale == 1)
        #expect(v.issues.first == .semicolonSeparator)
        #expect(v.blocksZoom)
    }

    @Test func zoomBlocking() {
        #expect(ViewportParser.parse("width=device-width, user-scalable=no").blocksZoom)
        #expect(ViewportParser.parse("width=device-width, user-scalable=0").blocksZoom)
        #expect(ViewportParser.parse("width=device-width, user-scalable=0.5").blocksZoom)
        #expect(!ViewportParser.parse("width=device-width, user-scalable=yes").blocksZoom)
        #expect(ViewportParser.parse("width=device-width, maximum-scale=1.9").blocksZoom)
        #expect(!ViewportParser.parse("width=device-width, maximum-scale=2").blocksZoom)
        #expect(!ViewportParser.parse("width=device-width, maximum-scale=5").blocksZoom)
    }

    @Test func duplicatesUnknownAndObsoleteKeys() {
        let v = ViewportParser.parse("width=device-width, width=320, zoom=1, target-densitydpi=device-dpi, shrink-to-fit=no")
        #expect(v.value("width") == "320")
        #expect(!v.hasDeviceWidth)
        #expect(v.issues.contains(.duplicateKey("width")))
        #expect(v.issues.contains(.unknownKey("zoom")))
        #expect(v.issues.contains(.obsoleteKey("target-densitydpi")))
        #expect(v.issues.contains(.obsoleteKey("shrink-to-fit")))
    }

    @Test func invalidAndTruncatedValues() {
        let v = ViewportParser.parse("width=large, initial-scale=1.0px, maximum-scale=")
        #expect(v.issues.contains(.invalidValue(key: "width", value: "large")))
        #expect(v.issues.contains(.truncatedValue(key: "initial-scale", value: "1.0px")))
        #expect(v.issues.contains(.missingValue("maximum-scale")))
        #expect(v.initialScale == 1)
    }

    @Test func emptyAndJunkInputsNeverTrap() {
        for content in ["", ",,,", "=", "= = =", ";;", "width", "=device-width", "\u{0}\u{FFFD}", "width=device-width,,,initial-scale==1", String(repeating: "a=1,", count: 2000)] {
            let v = ViewportParser.parse(content)
            #expect(v.pairs.count <= content.count)
        }
        #expect(ViewportParser.parse("").pairs.isEmpty)
    }
}
