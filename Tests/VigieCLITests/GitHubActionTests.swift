import Foundation
import Testing
import TestServer

/// The GitHub Action's audit script (`ci/github/audit.sh`, what `action.yml` runs) with the environment GitHub gives a
/// step — GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP, GITHUB_WORKSPACE, inputs as INPUT_* — against a loopback site,
/// with the built `vigie` first on PATH.
@Suite(.serialized, .timeLimit(.minutes(2))) struct GitHubActionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func runStep(_ inputs: [String: String], workspace: URL) throws -> (status: Int32, log: String, outputs: [String: String], summary: String) {
        let temp = workspace.appendingPathComponent("runner-temp")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let summary = temp.appendingPathComponent("step_summary.md"), output = temp.appendingPathComponent("output")
        try Data().write(to: summary)
        try Data().write(to: output)
        var environment = [
            "PATH": Self.root.appendingPathComponent(".build/debug").path + ":/usr/bin:/bin",
            "HOME": workspace.path, "GITHUB_ACTIONS": "true", "CI": "true",
            "GITHUB_WORKSPACE": workspace.path, "RUNNER_TEMP": temp.path,
            "GITHUB_STEP_SUMMARY": summary.path, "GITHUB_OUTPUT": output.path,
            "GITHUB_ACTION_PATH": Self.root.path,
        ]
        for (name, value) in inputs { environment["INPUT_" + name] = value }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.root.appendingPathComponent("ci/github/audit.sh").path]
        process.currentDirectoryURL = workspace
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let log = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var outputs: [String: String] = [:]
        for line in try String(contentsOf: output, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { outputs[parts[0]] = parts[1] }
        }
        return (process.terminationStatus, log, outputs, try String(contentsOf: summary, encoding: .utf8))
    }

    @Test func theAuditStepGatesWritesTheSummaryAndTheReports() throws {
        let workspace = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: workspace) }
        try write("<!doctype html><html lang=\"fr\"><head><title>Accueil</title></head><body><h1>Accueil</h1><a href=\"/disparue\">Promo</a></body></html>",
                  to: "site/index.html", in: workspace)
        let server = try TestHTTPServer(directory: workspace.appendingPathComponent("site").path)
        defer { server.stop() }

        let failing = try runStep(["SITES": server.baseURL + "/", "FAIL_ON": "error", "ARGS": "--checks nav.* --quiet"], workspace: workspace)
        #expect(failing.status == 0, "the step itself succeeds, so that the reports are uploaded: \(failing.log)")
        #expect(failing.outputs["exit-code"] == "1", "\(failing.log)")
        #expect(failing.log.contains("::error::Vigie: the gate failed"))
        let reports = try #require(failing.outputs["reports"])
        #expect(reports == workspace.appendingPathComponent("vigie-reports").path)
        for name in ["audit.md", "audit.json", "audit.xml"] {
            #expect(FileManager.default.fileExists(atPath: reports + "/" + name), "\(name) missing: \(failing.log)")
        }
        #expect(failing.summary.contains("## Synthèse"), "vigie appends the summary to GITHUB_STEP_SUMMARY: \(failing.summary)")

        // The same site with the known broken link in a baseline, in English: the gate passes.
        let baseline = workspace.appendingPathComponent("baseline.json").path
        let write = try runStep(["SITES": server.baseURL + "/", "FAIL_ON": "", "ARGS": "--checks nav.* --quiet --write-baseline \(baseline)"], workspace: workspace)
        #expect(write.outputs["exit-code"] == "0", "\(write.log)")
        let passing = try runStep(["SITES": server.baseURL + "/", "FAIL_ON": "error", "BASELINE": baseline, "LANG": "en",
                                   "ARGS": "--checks nav.* --quiet"], workspace: workspace)
        #expect(passing.outputs["exit-code"] == "0", "\(passing.log)")
        #expect(passing.log.contains("Vigie: the gate passed."))
        #expect(passing.summary.contains("## Summary"))

        let usage = try runStep(["SITES": server.baseURL + "/", "FAIL_ON": "fatal"], workspace: workspace)
        #expect(usage.outputs["exit-code"] == "2", "\(usage.log)")
        let empty = try runStep(["SITES": " "], workspace: workspace)
        #expect(empty.status == 2 && empty.log.contains("::error::the 'sites' input is empty"))
    }

    @Test func actionYmlRunsTheTestedScripts() throws {
        let action = try String(contentsOf: Self.root.appendingPathComponent("action.yml"), encoding: .utf8)
        #expect(action.contains("using: composite"))
        #expect(action.contains("$GITHUB_ACTION_PATH/ci/github/audit.sh"))
        #expect(action.contains("$GITHUB_ACTION_PATH/ci/github/install.sh"))
        #expect(action.contains("actions/upload-artifact@v4"))
        // Every INPUT_* the script reads is mapped from an input of action.yml (composite actions do not export them).
        let script = try String(contentsOf: Self.root.appendingPathComponent("ci/github/audit.sh"), encoding: .utf8)
        let read = Set(script.matches(of: /INPUT_([A-Z_]+)/).map { String($0.output.1) })
        #expect(read.count == 9, "\(read.sorted())")
        for name in read {
            #expect(action.contains("INPUT_\(name): ${{ inputs.\(name.lowercased().replacingOccurrences(of: "_", with: "-")) }}"), "INPUT_\(name) not mapped")
        }
    }
}
