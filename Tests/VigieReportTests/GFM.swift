import Foundation

/// Real tools the tests run: cmark-gfm (Debian's GFM renderer) and python3's jsonschema.
enum Tools {
    static let cmark = "/usr/bin/cmark-gfm"
    static var cmarkAvailable: Bool { FileManager.default.isExecutableFile(atPath: cmark) }
    static var python3: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program with `input` on stdin; returns its exit status, stdout and stderr.
    static func run(_ executable: String, _ arguments: [String], input: Data = Data()) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Markdown → HTML with the GFM table, strikethrough and autolink extensions (what GitHub shows).
    static func gfm(_ markdown: String) throws -> String {
        try run(cmark, ["-e", "table", "-e", "strikethrough", "-e", "autolink"], input: Data(markdown.utf8)).out
    }
}

/// GFM table facts read from the Markdown source: a row's cells are split on pipes that no backslash escapes.
enum MarkdownTables {
    /// Each table: the header's cell count and the cell count of every other row (delimiter row included).
    static func tables(in markdown: String) -> [(header: Int, rows: [Int], lines: [String])] {
        var tables: [(header: Int, rows: [Int], lines: [String])] = []
        var current: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [""] {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                let counts = current.map(cells)
                tables.append((counts[0], Array(counts.dropFirst()), current))
                current = []
            }
        }
        return tables
    }

    /// Cells of one `| a | b |` line.
    static func cells(_ line: String) -> Int {
        var pipes = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { pipes += 1 }
        }
        return pipes - 1
    }
}

/// What the HTML of a report may contain of links: only GFM autolinks, whose text is their target, over http(s) or
/// mailto; never an image, a script or a `javascript:` link.
enum HTMLSafety {
    static let anchor = try! NSRegularExpression(pattern: "<a href=\"([^\"]*)\"[^>]*>([^<]*)</a>")

    /// Problems found: anchors that are not plain autolinks, and tags a page must never get through.
    static func problems(_ html: String) -> [String] {
        var found: [String] = []
        for tag in ["<script", "<img", "<iframe", "<style", "<svg", "<object", "<embed", "<form", "<input", "<textarea", "<meta", "<link"] where html.contains(tag) {
            found.append("raw HTML: \(tag)")
        }
        if html.lowercased().contains("href=\"javascript:") { found.append("javascript: link") }
        let range = NSRange(html.startIndex..., in: html)
        let anchors = anchor.matches(in: html, range: range)
        for match in anchors {
            let href = String(html[Range(match.range(at: 1), in: html)!])
            let text = String(html[Range(match.range(at: 2), in: html)!])
            let shown = decodeEntities(text)
            let target = href.removingPercentEncoding ?? href
            let autolink = [href, target].contains { $0 == shown || $0 == "http://" + shown || $0 == "mailto:" + shown }
            let scheme = href.hasPrefix("http://") || href.hasPrefix("https://") || href.hasPrefix("mailto:")
            if !(autolink && scheme) { found.append("link not an autolink: \(href) / \(text)") }
        }
        if html.components(separatedBy: "<a ").count - 1 != anchors.count { found.append("unparsed <a> element") }
        return found
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
