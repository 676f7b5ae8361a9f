/// A crawl error (`PageRecord.error`, `kind: detail`, as the JSON keeps it) told to people in the report's language:
/// the kind becomes a localised phrase; the detail, a machine message from libcurl or the crawler, follows it
/// verbatim between quotes, like any text Vigie quotes.
public enum CrawlErrorText {
    /// « délai dépassé (“Operation timed out after 30000 milliseconds”) » / "timed out (…)".
    public static func describe(_ error: String) -> Localized {
        let kind: Substring
        let detail: Substring
        if let colon = error.firstIndex(of: ":") {
            kind = error[..<colon]
            detail = error[error.index(after: colon)...].drop { $0 == " " }
        } else {
            kind = Substring(error)
            detail = ""
        }
        guard let phrase = phrases[String(kind)] else { return .verbatim(error) }
        let quoted = detail.isEmpty ? "" : " (“\(detail)”)"
        return Localized(fr: phrase.fr + quoted, en: phrase.en + quoted)
    }

    /// The phrase for each kind of failure the fetcher and the crawler record.
    static let phrases: [String: Localized] = [
        "timeout": Localized(fr: "délai dépassé", en: "timed out"),
        "refused": Localized(fr: "connexion refusée", en: "connection refused"),
        "dns": Localized(fr: "nom de domaine introuvable", en: "host name not found"),
        "tls": Localized(fr: "échec de la connexion chiffrée (TLS)", en: "secure connection (TLS) failed"),
        "connection": Localized(fr: "connexion interrompue", en: "connection broken"),
        "too-large": Localized(fr: "page trop volumineuse, lue en partie", en: "page too large, read in part"),
        "protocol-not-allowed": Localized(fr: "adresse refusée", en: "address refused"),
        "redirect-loop": Localized(fr: "boucle de redirections", en: "redirect loop"),
        "too-many-redirects": Localized(fr: "trop de redirections", en: "too many redirects"),
        "redirect-not-http": Localized(fr: "redirection vers une adresse ni http ni https", en: "redirect to an address that is neither http nor https"),
        "other": Localized(fr: "échec du transfert", en: "transfer failed"),
        "no-answer": Localized(fr: "aucune réponse", en: "no answer"),
    ]
}
