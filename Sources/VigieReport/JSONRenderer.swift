import Foundation
import VigieCore

/// The machine-readable twin of the Markdown report, exactly per `report.schema.json` (schema_version 1),
/// with a few extra fields (check title and heading, module, section, grid zone, reference, remedy, table, assumption;
/// the evidence's note; site profile; module unknown counts; the strengths-and-weaknesses grids).
public enum JSONRenderer {
    public static let schemaVersion = 1

    /// The report as pretty-printed UTF-8 JSON with sorted keys (stable diffs): every site, or only `site`
    /// (for one file per site; an index out of range gives every site).
    public static func render(_ report: AuditReport, site index: Int? = nil) -> Data {
        let audits = index.flatMap { report.sites.indices.contains($0) ? [report.sites[$0]] : nil } ?? report.sites
        let document = Document(
            schemaVersion: schemaVersion,
            tool: Tool(name: "vigie", version: report.toolVersion),
            generatedAt: report.generatedAt,
            language: report.language.rawValue,
            sites: audits.map { Site($0, catalog: report.catalog, lang: report.language, generatedAt: report.generatedAt) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // A check's data could hold a NaN or an infinity, which JSON cannot: they are written as strings.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        // With non-finite numbers handled, every value is a struct, string, number, bool or JSONValue: encoding cannot fail.
        return (try? encoder.encode(document)) ?? Data()
    }

    struct Document: Encodable {
        var schemaVersion: Int
        var tool: Tool
        var generatedAt: String
        var language: String
        var sites: [Site]

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version", tool, generatedAt = "generated_at", language, sites
        }
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct Site: Encodable {
        var startUrl: String
        var finalUrl: String
        var profile: String
        var crawl: Crawl
        var checks: [Check]
        var pages: [Page]
        var score: Score
        var applicability: [String]
        /// What changed since the audit of `--compare-to` (the shape of `vigie diff --format json`'s sites).
        var sinceLast: DiffRenderer.Site?
        var grid: [String: [GridEntry]]

        enum CodingKeys: String, CodingKey {
            case startUrl = "start_url", finalUrl = "final_url", profile, crawl, checks, pages, score, applicability, grid
            case sinceLast = "since_last"
        }

        init(_ audit: SiteAudit, catalog: [String: CheckMeta], lang: ReportLanguage, generatedAt: String) {
            let snapshot = audit.snapshot
            startUrl = snapshot.startURL
            finalUrl = snapshot.homeURL
            profile = audit.profileName
            let stats = snapshot.crawl
            crawl = Crawl(pagesFetched: max(0, stats.pagesFetched), htmlPages: max(0, stats.htmlPages), errors: max(0, stats.errors),
                          durationS: max(0, stats.durationSeconds), stoppedBy: stats.stoppedBy.rawValue, notes: stats.notes,
                          mode: snapshot.mode.rawValue)
            checks = audit.results.map { Check($0, meta: catalog[$0.id], lang: lang) }
            pages = snapshot.pages.map(Page.init)
            score = Score(overall: Self.clamp(audit.scores.overall), modules: audit.scores.modules.mapValues(Self.clamp),
                          unknown: audit.scores.unknown)
            applicability = audit.applicability.map { $0.text(lang) }
            sinceLast = audit.sinceLast.map { DiffRenderer.Site($0, afterDate: generatedAt) }
            grid = Dictionary(uniqueKeysWithValues: AuditGrid.Scope.allCases.map { scope in
                let built = AuditGrid.build(scope, results: audit.results, catalog: catalog)
                return (scope.rawValue, built.rows.flatMap { row in
                    row.strengths.map { GridEntry(zone: row.zone.rawValue, kind: "strength", check: $0.checkId, text: $0.text.text(lang)) }
                        + row.weaknesses.map { GridEntry(zone: row.zone.rawValue, kind: "weakness", check: $0.checkId, text: $0.text.text(lang)) }
                })
            })
        }

        static func clamp(_ value: Double) -> Double {
            value.isFinite ? min(100, max(0, value)) : 0
        }
    }

    /// One strength or weakness of a grid, with the check it comes from.
    struct GridEntry: Encodable {
        var zone: String
        var kind: String
        var check: String
        var text: String
    }

    struct Crawl: Encodable {
        var pagesFetched: Int
        var htmlPages: Int
        var errors: Int
        var durationS: Double
        var stoppedBy: String
        var notes: [String]
        var mode: String

        enum CodingKeys: String, CodingKey {
            case pagesFetched = "pages_fetched", htmlPages = "html_pages", errors, durationS = "duration_s"
            case stoppedBy = "stopped_by", notes, mode
        }
    }

    struct Check: Encodable {
        var id: String
        var status: String
        var severity: String
        var message: String
        var evidence: [EvidenceItem]
        var data: [String: JSONValue]?
        var title: String?
        /// The title that states the finding (pass or fail title).
        var heading: String?
        var module: String?
        var section: String?
        var gridZone: String?
        var reference: String?
        var remedy: String?
        var table: Table?
        var assumption: String?

        enum CodingKeys: String, CodingKey {
            case id, status, severity, message, evidence, data, title, heading, module, section, gridZone = "grid_zone", reference, remedy, table, assumption
        }

        init(_ result: CheckResult, meta: CheckMeta?, lang: ReportLanguage) {
            id = result.id
            status = result.status.rawValue
            severity = result.severity.rawValue
            message = result.message.text(lang)
            evidence = result.evidence.map { EvidenceItem($0, lang: lang) }
            data = result.data.isEmpty ? nil : result.data
            title = meta?.title.text(lang)
            heading = meta?.heading(for: result).text(lang)
            module = (meta?.module ?? result.module)?.rawValue
            section = meta?.section.rawValue
            gridZone = meta?.gridZone?.rawValue
            reference = meta?.reference
            remedy = meta?.remedy.text(lang)
            table = result.table.map { Table($0, lang: lang) }
            assumption = result.assumption?.text(lang)
        }
    }

    /// A check's table for the reader, in the report's language.
    struct Table: Encodable {
        var title: String
        var columns: [String]
        var rows: [[String]]

        init(_ table: ResultTable, lang: ReportLanguage) {
            title = table.title.text(lang)
            columns = table.columns.map { $0.text(lang) }
            rows = table.rows.map { $0.map { $0.text(lang) } }
        }
    }

    struct EvidenceItem: Encodable {
        var url: String
        var excerpt: String?
        var selector: String?
        /// The auditor's note, in the report's language (the excerpt stays the page's verbatim text).
        var note: String?

        init(_ evidence: Evidence, lang: ReportLanguage) {
            url = evidence.url
            excerpt = evidence.excerpt.map(Self.fit)
            selector = evidence.selector
            note = evidence.note?.text(lang)
        }

        /// The schema caps an excerpt at 400 code points (not characters: one emoji can be seven): cut whole
        /// characters until it fits, with an ellipsis.
        static func fit(_ text: String) -> String {
            guard text.unicodeScalars.count > 400 else { return text }
            var out = ""
            var scalars = 0
            for character in text {
                let count = character.unicodeScalars.count
                if scalars + count > 399 { break }
                out.append(character)
                scalars += count
            }
            return out + "…"
        }
    }

    struct Page: Encodable {
        var url: String
        var status: Int
        var depth: Int
        var contentType: String?
        var redirectedTo: String?
        var error: String?
        var excludedByRobots: Bool?

        enum CodingKeys: String, CodingKey {
            case url, status, depth, contentType = "content_type", redirectedTo = "redirected_to", error
            case excludedByRobots = "excluded_by_robots"
        }

        init(_ record: PageRecord) {
            url = record.url
            status = record.status
            depth = max(0, record.depth)
            contentType = record.contentType
            redirectedTo = record.finalURL
            error = record.error
            excludedByRobots = record.excludedByRobots ? true : nil
        }
    }

    struct Score: Encodable {
        var overall: Double
        var modules: [String: Double]
        var unknown: [String: Int]
    }
}
