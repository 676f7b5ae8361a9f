import Testing
@testable import VigieCheckKit

/// The CSS scanner understands comments, strings, at-rules and nested blocks.
@Suite struct ResponsiveCSSScannerTests {
    @Test func mediaQueryFeaturesAndConditions() {
        let sheet = CSSScanner.scan("a{color:red}\n@media screen and (max-width: 600px) {\n  #wrapper { width: auto }\n}")
        #expect(sheet.atRules.count == 1)
        let media = sheet.atRules[0]
        #expect(media.name == "media")
        #expect(media.prelude == "screen and (max-width: 600px)")
        #expect(media.features == ["max-width"])
        #expect(media.isWidthQuery)
        #expect(media.line == 2)
        #expect(sheet.rules.count == 2)
        let wrapper = sheet.rules.first { $0.selectors == ["#wrapper"] }
        #expect(wrapper?.conditions.map(\.name) == ["media"])
        #expect(wrapper?.declaration("width")?.value == "auto")
    }

    @Test func commentHidesAMediaQuery() {
        let sheet = CSSScanner.scan("/* @media (max-width: 600px) { body { x: y } } */ body { margin: 0 }")
        #expect(sheet.atRules.isEmpty)
        #expect(sheet.rules.count == 1)
        #expect(sheet.rules[0].conditions.isEmpty)
    }

    @Test func stringContainingMediaIsNotOne() {
        let sheet = CSSScanner.scan(#".a:before { content: "@media (max-width: 1px) { }"; color: red } .b { width: 960px }"#)
        #expect(sheet.atRules.isEmpty)
        #expect(sheet.rules.map(\.selectors) == [[".a:before"], [".b"]])
        #expect(sheet.rules[0].declaration("color")?.value == "red")
        #expect(sheet.rules[1].declaration("width")?.pixels == 960)
    }

    @Test func nestedSupportsAndMedia() {
        let css = "@supports (display: grid) { @media (min-width: 48em) { .grid { display: grid } } .x { y: z } } .after { a: b }"
        let sheet = CSSScanner.scan(css)
        #expect(sheet.atRules.map(\.name) == ["supports", "media"])
        #expect(!sheet.atRules[0].isWidthQuery)
        #expect(sheet.atRules[1].isWidthQuery)
        let grid = sheet.rules.first { $0.selectors == [".grid"] }
        #expect(grid?.conditions.map(\.name) == ["supports", "media"])
        #expect(sheet.rules.first { $0.selectors == [".x"] }?.conditions.map(\.name) == ["supports"])
        #expect(sheet.rules.first { $0.selectors == [".after"] }?.conditions.isEmpty == true)
    }

    @Test func cssNestingWithMedia() {
        let sheet = CSSScanner.scan(".card { width: 900px; @media (max-width: 900px) { width: auto } & .title { color: red } }")
        #expect(sheet.atRules.first?.isWidthQuery == true)
        let nested = sheet.rules.filter { $0.selectors == [".card"] }
        #expect(nested.count == 2)
        #expect(nested.contains { $0.conditions.first?.isWidthQuery == true && $0.declaration("width")?.value == "auto" })
        #expect(sheet.rules.contains { $0.selectors == [".card .title"] })
    }

    @Test func importWithMediaList() {
        let sheet = CSSScanner.scan(#"@import url("mobile.css") screen and (max-width: 700px); @import 'print.css' print; body { color: black }"#)
        #expect(sheet.atRules.count == 2)
        #expect(sheet.atRules[0].importURL == "mobile.css")
        #expect(sheet.atRules[0].isWidthQuery)
        #expect(sheet.atRules[1].importURL == "print.css")
        #expect(!sheet.atRules[1].isWidthQuery)
        #expect(sheet.rules.count == 1)
    }

    @Test func rangeSyntaxAndContainerQueries() {
        #expect(CSSScanner.scan("@media (400px <= width <= 700px) { a { b: c } }").atRules[0].isWidthQuery)
        #expect(CSSScanner.scan("@container sidebar (min-inline-size: 30em) { a { b: c } }").atRules[0].isWidthQuery)
        #expect(!CSSScanner.scan("@media (orientation: landscape) { a { b: c } }").atRules[0].isWidthQuery)
        #expect(!CSSScanner.scan("@media print { a { b: c } }").atRules[0].isWidthQuery)
    }

    @Test func unterminatedCommentAtEOF() {
        let sheet = CSSScanner.scan("body { width: 960px }\n/* @media (max-width: 600px) { body { width: auto } }")
        #expect(sheet.unterminatedComment)
        #expect(sheet.atRules.isEmpty)
        #expect(sheet.rules.count == 1)
    }

    @Test func unterminatedStringAtEOF() {
        let sheet = CSSScanner.scan(".a { content: \"@media (max-width: 1px) {")
        #expect(sheet.unterminatedString)
        #expect(sheet.atRules.isEmpty)
    }

    @Test func badStringStopsAtNewline() {
        let sheet = CSSScanner.scan(".a { content: \"broken\n; color: red } .b { width: 10px }")
        #expect(sheet.rules.contains { $0.selectors == [".b"] })
    }

    @Test func keyframesAndFontFaceAreSkipped() {
        let sheet = CSSScanner.scan("@keyframes spin { from { width: 1000px } to { width: 2000px } } @font-face { font-family: X } body { a: b }")
        #expect(sheet.rules.map(\.selectors) == [["body"]])
        #expect(sheet.atRules.map(\.name) == ["keyframes", "font-face"])
    }

    @Test func deepNestingIsCutNotRecursed() {
        let css = String(repeating: "@media (max-width: 900px) {", count: 1000) + ".deep { width: 1px }" + String(repeating: "}", count: 1000) + " .after { a: b }"
        let sheet = CSSScanner.scan(css)
        #expect(sheet.atRules.count <= 40)
        #expect(sheet.rules.contains { $0.selectors == [".after"] && $0.conditions.isEmpty })
    }

    @Test func declarationsOfAStyleAttribute() {
        let declarations = CSSScanner.declarations("width: 1024px; margin:0 auto !important; ; bad")
        #expect(declarations.count == 2)
        #expect(declarations[0].pixels == 1024)
        #expect(declarations[1].important)
        #expect(declarations[1].value == "0 auto")
    }

    @Test func mediaAttributeFeatures() {
        #expect(CSSScanner.mediaFeatures("screen and (max-width: 40em)") == ["max-width"])
        #expect(CSSScanner.mediaFeatures("print").isEmpty)
    }

    @Test func junkNeverTraps() {
        for css in ["", "}", "{{{{", "@", "@media", "@media {", "a{", "/*", "\"", "url(", "url( x", "a{b:url(x y)}", "\\", "@import", "a{;;;:}", String(repeating: "(", count: 5000), String(repeating: "{", count: 5000) + "x",
                    String(repeating: "a{", count: 20_000), String(repeating: "@media (width > 1px) {", count: 20_000)] {
            let sheet = CSSScanner.scan(css)
            #expect(sheet.rules.count <= css.utf8.count + 1)
        }
    }
}
