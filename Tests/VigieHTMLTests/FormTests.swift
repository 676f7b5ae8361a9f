import Testing
import VigieCore
@testable import VigieHTML

@Suite struct FormTests {
    @Test func labelsAllFourWays() throws {
        let html = """
        <p>Demandez un devis gratuit</p>
        <form action="/contact/envoyer" method="POST" id="devis" class="form wide">
          <label for="nom">Votre nom</label><input type="text" id="nom" name="nom" required autocomplete="name">
          <label>Email <input type="email" name="email" placeholder="vous@exemple.fr"></label>
          <input type="tel" name="tel" aria-label="Téléphone">
          <span id="msg-l">Votre</span> <span id="msg-l2">message</span><textarea name="msg" aria-labelledby="msg-l msg-l2"></textarea>
          <input type="hidden" name="token" value="x">
          <select name="sujet" id="sujet"><option>Devis</option><option>Autre</option></select><label for="sujet">Sujet</label>
          <input type="checkbox" name="rgpd" id="rgpd"><label for="rgpd">J'accepte la <a href="/confidentialite">politique de confidentialité</a></label>
          <input name="sans">
          <button>Envoyer <b>ma demande</b></button><input type="submit" value="Valider"><input type="image" src="/ok.png" alt="OK">
          <button type="button">Effacer</button>
        </form>
        <p>Vos données sont traitées par Dupont SARL. <a href="/mentions">Mentions</a></p><p>Plus loin</p>
        """
        let facts = Support.parse(html, url: "https://www.example.fr/contact")
        let form = try #require(facts.forms.first)
        #expect(form.action == "https://www.example.fr/contact/envoyer")
        #expect(form.method == "post")
        #expect(form.id == "devis")
        #expect(form.classes == ["form", "wide"])
        #expect(form.fields.map(\.type) == ["text", "email", "tel", "textarea", "hidden", "select", "checkbox", "text"])
        #expect(form.fields.map(\.label) == [
            "Votre nom", "Email", "Téléphone", "Votre message", nil, "Sujet", "J'accepte la politique de confidentialité", nil,
        ])
        #expect(form.fields[0].required)
        #expect(form.fields[0].autocomplete == "name")
        #expect(form.fields[1].placeholder == "vous@exemple.fr")
        #expect(form.fields[3].tag == "textarea")
        #expect(form.fields[5].tag == "select")
        #expect(form.submits.map(\.label) == ["Envoyer ma demande", "Valider", "OK"])
        #expect(form.submits.map(\.tag) == ["button", "input", "input"])
        #expect(form.surroundingText.hasPrefix("Demandez un devis gratuit\n"))
        #expect(form.surroundingText.contains("J'accepte la politique de confidentialité"))
        #expect(form.surroundingText.hasSuffix("Vos données sont traitées par Dupont SARL. Mentions"))
        #expect(!form.surroundingText.contains("Plus loin"))
        #expect(form.nearbyLinks.map(\.label) == ["politique de confidentialité", "Mentions"])
        #expect(facts.buttons.isEmpty)
    }

    @Test func formWithoutActionPostsToThePage() throws {
        let facts = Support.parse("<form><input type=search name=q></form>", url: "https://www.example.fr/recherche?x=1")
        let form = try #require(facts.forms.first)
        #expect(form.action == "https://www.example.fr/recherche?x=1")
        #expect(form.method == "get")
        #expect(form.fields.first?.type == "search")
    }

    @Test func nestedFormsDoNotCrashAndKeepFields() {
        let html = "<form id=a action=/a><input name=x><div><form id=b action=/b><input name=y></form></div><input name=z></form>"
        let facts = Support.parse(html)
        #expect(facts.forms.first?.id == "a")
        let names = facts.forms.flatMap(\.fields).compactMap(\.name)
        #expect(names.contains("x") && names.contains("y"))
    }

    @Test func buttonsOutsideForms() {
        let html = """
        <div id="cmp"><button id="accept" class="btn" data-action="accept">Tout accepter</button>
        <button onclick="refuse()" aria-label="Refuser les cookies"><svg></svg></button>
        <input type="button" value="Personnaliser"><span role="button" tabindex="0">Fermer</span></div>
        """
        let facts = Support.parse(html)
        #expect(facts.buttons.map(\.label) == ["Tout accepter", "Refuser les cookies", "Personnaliser", "Fermer"])
        #expect(facts.buttons[0].id == "accept")
        #expect(facts.buttons[0].attributes["data-action"] == "accept")
        #expect(facts.buttons[1].attributes["onclick"] == "refuse()")
        #expect(facts.buttons[2].tag == "input")
        #expect(facts.buttons[3].tag == "span")
        #expect(facts.buttons[0].path == "div button")
    }
}

