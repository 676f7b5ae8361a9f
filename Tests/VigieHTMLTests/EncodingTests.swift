import Testing
import VigieCore
@testable import VigieHTML

@Suite struct EncodingTests {
    @Test func utf8FromHeader() {
        let facts = Support.parse("<html><body><p>Société générale</p></body></html>")
        #expect(facts.encoding.name == "utf-8")
        #expect(facts.encoding.source == .httpHeader)
        #expect(facts.encoding.declaredInHeader == "utf-8")
        #expect(facts.encoding.replacementCharacters == 0)
        #expect(facts.fullText == "Société générale")
    }

    @Test func latin1WithHeaderCharset() {
        let bytes = Support.latin1("<html><body><p>Mentions légales — café</p></body></html>".replacingOccurrences(of: "—", with: "-"))
        let facts = Support.parse(bytes: bytes, contentType: "text/html; charset=ISO-8859-1")
        #expect(facts.encoding.name == "windows-1252")
        #expect(facts.encoding.source == .httpHeader)
        #expect(facts.encoding.declaredInHeader == "ISO-8859-1")
        #expect(facts.fullText == "Mentions légales - café")
    }

    @Test func latin1WithMetaOnly() {
        let bytes = Support.latin1(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Hébergé à Roubaix</p></body></html>"#)
        let facts = Support.parse(bytes: bytes, contentType: "text/html")
        #expect(facts.encoding.source == .metaHttpEquiv)
        #expect(facts.encoding.declaredInMarkup == "iso-8859-1")
        #expect(facts.encoding.declaredInHeader == nil)
        #expect(facts.fullText == "Hébergé à Roubaix")
    }

    /// A `<meta charset>` after the first 1024 bytes (a head opened by a long inline script) is honoured, as
    /// browsers do when their parser meets it, and marked late; one within the 1024 bytes is not.
    @Test func lateMetaCharsetIsUsedAndMarked() {
        let script = "<script>var config = {" + String(repeating: "\"a\": 1, ", count: 200) + "};</script>"
        let bytes = Support.latin1("<html><head>" + script + #"<meta charset="iso-8859-1"></head><body><p>Hébergé à Roubaix</p></body></html>"#)
        let late = Support.parse(bytes: bytes, contentType: "text/html")
        #expect(late.encoding.declaredLate)
        #expect(late.encoding.declaredInMarkup == "iso-8859-1")
        #expect(late.encoding.source == .metaCharset)
        #expect(late.fullText == "Hébergé à Roubaix")
        let early = Support.parse(bytes: Support.latin1(#"<html><head><meta charset="iso-8859-1"></head><body><p>Hébergé</p></body></html>"#), contentType: nil)
        #expect(!early.encoding.declaredLate)
    }

    @Test func metaCharsetAttribute() {
        let bytes = Support.latin1(#"<!DOCTYPE html><!-- <meta charset="utf-8"> --><meta charset='windows-1252'><p>Propriété</p>"#)
        let facts = Support.parse(bytes: bytes, contentType: nil)
        #expect(facts.encoding.source == .metaCharset)
        #expect(facts.encoding.declaredInMarkup == "windows-1252")
        #expect(facts.fullText == "Propriété")
    }

    @Test func windows1252Punctuation() {
        // 0x92 is ’ and 0x80 is € in Windows-1252 (C1 controls in strict ISO-8859-1).
        var bytes = Array("<p>l".utf8)
        bytes += [0x92]
        bytes += Array("entreprise, 10 ".utf8) + [0x80] + Array("</p>".utf8)
        let facts = Support.parse(bytes: bytes, contentType: "text/html; charset=iso-8859-1")
        #expect(facts.fullText == "l’entreprise, 10 €")
    }

    @Test func windows1252UndefinedByteDoesNotCutThePage() {
        var bytes = Array("<p>caf".utf8) + [0xE9, 0x20, 0x81] + Array("</p><p>suite</p>".utf8)
        bytes += []
        let facts = Support.parse(bytes: bytes, contentType: "text/html; charset=windows-1252")
        #expect(facts.textBlocks.map(\.text).first?.hasPrefix("café") == true)
        #expect(facts.textBlocks.last?.text == "suite")
    }

    @Test func undeclaredLatin1FallsBackToWindows1252() {
        let bytes = Support.latin1("<p>Siège social : 12 rue de l'Église</p>")
        let facts = Support.parse(bytes: bytes, contentType: "text/html")
        #expect(facts.encoding.name == "windows-1252")
        #expect(facts.encoding.source == .fallbackWindows1252)
        #expect(facts.fullText == "Siège social : 12 rue de l'Église")
    }

    @Test func undeclaredValidUTF8() {
        let facts = Support.parse("<p>Déjà vu</p>", contentType: nil)
        #expect(facts.encoding.source == .defaultUTF8)
        #expect(facts.encoding.name == "utf-8")
        #expect(facts.fullText == "Déjà vu")
    }

    @Test func lyingHeaderCountsReplacementCharacters() {
        // The header says UTF-8, the bytes are Latin-1: three é that do not decode.
        let bytes = Support.latin1("<p>Société éditrice</p><p>Fin</p>")
        let facts = Support.parse(bytes: bytes, contentType: "text/html; charset=utf-8")
        #expect(facts.encoding.name == "utf-8")
        #expect(facts.encoding.replacementCharacters == 3)
        #expect(facts.textBlocks.count == 2)
        #expect(facts.textBlocks.last?.text == "Fin")
    }

    @Test func invalidUTF8WithoutDeclaration() {
        let bytes: [UInt8] = Array("<p>a".utf8) + [0xC3, 0x28, 0xFF] + Array("b</p>".utf8)
        let facts = Support.parse(bytes: bytes, contentType: nil)
        #expect(facts.encoding.source == .fallbackWindows1252)
        #expect(facts.fullText.hasPrefix("a"))
        #expect(facts.fullText.hasSuffix("b"))
    }

    @Test func literalReplacementCharacterIsCounted() {
        let facts = Support.parse("<p>Soci\u{FFFD}t\u{FFFD}</p>")
        #expect(facts.encoding.replacementCharacters == 2)
    }

    @Test func utf8BOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<html lang=fr><p>Été</p></html>".utf8)
        let facts = Support.parse(bytes: bytes, contentType: "text/html; charset=iso-8859-1")
        #expect(facts.encoding.source == .bom)
        #expect(facts.encoding.name == "utf-8")
        #expect(facts.fullText == "Été")
        #expect(facts.lang == "fr")
    }

    @Test func utf16BOM() {
        let text = "<p>Œuvre</p>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let facts = Support.parse(bytes: bytes, contentType: nil)
        #expect(facts.encoding.name == "utf-16le")
        #expect(facts.fullText == "Œuvre")
    }

    @Test func headerWinsOverMeta() {
        let facts = Support.parse(#"<meta charset="iso-8859-1"><p>Crème brûlée</p>"#, contentType: "text/html; charset=\"UTF-8\"")
        #expect(facts.encoding.source == .httpHeader)
        #expect(facts.encoding.declaredInMarkup == "iso-8859-1")
        #expect(facts.fullText == "Crème brûlée")
    }

    @Test func unknownLabelIsIgnored() {
        let facts = Support.parse("<p>Noël</p>", contentType: "text/html; charset=x-nonsense")
        #expect(facts.encoding.source == .defaultUTF8)
        #expect(facts.encoding.declaredInHeader == "x-nonsense")
        #expect(facts.fullText == "Noël")
    }

    @Test func emptyBody() {
        let facts = Support.parse("", contentType: nil)
        #expect(facts.textBlocks.isEmpty)
        #expect(facts.htmlBytes == 0)
    }
}

@Suite struct ConversionErrorTests {
    @Test func invalidBytesForAMultiByteEncodingDoNotCrash() {
        let bytes = Support.latin1("<p>Société générale</p><p>àéèùç</p>")
        let facts = Support.parse(bytes: bytes, contentType: "text/html; charset=shift_jis")
        #expect(facts.encoding.name == "shift_jis")
        #expect(facts.htmlBytes == bytes.count)
    }
}

@Suite struct MarkupCharsetTests {
    @Test func lyingMetaCharset() {
        let bytes = Support.latin1(#"<meta charset="utf-8"><p>Hébergé en France</p>"#)
        let facts = Support.parse(bytes: bytes, contentType: "text/html")
        #expect(facts.encoding.source == .metaCharset)
        #expect(facts.encoding.name == "utf-8")
        #expect(facts.encoding.replacementCharacters == 2)
        #expect(facts.fullText.hasPrefix("H"))
        #expect(facts.fullText.hasSuffix("en France"))
    }

    @Test func entitiesInAttributes() {
        let facts = Support.parse(#"<a href="/recherche?q=caf&eacute;&amp;page=2" title="L&#8217;&eacute;quipe"></a>"#, url: "https://www.example.fr/")
        #expect(facts.links.first?.href == "/recherche?q=café&page=2")
        #expect(facts.links.first?.url == "https://www.example.fr/recherche?q=café&page=2")
        #expect(facts.links.first?.label == "L’équipe")
    }
}
