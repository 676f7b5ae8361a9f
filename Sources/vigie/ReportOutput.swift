import Foundation
import VigieCore
import VigieReport
import VigieRender

/// Writes the reports of an audit where the user asked: one Markdown, HTML or PDF per site (+ a Markdown comparison for several sites),
/// one JSON and one JUnit for all sites; `-` prints the only report to stdout. Every file is written atomically.
struct ReportOutput {
    let setup: AuditSetup
    let report: AuditReport

    func write(quiet: Bool) throws {
        if setup.output == "-" {
            FileHandle.standardOutput.write(try render(setup.formats[0], site: 0))
            return
        }
        var written: [String] = []
        for format in setup.formats {
            switch format {
            case .markdown, .html, .pdf:
                for index in report.sites.indices {
                    written.append(try save(try render(format, site: index), path(format, site: index), sites: [index]))
                }
                if format == .markdown, report.sites.count > 1 {
                    let comparison = folder.map { $0 + "/comparison-\(date).md" } ?? ReportWriter.comparisonPath(generatedAt: report.generatedAt)
                    written.append(try save(Data(ComparisonRenderer.render(report).utf8), comparison, sites: Array(report.sites.indices)))
                }
            case .json, .junit:
                written.append(try save(try render(format, site: 0), path(format, site: 0), sites: Array(report.sites.indices)))
            }
        }
        if !quiet {
            let label = setup.language == .fr ? "Rapport écrit : " : "Report written: "
            for file in written { FileHandle.standardError.write(Data((label + file + "\n").utf8)) }
        }
    }

    private func render(_ format: ReportSettings.Format, site: Int) throws -> Data {
        switch format {
        case .markdown: Data(MarkdownRenderer.render(report, site: site).utf8)
        case .html: Data(HTMLRenderer.render(report, site: site).utf8)
        case .pdf: try printPDF(site: site)
        case .json: JSONRenderer.render(report)
        case .junit: Data(JUnitRenderer.render(report, failOn: setup.gate.failOn ?? .error, baseline: setup.baseline).utf8)
        }
    }

    /// The HTML report printed by Chromium (found by `AuditSetup` before the crawl); a failure ends with exit code 4.
    private func printPDF(site: Int) throws -> Data {
        guard let chromium = setup.chromium else { throw ExitCodeError.cannotWrite }
        do {
            return try chromium.printPDF(html: HTMLRenderer.render(report, site: site))
        } catch {
            FileHandle.standardError.write(Data("vigie: the PDF report could not be printed: \(error)\n".utf8))
            throw ExitCodeError.cannotWrite
        }
    }

    private var date: String { String(report.generatedAt.prefix(10)) }

    /// With several sites, `--output` names a folder.
    private var folder: String? { report.sites.count > 1 ? setup.output : nil }

    private func path(_ format: ReportSettings.Format, site: Int) -> String {
        let ext = switch format {
        case .markdown: "md"
        case .html: "html"
        case .pdf: "pdf"
        case .json: "json"
        case .junit: "xml"
        }
        if let output = setup.output, report.sites.count == 1 {
            guard setup.formats.count > 1 else { return output }
            return (output as NSString).deletingPathExtension + "." + ext
        }
        if format == .json || format == .junit {
            let label = report.sites.map { ReportWriter.siteLabel(of: $0.snapshot) }.joined(separator: "+")
            return ReportWriter.defaultPath(label: label, generatedAt: report.generatedAt, extension: ext, folder: folder ?? "reports")
        }
        return ReportWriter.defaultPath(for: report.sites[site].snapshot, generatedAt: report.generatedAt, extension: ext, folder: folder ?? "reports")
    }

    /// Writes `data` at `path`; when none of `sites` could be read and a report is already there, beside it
    /// (`ReportWriter.besidePath`): an unreachable site never replaces the last good report.
    private func save(_ data: Data, _ path: String, sites: [Int]) throws -> String {
        var path = path
        if sites.allSatisfy({ !report.sites[$0].snapshot.wasReached }), FileManager.default.fileExists(atPath: path) {
            let beside = ReportWriter.besidePath(path)
            FileHandle.standardError.write(Data((setup.language == .fr
                ? "vigie: site injoignable : rapport écrit dans \(beside), le précédent (\(path)) est conservé\n"
                : "vigie: site unreachable: report written to \(beside), the previous one (\(path)) is kept\n").utf8))
            path = beside
        }
        do {
            try ReportWriter.write(data, to: path)
        } catch let error as ReportWriter.WriteError {
            FileHandle.standardError.write(Data("vigie: \(error)\n".utf8))
            throw ExitCodeError.cannotWrite
        }
        return path
    }
}

/// Errors that end `vigie audit` with a documented exit code.
enum ExitCodeError: Error {
    /// The report could not be written (exit code 4).
    case cannotWrite
}
