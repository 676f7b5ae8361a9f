import VigieCore

/// JUnit XML for CI dashboards: one `<testsuite>` per site, one `<testcase>` per check
/// (`classname` = module, `name` = check id).
///
/// A `fail` is a `<failure>` when its severity is at or above `failOn`; a `warn` counts one severity lower
/// (a warning on an error-level check fails `--fail-on warning`, any warn fails `--fail-on notice`).
/// `na` and `unknown` are `<skipped>`; everything else passes.
public enum JUnitRenderer {
    public static func render(_ report: AuditReport, failOn: Severity) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, skipped: 0)
        for audit in report.sites {
            var cases: [String] = []
            var failures = 0, skipped = 0
            for result in audit.results {
                let module = SiteView.module(of: result.id, catalog: report.catalog)
                let title = report.catalog[result.id]?.title.text(report.language) ?? result.id
                var body = ""
                let message = result.message.text(report.language)
                let evidence = result.evidence.map { item in
                    [item.url, item.excerpt.map { "« \($0) »" }, item.selector].compactMap { $0 }.joined(separator: " — ")
                }.joined(separator: "\n")
                if counts(result, failOn: failOn) {
                    failures += 1
                    body = "<failure message=\"\(xml(title + ": " + message))\" type=\"\(result.severity.rawValue)\">"
                        + xml(([message] + (evidence.isEmpty ? [] : [evidence])).joined(separator: "\n")) + "</failure>"
                } else if result.status == .na || result.status == .unknown {
                    skipped += 1
                    body = "<skipped message=\"\(xml(message))\"/>"
                } else if !evidence.isEmpty || result.status == .warn || result.status == .fail {
                    body = "<system-out>\(xml(result.status.rawValue + ": " + message + (evidence.isEmpty ? "" : "\n" + evidence)))</system-out>"
                }
                let open = "    <testcase classname=\"\(xml(module))\" name=\"\(xml(result.id))\""
                cases.append(body.isEmpty ? open + "/>" : open + ">" + body + "</testcase>")
            }
            let name = SiteView.host(of: audit.snapshot)
            suites.append("  <testsuite name=\"\(xml(name))\" tests=\"\(audit.results.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
                          + " time=\"\(audit.snapshot.crawl.durationSeconds)\" timestamp=\"\(xml(report.generatedAt))\">")
            suites.append("    <properties><property name=\"url\" value=\"\(xml(audit.snapshot.startURL))\"/><property name=\"profile\" value=\"\(xml(audit.profileName))\"/></properties>")
            suites += cases
            suites.append("  </testsuite>")
            totals.tests += audit.results.count
            totals.failures += failures
            totals.skipped += skipped
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"vigie\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" errors=\"0\" skipped=\"\(totals.skipped)\">\n"
            + suites.joined(separator: "\n") + (suites.isEmpty ? "" : "\n") + "</testsuites>\n"
    }

    /// Whether the result is a failure for the threshold `failOn`.
    public static func counts(_ result: CheckResult, failOn: Severity) -> Bool {
        switch result.status {
        case .fail: return result.severity <= failOn
        case .warn: return lowered(result.severity) <= failOn
        case .pass, .info, .na, .unknown: return false
        }
    }

    private static func lowered(_ severity: Severity) -> Severity {
        switch severity {
        case .error: .warning
        case .warning, .notice: .notice
        }
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids (controls but tab, LF, CR; lone surrogates cannot occur) are dropped.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
