import VigieCheckKit
import VigieCore

/// The text where legal mentions are read: the legal-notice pages first, then the home page's footer
/// (legal text placed directly in the footer of every page). Each block is folded once and marked as
/// belonging to the host's section or not.
struct LegalCorpus: Sendable {
    /// One block of text, original and folded, with where it came from.
    struct Segment: Sendable {
        var text: String
        var folded: String
        var url: String
        var zone: Zone
        /// Inside the host's section (after a "Hébergement" heading or label, until the next heading).
        var isHost: Bool
        var isHeading: Bool
        /// Inside a third party's block: the web agency, the registrar, the credits (never the publisher's).
        var isThirdParty = false
    }

    /// Labels that open the host's section, and those that close it (`rules/legal.yml`, folded).
    let hostLabels: [String]
    let publisherLabels: [String]
    let thirdPartyLabels: [String]
    let placeholderWords: [String]
    /// Blocks of template text left in place (« à compléter »): read for nothing, quoted when a mention is missing.
    var placeholders: [Segment] = []

    var segments: [Segment] = []
    /// The pages that were read, legal notice pages first.
    var pagesRead: [String] = []
    /// A legal-notice link to another origin whose page could not be read (not on the audited site):
    /// a mention not found is then `unknown`, never `fail`.
    var unreadNotice: LegalPages.Found?
    /// Why a legal-notice page of the audited site was not read (`robots.txt`, `HTTP 404`, a crawl error,
    /// `not-read` under the page limit); nil when the link leads to another origin.
    var unreadReason: String?

    /// Distinct footers read at most (sites have one or a few footer templates).
    static let footerLimit = 20

    /// An empty corpus, split with the labels of `words`.
    init(words: LegalWords) {
        hostLabels = words.hostLabels
        publisherLabels = words.publisherLabels
        thirdPartyLabels = words.thirdPartyLabels
        placeholderWords = words.placeholderWords
    }

    /// The legal notice pages' main text, then every distinct footer of the site (legal text placed
    /// directly in the footer, common on small sites; templates differ between shop and blog pages).
    init(snapshot: SiteSnapshot, legalPages: LegalPages, words: LegalWords) {
        self.init(words: words)
        var notice = legalPages.pages(.legalNotice, in: snapshot)
        let elsewhere = legalPages.otherOrigin(.legalNotice, in: snapshot)
        if !elsewhere.isEmpty {
            // A link to another origin: the same path is read on the audited site when it was crawled.
            let read = Set(notice.map(\.record.url))
            let same = legalPages.samePath(elsewhere, in: snapshot).filter { !read.contains($0.record.url) }
            notice += same
            if notice.isEmpty { unreadNotice = elsewhere[0] }
        }
        if notice.isEmpty, unreadNotice == nil, let linked = legalPages.links[.legalNotice]?.first(where: \.byLabel) {
            // Linked but not read (robots.txt, an HTTP error, the page limit): nothing is failed on it.
            unreadNotice = linked
            let record = snapshot.pages.first { $0.url == linked.url }
            unreadReason = record.map { $0.excludedByRobots ? "robots.txt" : $0.status == 0 ? ($0.error ?? "no-answer") : "HTTP \($0.status)" } ?? "not-read"
        }
        if notice.isEmpty {
            // No legal-notice page: the mentions are often in the CGV or CGU page (« CGV et mentions légales »).
            notice = legalPages.pages(.cgv, in: snapshot) + legalPages.pages(.cgu, in: snapshot)
        }
        for page in notice {
            appendPage(page.facts.textBlocks, url: page.record.url)
        }
        var footers: Set<String> = []
        for (record, facts) in snapshot.htmlPages where footers.count < Self.footerLimit {
            var footer = ""
            for block in facts.textBlocks where block.zone == .footer { footer += block.text + "\n" }
            guard !footer.isEmpty, footers.insert(footer).inserted else { continue }
            pagesRead.append(record.url + LegalFacts.footerMark)
            append(facts.textBlocks, url: record.url, onlyFooter: true)
        }
    }

    /// Adds a page's main text (header, navigation and footer left out).
    mutating func appendPage(_ blocks: [TextBlock], url: String) {
        pagesRead.append(url)
        append(blocks, url: url, onlyFooter: false)
    }

