import Foundation
import VigieCheckKit
import VigieCore

/// `page.charset`: the encoding is declared (HTTP header, BOM or `<meta charset>`) and the page decodes cleanly.
enum PageCharsetCheck {
    static let meta = CheckMeta(
        id: "page.charset", module: .page,
        title: Localized(fr: "Encodage des caractères", en: "Character encoding"),
        passTitle: Localized(fr: "Encodage des caractères déclaré", en: "Character encoding declared"),
        failTitle: Localized(fr: "Encodage des caractères absent, tardif ou faux ({pages})", en: "Character encoding missing, late or wrong ({pages})"),
        explanation: Localized(
            fr: "Sans encodage déclaré, le navigateur devine, et les accents peuvent s'afficher en « Ã© » ou en losanges « � ». Des octets qui ne se décodent pas donnent les mêmes losanges.",
            en: "Without a declared encoding the browser guesses, and accented letters may show as 'Ã©' or as '�' diamonds. Bytes that do not decode give the same diamonds."),
        remedy: Localized(
            fr: "Enregistrer les pages en UTF-8 et déclarer <meta charset=\"utf-8\"> en tête du <head> (et charset=utf-8 dans l'en-tête Content-Type).",
            en: "Save pages as UTF-8 and declare <meta charset=\"utf-8\"> first in <head> (and charset=utf-8 in the Content-Type header)."),
        reference: "HTML Living Standard §4.2.5.4 (character encoding declaration); WHATWG Encoding", severity: .warning)

    static let definition = CheckDefinition(
        meta: meta,
        examples: [
            CheckExample("meta charset", expect: .pass, html: #"<html><head><meta charset="utf-8"><title>Café</title></head><body><p>Crème brûlée</p></body></html>"#),
            CheckExample("header charset", expect: .pass, html: "<html><head><title>Café</title></head><body><p>Crème</p></body></html>",
                         headers: [HTTPHeader(name: "Content-Type", value: "text/html; charset=utf-8")]),
            CheckExample("nothing declared", expect: .fail, html: "<html><head><title>Café</title></head><body><p>Crème</p></body></html>"),
            CheckExample("replacement characters", expect: .fail, html: "<html><head><meta charset=\"utf-8\"></head><body><p>Cr\u{FFFD}me br\u{FFFD}l\u{FFFD}e</p></body></html>"),
            CheckExample("meta charset after 3 KB of inline script (vbcq)", expect: .warn,
                         html: "<html><head><script>var tarteaucitronConfig = {\(String(repeating: "\"hashtag\": \"#tarteaucitron\", ", count: 120))};</script><meta charset=\"utf-8\"><title>Café</title></head><body><p>Crème brûlée</p></body></html>"),
            CheckExample("header and markup disagree", expect: .warn, html: #"<html><head><meta charset="utf-8"></head><body><p>Crème</p></body></html>"#,
                         headers: [HTTPHeader(name: "Content-Type", value: "text/html; charset=iso-8859-1")]),
        ],
        run: run)

    @Sendable static func run(_ context: AuditContext) -> CheckResult {
        var level = PageLevel()
        for (record, facts) in context.snapshot.htmlPages {
            let encoding = facts.encoding
            let declared = [encoding.declaredInHeader.map { "Content-Type: charset=\($0)" }, encoding.declaredInMarkup.map { "<meta charset=\"\($0)\">" }]
                .compactMap { $0 }.joined(separator: ", ")
            if encoding.replacementCharacters > 0 {
                level.add(.fail, Evidence.note(record.url, Localized(
                    fr: "\(Plural.nfr(encoding.replacementCharacters, "caractère", "caractères")) « � » (octets non décodés en \(encoding.name))",
                    en: "\(Plural.nen(encoding.replacementCharacters, "character", "characters")) “�” (bytes not decoded as \(encoding.name))"), selector: "body"))
            } else if encoding.source == .defaultUTF8 || encoding.source == .fallbackWindows1252 {
                level.add(.fail, Evidence.note(record.url, Localized(fr: "aucun encodage déclaré (lu en \(encoding.name) par défaut)", en: "no encoding declared (read as \(encoding.name) by default)"), selector: "head"))
            } else if let header = encoding.declaredInHeader, let markup = encoding.declaredInMarkup, Self.canonical(header) != Self.canonical(markup) {
                level.add(.warn, Evidence(url: record.url, excerpt: declared, selector: "head > meta[charset]",
                                                          note: Localized(fr: "déclarations contradictoires, lu en \(encoding.name)", en: "contradictory declarations, read as \(encoding.name)")))
            } else if encoding.declaredLate {
                level.add(.warn, Evidence(url: record.url, excerpt: declared, selector: "head > meta[charset]",
                                          note: Localized(fr: "déclaré après les 1 024 premiers octets : le navigateur doit relire la page",
                                                          en: "declared after the first 1,024 bytes: the browser has to read the page again")))
            } else {
                level.add(.pass, Evidence(url: record.url, excerpt: declared.isEmpty ? "BOM \(encoding.name)" : declared, selector: "head"))
            }
        }
        return level.result(meta) { failing, total in
            failing == 0
                ? Localized(fr: "Encodage déclaré et texte bien décodé \(Plural.onEvery(total).fr).", en: "Encoding declared and text decoded cleanly \(Plural.onEvery(total).en).")
                : Localized(fr: "Encodage absent, déclaré trop tard, contradictoire ou texte mal décodé : \(Plural.pagesOf(failing, total).fr).", en: "Encoding missing, declared too late or contradictory, or text badly decoded: \(Plural.pagesOf(failing, total).en).")
        }
    }

    /// An encoding label reduced to the WHATWG encoding it names, for the common labels.
    static func canonical(_ label: String) -> String {
        let lower = label.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased()
        switch lower {
        case "utf8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8": return "utf-8"
        case "latin1", "l1", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "iso-ir-100", "us-ascii", "ascii", "ansi_x3.4-1968",
             "cp1252", "windows-1252", "x-cp1252", "cp819", "csisolatin1", "ibm819", "iso_8859-1:1987": return "windows-1252"
        case "latin9", "iso-8859-15", "iso8859-15", "iso_8859-15", "l9", "csisolatin9", "iso885915": return "iso-8859-15"
        default: return lower
        }
    }
}
