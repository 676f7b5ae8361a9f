import Foundation

/// What one run of the `vigie` binary printed and returned.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `vigie` binary (`.build/debug/vigie` beside this repository, or `$VIGIE_BIN`) with `arguments`,
/// in `directory`. `swift test` does not link executables: `swift build` first (`make test` does both).
/// `environment`, when given, replaces the process's environment.
/// A run ended by a signal has the signal's number, negated, as status (a crash: -4 for SIGILL); after `timeout`
/// seconds the process is killed (-9: a hang, for the test to report).
func vigie(_ arguments: [String], in directory: URL, environment: [String: String]? = nil, timeout: Double? = nil) throws -> CLIRun {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let binary = ProcessInfo.processInfo.environment["VIGIE_BIN"].map(URL.init(fileURLWithPath:))
        ?? root.appendingPathComponent(".build/debug/vigie")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw CLITestError(description: "\(binary.path) is missing: run `swift build` before `swift test` (or `make test`)")
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = timeout.map { seconds in
        DispatchWorkItem { [process] in if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    }
    if let watchdog, let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog) }
    defer { watchdog?.cancel() }
    // Read the pipes before waiting (the outputs here are far below a pipe buffer, so reading one after the other is safe).
    let (outData, errData) = (out.fileHandleForReading.readDataToEndOfFile(), err.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    let signalled = process.terminationReason == .uncaughtSignal
    return CLIRun(status: signalled ? -process.terminationStatus : process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

/// Why the CLI tests cannot run.
struct CLITestError: Error, CustomStringConvertible {
    var description: String
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` at `path` under `folder`, creating the folders on the way.
func write(_ text: String, to path: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}
