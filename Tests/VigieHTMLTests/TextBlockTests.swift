import Testing
import VigieCore
@testable import VigieHTML

@Suite struct TextBlockTests {
    @Test func inlineTagsAndLineBreaksJoinIntoOneBlock() {
        let facts = Support.parse("<html><body><p>Directeur de la <b>publication</b> :\n Jean Dupont</p></body></html>")
        #expect(facts.textBlocks.count == 1)
        #expect(facts.textBlocks.first?.text == "Directeur de la publication : Jean Dupont")
        #expect(facts.textBlocks.first?.tag == "p")
    }

    @Test func brBecomesNewline() {
        let facts = Support.parse("<address>Dupont SARL<br>12 rue des Lilas<br/>\n 75011 Paris</address>")
        #expect(facts.textBlocks.map(\.text) == ["Dupont SARL\n12 rue des Lilas\n75011 Paris"])
        #expect(facts.textBlocks.first?.tag == "address")
    }

    @Test func entitiesAreDecoded() {
        let facts = Support.parse("<p>R&eacute;alis&eacute; par&nbsp;l&#8217;agence &amp; co &lt;3</p>")
        #expect(facts.fullText == "Réalisé par l’agence & co <3")
    }

    @Test func divOwnTextAroundNestedBlocks() {
        let facts = Support.parse("<div>Siège : <span>Paris</span><p>Capital 10 000 €</p>suite</div>")
        #expect(facts.textBlocks.map(\.text) == ["Siège : Paris", "Capital 10 000 €", "suite"])
        #expect(facts.textBlocks.map(\.tag) == ["div", "p", "div"])
    }

    @Test func scriptsStylesAndTemplatesAreNotText() {
        let html = """
        <div id="main"><script>var s = '</div><p>not text</p>';</script><style>p{color:red}</style>
        <noscript><p>Activez JavaScript</p></noscript><template><p>tpl</p></template><p>Visible</p></div>
        """
        let facts = Support.parse(html)
        #expect(facts.fullText == "Visible")
        #expect(facts.scripts.count == 1)
        #expect(facts.scripts.first?.inlineText.contains("</div>") == true)
        #expect(facts.inlineStyles == ["p{color:red}"])
    }

    @Test func sectionIsTheNearestHeadingBefore() {
        let html = "<h2>Éditeur</h2><p>Dupont SARL</p><h2>Hébergement</h2><p>OVH SAS</p><p>2 rue Kellermann</p>"
        let facts = Support.parse(html)
        let ovh = facts.textBlocks.first { $0.text == "OVH SAS" }
        #expect(ovh?.section == "Hébergement")
        #expect(facts.textBlocks.first { $0.text == "Dupont SARL" }?.section == "Éditeur")
        #expect(facts.headings.map(\.text) == ["Éditeur", "Hébergement"])
        #expect(facts.headings.map(\.level) == [2, 2])
    }

    @Test func contextHoldsIdsAndClassesOfAncestors() {
        let html = #"<div id="cookie-banner" class="cmp fixed"><div class="inner"><p class="msg">Nous utilisons des cookies</p></div></div>"#
        let facts = Support.parse(html)
        let block = facts.textBlocks.first
        #expect(block?.context == ["cookie-banner", "cmp", "fixed", "inner", "msg"])
    }

    @Test func tableCellsAreBlocks() {
        let facts = Support.parse("<table><tr><td>SIRET</td><td>123 456 789 00012</td></tr></table>")
        #expect(facts.textBlocks.map(\.text) == ["SIRET", "123 456 789 00012"])
        #expect(facts.textBlocks.map(\.tag) == ["td", "td"])
    }

    @Test func unclosedTagsStillGiveBlocks() {
        let facts = Support.parse("<body><p>Un<p>Deux<li>Trois<div>Quatre")
        #expect(facts.textBlocks.map(\.text) == ["Un", "Deux", "Trois", "Quatre"])
    }

