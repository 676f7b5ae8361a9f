import Foundation
import VigieCore

/// JUnit XML for CI dashboards: one `<testsuite>` per site, one `<testcase>` per check
/// (`classname` = module, `name` = check id).
///
/// The same rule as the CI gate (`Gate`): a `fail` at `failOn` or a more serious severity is a `<failure>`, unless the
/// baseline accepts it; a `warn` never is (it lowers the score, which `--min-score` gates). `na` and `unknown` are
/// `<skipped>`; everything else passes, with its message and evidence in `<system-out>`.
public enum JUnitRenderer {
    public static func render(_ report: AuditReport, failOn: Severity, baseline: Baseline? = nil) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, skipped: 0)
        for audit in report.sites {
            var cases: [String] = []
            var failures = 0, skipped = 0
            for result in audit.results {
                let meta = report.catalog[result.id]
                let module = (meta?.module ?? result.module ?? CheckModule.of(id: result.id))?.rawValue ?? result.id
                let title = meta?.heading(for: result).text(report.language) ?? result.id
                var body = ""
                let message = result.message.text(report.language)
                let evidence = result.evidence.map { item in
                    [item.url, item.excerpt.map { report.language == .fr ? "« \($0) »" : "“\($0)”" }, item.note?.text(report.language), item.selector]
                        .compactMap { $0 }.joined(separator: " — ")
                }.joined(separator: "\n")
                let accepted = baseline?.contains(result, in: audit) == true
                if counts(result, failOn: failOn) && !accepted {
                    failures += 1
                    body = "<failure message=\"\(xml(title + ": " + message))\" type=\"\(result.severity.rawValue)\">"
                        + xml(([message] + (evidence.isEmpty ? [] : [evidence])).joined(separator: "\n")) + "</failure>"
                } else if result.status == .na || result.status == .unknown {
                    skipped += 1
                    body = "<skipped message=\"\(xml(message))\"/>"
                } else if !evidence.isEmpty || result.status == .warn || result.status == .fail {
                    let status = result.status.rawValue + (accepted ? " (baseline)" : "")
                    // A finding the gate lets through is marked as such, never a silent pass.
                    let marked = result.status == .warn || result.status == .fail
                        ? "<properties><property name=\"status\" value=\"\(result.status.rawValue)\"/><property name=\"gate\" value=\"\(accepted ? "baseline" : "below")\"/>"
                            + "<property name=\"severity\" value=\"\(result.severity.rawValue)\"/></properties>"
                        : ""
                    body = marked + "<system-out>\(xml(status + ": " + message + (evidence.isEmpty ? "" : "\n" + evidence)))</system-out>"
                }
                let open = "    <testcase classname=\"\(xml(module))\" name=\"\(xml(result.id))\""
                cases.append(body.isEmpty ? open + "/>" : open + ">" + body + "</testcase>")
            }
            let name = SiteView.host(of: audit.snapshot)
            suites.append("  <testsuite name=\"\(xml(name))\" tests=\"\(audit.results.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
                          + " time=\"\(seconds(audit.snapshot.crawl.durationSeconds))\" timestamp=\"\(xml(report.generatedAt))\">")
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

    /// Whether the result is a failure for the threshold `failOn` (before the baseline), as for `Gate`.
    public static func counts(_ result: CheckResult, failOn: Severity) -> Bool {
        result.status == .fail && result.severity <= failOn
    }

    /// Seconds with three decimals, `0.000` for anything not a finite positive number.
    static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value.isFinite ? max(0, value) : 0)
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
