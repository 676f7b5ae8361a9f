import VigieCheckKit
import VigieCore

/// A first step into German law: the core items of an Impressum (§ 5 DDG) — name, address, e-mail,
/// register entry and VAT ID — read under the same `legal.*` ids when the site is German.
enum ImpressumReader {
    static let reference = "§ 5 DDG"
    static let legalForm = TextPattern(#"\p{Lu}[\p{L}&' .\-]{1,50}\s(?:GmbH(?: & Co\. KG)?|AG|UG \(haftungsbeschränkt\)|UG|KG|OHG|GbR|e\.\s?K\.|e\.\s?V\.|mbH)(?![\p{L}])"#)
    /// "Musterstraße 12, 10115 Berlin": street and number, then a 5-digit postcode and a town.
    static let address = TextPattern(#"\p{L}[\p{L}.\- ]{2,40}(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt)\s+\d{1,4}\s?[a-z]?,?\s*\n?\s*\d{5}\s+\p{Lu}[\p{L}\- ]+"#, caseInsensitive: true)
    static let register = TextPattern(#"\b(?:HRB|HRA|GnR|PR|VR)\s?\d{2,6}\s?[A-Z]?\b|Handelsregister[^\n]{0,60}|Registergericht[^\n]{0,60}"#)
    static let vat = TextPattern(#"\bDE[\s\u00A0]?\d{3}[\s\u00A0]?\d{3}[\s\u00A0]?\d{3}\b"#)
    static let nameLabels = ["angaben gem", "anbieter:", "betreiber:", "diensteanbieter", "verantwortlich i.s.d.", "inhaber:"]

    static func name(_ facts: LegalFacts) -> LegalMention.Found? {
        LegalMention.matched(legalForm, facts.corpus.publisher) ?? LegalMention.labelled(nameLabels, facts.corpus.publisher)
    }

    static func addressFound(_ facts: LegalFacts) -> LegalMention.Found? {
        LegalMention.matched(address, facts.corpus.publisher) ?? LegalMention.matched(facts.addresses.postcodeLine, facts.corpus.publisher)
    }

    /// The legal form (Rechtsform) of § 5 DDG: "GmbH", "UG (haftungsbeschränkt)", "e. V."…
    static let form = TextPattern(#"\b(?:GmbH(?: & Co\. KG)?|AG|UG \(haftungsbeschränkt\)|UG|KG|OHG|GbR|PartG(?:mbB)?|e\.\s?K\.|e\.\s?V\.|mbH)(?![\p{L}])"#)
    /// A German number: "0157 923 87 055", "(0941) 123 45-6", "+49 941 123456".
    static let phone = TextPattern(#"(?:\+49[\s\u00A0]?(?:\(0\))?|\(?\b0)\d{2,5}\)?[\s\u00A0/\-]?\d[\d\s\u00A0\-]{3,}\d"#)

    static func formFound(_ facts: LegalFacts) -> LegalMention.Found? {
        LegalMention.matched(form, facts.corpus.publisher)
    }

    static func phoneFound(_ facts: LegalFacts) -> LegalMention.Found? {
        LegalMention.matched(phone, facts.corpus.publisher) ?? LegalMention.matched(PublisherChecks.internationalPhone, facts.corpus.publisher)
    }

    static func vatFound(_ facts: LegalFacts) -> LegalMention.Found? {
        LegalMention.matched(vat, facts.corpus.publisher)
    }

    /// A German site with its Impressum linked from the footer.
    static let example: [CheckExample.Page] = [
        CheckExample.Page("/", #"<html lang="de"><body><main><p>Willkommen</p></main><footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer></body></html>"#),
        CheckExample.Page("/impressum", #"""
            <html lang="de"><body><main><h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p>
            <p>Bäckerei Müller GmbH<br>Hauptstraße 12<br>10115 Berlin</p>
            <p>E-Mail: info@mueller-backen.de</p>
            <p>Handelsregister: Amtsgericht Charlottenburg, HRB 123456 B</p>
            <p>Umsatzsteuer-ID: DE 123 456 789</p></main></body></html>
            """#),
    ]
}
