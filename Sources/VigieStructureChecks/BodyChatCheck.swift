import Foundation
import VigieCheckKit
import VigieCore

/// `body.chat`: a chatbot / live chat (known widget by signature) or a callback request ("être rappelé").
enum BodyChatCheck {
    static let meta = CheckMeta(
        id: "body.chat", module: .structure,
        title: Localized(fr: "Chat en ligne ou demande de rappel", en: "Live chat or callback request"),
        passTitle: Localized(fr: "Chat en ligne ou demande de rappel", en: "Live chat or callback request"),
        failTitle: Localized(fr: "Pas de chat ni de demande de rappel", en: "No live chat or callback request"),
        explanation: Localized(
            fr: "Un chat (conseiller ou chatbot) ou un formulaire « être rappelé » répond au visiteur au moment où il hésite : un contact immédiat, sans décrocher son téléphone.",
            en: "A chat (agent or chatbot) or a \"call me back\" form answers visitors when they hesitate: immediate contact without picking up the phone."),
        remedy: Localized(
            fr: "Ajouter un chat en ligne ou un formulaire de rappel (« Être rappelé gratuitement »).",
            en: "Add a live chat or a callback form (\"Get a free call back\")."),
        reference: "Grille d'audit BTS NDRC (relation client à distance, digitalisation)", severity: .notice, section: .body, gridZone: .body)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("Crisp chat", expect: .pass, html: #"<html><body><main><h1>A</h1></main><script>window.$crisp=[];window.CRISP_WEBSITE_ID="x";</script><script src="https://client.crisp.chat/l.js" async></script></body></html>"#),
            CheckExample("callback form", expect: .pass, html: #"<html><body><main><h1>A</h1><form method="post"><h2>Être rappelé gratuitement</h2><label>Téléphone <input type="tel" name="tel"></label><button>Me rappeler</button></form></main></body></html>"#),
            CheckExample("Tawk.to loaded through tarteaucitron", expect: .pass, html: #"<html><body><main><h1>A</h1></main><script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"privacyUrl":"/mentions-legales/"});</script><script>tarteaucitron.user.tawktoId = '683d50ca52af751911b6a5c4'; (tarteaucitron.job = tarteaucitron.job || []).push('tawkto');</script></body></html>"#),
            CheckExample("nothing", expect: .fail, html: "<html><body><main><h1>A</h1><p>Texte</p></main></body></html>"),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        let rules = context.rules.pack(StructureWords.self)
        let presence = Presence(
            meta: meta, zone: .body,
            strength: { Localized(fr: "Contact immédiat possible : \($0)", en: "Immediate contact possible: \($0)") },
            homeWeakness: Localized(fr: "Pas de chat en ligne ni de demande de rappel", en: "No live chat or callback request"),
            siteWeakness: Localized(fr: "Pas de chat en ligne ni de demande de rappel sur le site", en: "No live chat or callback request on the site"),
            found: { Localized(fr: "Contact immédiat trouvé : \($0).", en: "Immediate contact found: \($0).") },
            missing: Localized(
                fr: "Aucun widget de chat connu ni formulaire de rappel dans le HTML (un chat chargé par un gestionnaire de balises ne se voit pas).",
                en: "No known chat widget or callback form in the HTML (a chat loaded through a tag manager cannot be seen)."))
        var widgets = WidgetMatcher(rules.chatWidgets, readsInlineScripts: true)
        let callbackTerms = StructureText.Terms(rules.sections.callback)
        var callbackTerm = Memo(callbackTerms.first(in:))
        return presence.run(context) { page in
            if let widget = widgets.first(in: page.facts) {
                return .init(excerpt: widget.excerpt, selector: "script", label: "chat \(widget.name)")
            }
            if let form = page.facts.forms.first(where: { form in
                callbackTerms.first(in: form.surroundingText + " " + form.submits.map(\.label).joined(separator: " ")) != nil
            }) {
                return .init(excerpt: Evidence.clip(form.surroundingText), selector: form.id.map { "form#\($0)" } ?? "form", label: "demande de rappel")
            }
            if let link = page.facts.links.first(where: { callbackTerm($0.label) != nil }) {
                return .init(excerpt: "<a href=\"\(link.href)\">\(link.label)</a>", selector: nil, label: "demande de rappel")
            }
            return nil
        }
    }
}