@Suite struct MediaAndScriptTests {
    @Test func images() throws {
        let html = """
        <picture><source srcset="a.webp"><img src="a.jpg" alt="" width="300" height="200" class="hero" id="h"></picture>
        <img src="b.jpg"><img data-src="/lazy.jpg" srcset="c-1x.jpg 1x, c-2x.jpg 2x" sizes="100vw" alt="Chantier">
        """
        let facts = Support.parse(html, url: "https://www.example.fr/")
        #expect(facts.images.count == 3)
        #expect(facts.images[0].alt == "")
        #expect(facts.images[0].inPicture)
        #expect(facts.images[0].width == "300")
        #expect(facts.images[0].classes == ["hero"])
        #expect(facts.images[0].id == "h")
        #expect(facts.images[1].alt == nil)
        #expect(!facts.images[1].inPicture)
        #expect(facts.images[2].src == "https://www.example.fr/lazy.jpg")
        #expect(facts.images[2].srcset == "c-1x.jpg 1x, c-2x.jpg 2x")
        #expect(facts.images[2].sizes == "100vw")
    }

    @Test func mediaAndIframes() {
        let html = """
        <video controls><source src="/v.mp4"><track kind="captions" label="Français"></video><audio src="a.mp3" title="Podcast"></audio>
        <object data="plan.pdf">Plan</object><embed src="x.swf">
        <iframe src="https://www.youtube.com/embed/x" title="Vidéo" data-cookieconsent="marketing"></iframe><iframe src="about:blank"></iframe>
        """
        let facts = Support.parse(html, url: "https://www.example.fr/")
        #expect(facts.media.map(\.tag) == ["video", "audio", "object", "embed"])
        #expect(facts.media[0].src == "https://www.example.fr/v.mp4")
        #expect(facts.media[0].textAlternative == "Français")
        #expect(facts.media[1].textAlternative == "Podcast")
        #expect(facts.media[2].src == "https://www.example.fr/plan.pdf")
        #expect(facts.iframes.count == 2)
        #expect(facts.iframes[0].src == "https://www.youtube.com/embed/x")
        #expect(facts.iframes[0].title == "Vidéo")
        #expect(facts.iframes[0].attributes["data-cookieconsent"] == "marketing")
        #expect(facts.iframes[1].src == nil)
        #expect(!facts.fullText.contains("Plan"))
    }

    @Test func scripts() throws {
        let html = """
        <head><script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
        <script type="text/plain" data-cookieconsent="statistics">ga('x')</script></head>
        <body><footer><script>var t = "</div>";</script></footer></body>
        """
        let facts = Support.parse(html)
        #expect(facts.scripts.count == 3)
        #expect(facts.scripts[0].src == "https://www.googletagmanager.com/gtag/js?id=G-1")
        #expect(facts.scripts[0].attributes["async"] != nil)
        #expect(facts.scripts[1].type == "text/plain")
        #expect(facts.scripts[1].attributes["data-cookieconsent"] == "statistics")
        #expect(facts.scripts[1].inlineText == "ga('x')")
        #expect(facts.scripts[2].zone == .footer)
        #expect(facts.scripts[2].inlineText == "var t = \"</div>\";")
    }

    @Test func schemaTypes() {
        let html = """
        <div itemscope itemtype="https://schema.org/LocalBusiness"><span itemprop="review" itemscope itemtype="http://schema.org/Review"></span></div>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","address":{"@type":"PostalAddress"}},
        {"@type":["WebSite","Thing"]}]}</script>
        <script type="application/ld+json">[{"@type":"schema:BreadcrumbList"}]</script>
        <script type="application/ld+json">{ not json </script>
        """
        let facts = Support.parse(html)
        #expect(facts.schemaTypes == ["LocalBusiness", "Review", "Organization", "PostalAddress", "WebSite", "Thing", "BreadcrumbList"])
    }

    @Test func articles() {
        let html = """
        <article><h2>A</h2><time datetime="2024-05-01">1er mai</time></article><article><h2>B</h2></article>
        <section class="actualites"><article><h3>C</h3></article></section>
        """
        let facts = Support.parse(html)
        #expect(facts.articleCount == 2)
    }
}

@Suite struct IconButtonTests {
    @Test func svgTitleNamesAButton() {
        let facts = Support.parse(#"<div><button class="close"><svg viewBox="0 0 1 1"><title>Fermer</title><path d=""/></svg></button></div>"#)
        #expect(facts.buttons.first?.label == "Fermer")
    }
}