    private mutating func append(_ blocks: [TextBlock], url: String, onlyFooter: Bool) {
        var hostMode = false
        var thirdPartyMode = false
        var previousTag = ""
        // A legal page whose text the layout puts in what reads as its footer (a page builder's blocks): when
        // the main text is next to nothing, the footer blocks are that page's text.
        let keepFooter = !onlyFooter && Self.mainCharacters(blocks) < Self.minimumMainText && Self.footerCharacters(blocks) >= Self.minimumFooterText
        for block in blocks where !onlyFooter || block.zone == .footer {
            if !onlyFooter, block.zone == .footer && !keepFooter || block.zone == .header || block.zone == .nav { continue }
            defer { previousTag = block.tag }
            // A value in the cell after its label (`<dt>SIRET</dt><dd>…</dd>`, `<th>RCS</th><td>…</td>`) is
            // read as one line, "SIRET …", like a label and value written in one paragraph.
            if block.tag == "dd" && previousTag == "dt" || block.tag == "td" && previousTag == "th", var label = segments.popLast() {
                label.text += " " + block.text
                label.folded = FoldedText.fold(label.text)
                segments.append(label)
                continue
            }
            var text = block.text
            var folded = FoldedText.fold(text)
            if FoldedText.firstMatch(folded, placeholderWords) != nil {
                // Template text: its lines are quoted when a mention is missing, the other lines are read.
                var kept: [Substring] = []
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let foldedLine = FoldedText.fold(String(line))
                    if FoldedText.firstMatch(foldedLine, placeholderWords) != nil {
                        placeholders.append(Segment(text: String(line), folded: foldedLine, url: url, zone: block.zone, isHost: hostMode, isHeading: false))
                    } else {
                        kept.append(line)
                    }
                }
                text = kept.joined(separator: "\n")
                guard !text.trimmed(of: []).isEmpty else { continue }
                folded = FoldedText.fold(text)
            }
            let heading = block.tag.count == 2 && block.tag.hasPrefix("h") && block.tag != "hr"
            let opening = String(folded.prefix(40))
            if heading {
                hostMode = FoldedText.firstMatch(folded, hostLabels) != nil
                thirdPartyMode = !hostMode && FoldedText.firstMatch(folded, thirdPartyLabels) != nil
                segments.append(Segment(text: text, folded: folded, url: url, zone: block.zone, isHost: hostMode, isHeading: true, isThirdParty: thirdPartyMode))
                continue
            }
            // A publisher label closes the host's section when it opens the block (« Éditeur : … »), not when it
            // tells who publishes the host's own service (« LeVillage.Org est un service édité par VEZIM SARL »).
            if FoldedText.firstMatch(hostMode ? String(folded.prefix(14)) : opening, publisherLabels) != nil { hostMode = false; thirdPartyMode = false }
            // "Conception et réalisation : Agence …": that block (and, for a label alone, the next ones) is a third party's.
            if FoldedText.firstMatch(opening, thirdPartyLabels) != nil, FoldedText.firstMatch(opening, hostLabels) == nil {
                segments.append(Segment(text: text, folded: folded, url: url, zone: block.zone, isHost: false, isHeading: false, isThirdParty: true))
                if folded.count < 40 { thirdPartyMode = true; hostMode = false }
                continue
            }
            // A byte search first: most blocks name no host, and Foundation's search (for the offsets) is slow.
            if FoldedText.firstMatch(folded, hostLabels) != nil,
               let range = hostLabels.compactMap({ folded.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
                if offset > 0 {
                    let cut = text.index(text.startIndex, offsetBy: offset)
                    let fcut = folded.index(folded.startIndex, offsetBy: offset)
                    segments.append(Segment(text: String(text[..<cut]), folded: String(folded[..<fcut]), url: url, zone: block.zone, isHost: hostMode, isHeading: false))
                    segments.append(Segment(text: String(text[cut...]), folded: String(folded[fcut...]), url: url, zone: block.zone, isHost: true, isHeading: false))
                } else {
                    segments.append(Segment(text: text, folded: folded, url: url, zone: block.zone, isHost: true, isHeading: false))
                }
                // « L'hébergement du Site, l'édition et la direction de la publication sont assurées par … »:
                // one block for both roles is read as the publisher's too.
                if let host = segments.last, FoldedText.firstMatch(host.folded, publisherLabels) != nil {
                    segments.append(Segment(text: host.text, folded: host.folded, url: url, zone: block.zone, isHost: false, isHeading: false))
                }
                // A label alone ("Hébergeur :") opens the host's section for the next blocks.
                if folded.count - offset < 20 { hostMode = true }
                continue
            }
            segments.append(Segment(text: text, folded: folded, url: url, zone: block.zone, isHost: hostMode, isHeading: false, isThirdParty: thirdPartyMode))
        }
    }

