import VigieCore

/// Small example sites shared by the legal checks' examples.
enum LegalExamples {
    static let footer = #"<footer><a href="/mentions-legales">Mentions légales</a> · <a href="/cgv">CGV</a> · <a href="/confidentialite">Confidentialité</a></footer>"#

    /// A complete legal notice, with a label and value split over inline tags and line breaks.
    static let fullNotice = #"""
        <h1>Mentions légales</h1><h2>Éditeur</h2>
        <p>Le site est édité par <strong>Boulangerie Martin</strong> SARL au capital de 10&nbsp;000 €</p>
        <p>12 rue des Lilas<br>69003 Lyon</p>
        <p>Téléphone : <a href="tel:+33478000000">04 78 00 00 00</a> — contact@martin.fr</p>
        <p>RCS Lyon 732 829 320 — TVA intracommunautaire : FR44 732829320</p>
        <p><strong>Directrice de la publication</strong> :
        Anne Martin</p>
        <h2>Hébergement</h2>
        <p>OVH SAS, 2 rue Kellermann, 59100 Roubaix, +33 9 72 10 10 07</p>
        """#

    /// A two-page site: a home page whose footer links the notice, and the notice itself.
    static func site(_ notice: String, home: String = "<p>Bienvenue</p>") -> [CheckExample.Page] {
        [
            CheckExample.Page("/", "<html lang=\"fr\"><body><main>\(home)</main>\(footer)</body></html>"),
            CheckExample.Page("/mentions-legales", "<html lang=\"fr\"><body><main>\(notice)</main>\(footer)</body></html>"),
        ]
    }

    static let full = site(fullNotice)
    static let empty = site("<h1>Mentions légales</h1><p>Site en construction.</p>")
}