    @Test func titleLangMetasAndCanonical() {
        let html = """
        <!DOCTYPE html><html lang="fr-FR"><head><title> Accueil  –  Dupont </title><title>Second</title>
        <meta name="description" content="Plombier à Lyon"><meta property="og:title" content="Dupont">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="canonical" href="/accueil"><link rel="stylesheet" href="css/site.css" media="screen">
        <link rel="icon apple-touch-icon" href="//cdn.example.fr/i.png"></head><body></body></html>
        """
        let facts = Support.parse(html, url: "https://www.example.fr/dir/page.html")
        #expect(facts.title == "Accueil – Dupont")
        #expect(facts.titleCount == 2)
        #expect(facts.lang == "fr-FR")
        #expect(facts.meta(named: "description") == "Plombier à Lyon")
        #expect(facts.metas.contains { $0.property == "og:title" && $0.content == "Dupont" })
        #expect(facts.canonical == "https://www.example.fr/accueil")
        #expect(facts.stylesheets.first { $0.isStylesheet }?.href == "https://www.example.fr/dir/css/site.css")
        #expect(facts.stylesheets.first { $0.isStylesheet }?.media == "screen")
        #expect(facts.stylesheets.first { $0.rel.contains("icon") }?.href == "https://cdn.example.fr/i.png")
        #expect(facts.stylesheets.first { $0.rel.contains("icon") }?.rel == ["icon", "apple-touch-icon"])
    }

    @Test func svgTitleIsNotThePageTitle() {
        let facts = Support.parse("<html><head><title>Page</title></head><body><svg><title>Logo</title></svg></body></html>")
        #expect(facts.title == "Page")
        #expect(facts.titleCount == 1)
        #expect(facts.media.first?.textAlternative == "Logo")
    }

    @Test func blockquotesTablesAndIds() {
        let html = #"<table width="800"><tr><td><blockquote class="avis">Très bon <b>artisan</b></blockquote></td></tr></table><span id="x" class="a b"></span>"#
        let facts = Support.parse(html)
        #expect(facts.blockquotes == ["Très bon artisan"])
        #expect(facts.tableWidths == ["800"])
        #expect(facts.ids == ["x"])
        #expect(facts.classes == ["a", "b", "avis"])
    }

    @Test func bodyStyleAttributeIsKept() {
        let facts = Support.parse(#"<html style="min-width:1024px"><body style="width: 980px"><p>x</p></body></html>"#)
        #expect(facts.inlineStyles == ["min-width:1024px", "width: 980px"])
    }
}

@Suite struct TextBoundaryTests {
    @Test func adjacentLinksDoNotRunTogether() {
        let facts = Support.parse(#"<footer><p><a href="/m">Mentions légales</a><a href="/c">Contact</a> | voir <a href="/cg">nos conditions</a>.</p></footer>"#)
        #expect(facts.textBlocks.first?.text == "Mentions légales Contact | voir nos conditions.")
    }

    @Test func inlineFormattingStillJoinsWords() {
        let facts = Support.parse("<p>SIRE<b>T</b> : 123<i>45</i></p>")
        #expect(facts.fullText == "SIRET : 12345")
    }
}

@Suite struct WrapperStyleTests {
    @Test func wrapperWidthsAreKept() {
        let html = #"<body><div id="wrapper" style="width: 960px; margin: auto"><div style="width:300px"><p style="width:10px">x</p></div></div><span style="color:red">y</span></body>"#
        let facts = Support.parse(html)
        #expect(facts.inlineStyles == ["width: 960px; margin: auto", "width:300px"])
    }
}

@Suite struct FooterTextTests {
    @Test func linksAfterAParagraphFormTheFooterOwnBlock() {
        let html = #"<body><main><p>x</p></main><footer><p>Atelier Dupont SARL</p><a href="/m">Mentions légales</a> <a href="/cgv">CGV</a></footer></body>"#
        let facts = Support.parse(html)
        #expect(facts.text(in: .footer) == "Atelier Dupont SARL\nMentions légales CGV")
    }
}