    /// Below this many characters of main text, a legal page's footer blocks are read as its text.
    static let minimumMainText = 200

    /// A footer this long on a page without main text holds the page's own text (a template footer is shorter).
    static let minimumFooterText = 1500

    static func footerCharacters(_ blocks: [TextBlock]) -> Int {
        var count = 0
        for block in blocks where block.zone == .footer {
            count += block.text.utf8.count
            if count >= minimumFooterText { break }
        }
        return count
    }

    /// Characters of a page's text outside the header, navigation and footer.
    static func mainCharacters(_ blocks: [TextBlock]) -> Int {
        var count = 0
        for block in blocks where block.zone != .footer && block.zone != .header && block.zone != .nav {
            count += block.text.utf8.count
            if count >= minimumMainText { break }
        }
        return count
    }

    /// The first segment whose folded text holds one of the folded `words`.
    func first(_ words: [String]) -> Segment? {
        segments.first { FoldedText.firstMatch($0.folded, words) != nil }
    }

    /// The folded `words` found anywhere in the text.
    func present(_ words: [String]) -> [String] {
        words.filter { word in segments.contains { StructureText.containsBytes($0.folded, word) } }
    }

    /// The publisher's segments (outside the host's section).
    var publisher: [Segment] { segments.filter { !$0.isHost && !$0.isThirdParty } }
    var host: [Segment] { segments.filter(\.isHost) }

    /// The value written after the first of `labels` (folded), in `segments`: the rest of the block,
    /// else the next block when the label stands alone (a `<dt>`, a `<strong>` line).
    static func value(after labels: [String], in segments: [Segment]) -> (value: String, segment: Segment)? {
        for (index, segment) in segments.enumerated() {
            guard let label = labels.compactMap({ segment.folded.range(of: $0) }).first else { continue }
            let offset = segment.folded.distance(from: segment.folded.startIndex, to: label.upperBound)
            let rest = String(segment.text.dropFirst(offset))
            var value = clean(rest)
            if value.isEmpty, index + 1 < segments.count, !segments[index + 1].isHeading {
                // A heading or label alone: the value is the next block, unless that block repeats the
                // label ("Directeur de la publication : …" under a heading of the same name).
                if labels.contains(where: { StructureText.containsBytes(segments[index + 1].folded, $0) }) { continue }
                value = clean(segments[index + 1].text)
            }
            if !value.isEmpty { return (value, segment) }
        }
        return nil
    }

    /// Trims label punctuation and cuts a value at the end of its line or sentence.
    static func clean(_ text: String) -> String {
        var value = Substring(text)
        while let first = value.first, first == ":" || first == " " || first == "-" || first == "–" || first == "\u{00A0}" || first == "," || first == "\n" || first == "—" {
            value = value.dropFirst()
        }
        if let end = value.firstIndex(where: { $0 == "\n" || $0 == "|" || $0 == "•" }) { value = value[..<end] }
        if let dot = value.range(of: ". ") { value = value[..<dot.lowerBound] }
        if let dash = value.range(of: " – ") ?? value.range(of: " - ") ?? value.range(of: " — ") { value = value[..<dash.lowerBound] }
        return String(value.prefix(120)).trimmed(of: [" ", ".", ",", ";", ":"])
    }

    /// The first match of `pattern` in the segments' original text, with its segment.
    static func first(_ pattern: TextPattern, in segments: [Segment]) -> (match: String, groups: [String], segment: Segment)? {
        for segment in segments {
            if let found = pattern.first(in: segment.text) { return (found.match, found.groups, segment) }
        }
        return nil
    }
}

extension String {
    func trimmed(of set: Set<Character>) -> String {
        var value = Substring(self)
        while let first = value.first, set.contains(first) || first.isWhitespace { value = value.dropFirst() }
        while let last = value.last, set.contains(last) || last.isWhitespace { value = value.dropLast() }
        return String(value)
    }
}
