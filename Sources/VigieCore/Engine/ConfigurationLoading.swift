import Foundation
import Yams

/// An error in `.vigie.yml`, pointing at the file, line and key: one line, ready to print.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var key: String?
    public var reason: String

    public init(file: String, line: Int?, key: String?, reason: String) {
        self.file = file
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let key, !key.isEmpty { place += " (\(key))" }
        return "\(place): \(reason)"
    }
}

extension Configuration {
    /// The configuration file's usual name.
    public static let fileName = ".vigie.yml"

    /// The file to read: `explicit` (`--config PATH`, which must exist), else `.vigie.yml` in `directory` when present.
    public static func find(explicit: String?, in directory: String = FileManager.default.currentDirectoryPath) throws -> String? {
        if let explicit {
            guard FileManager.default.fileExists(atPath: explicit) else {
                throw ConfigurationError(file: explicit, line: nil, key: nil, reason: "no such file (given with --config)")
            }
            return explicit
        }
        let path = (directory as NSString).appendingPathComponent(fileName)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Reads and checks the file at `path` (see `parse`). `file` is how the path is shown in messages.
    public static func load(path: String, file: String? = nil, catalog: [CheckMeta]? = nil, profiles: [String]? = nil) throws -> Configuration {
        let shown = file ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: shown, line: nil, key: nil, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: shown, line: nil, key: nil, reason: "not UTF-8 text")
        }
        var configuration = try parse(text, file: shown, catalog: catalog, profiles: profiles)
        if let logo = configuration.report.logo {
            // A relative path is read from the configuration file's folder, wherever Vigie is run from.
            let folder = (path as NSString).deletingLastPathComponent
            let resolved = logo.hasPrefix("/") ? logo : ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(logo)
            do { _ = try ReportLogo.read(path: resolved) } catch let problem as ReportLogo.Problem {
                let key: [CodingKey] = [AnyCodingKey("report"), AnyCodingKey("logo")]
                throw ConfigurationError(file: shown, line: YAMLLocation.line(of: key, in: text), key: YAMLLocation.keyPath(key),
                                         reason: "the logo cannot be used: \(problem.description)")
            }
            configuration.report.logo = resolved
        }
        return configuration
    }

    /// Decodes a configuration text. Unknown keys and bad values are errors naming the line and the closest
    /// valid word. With a `catalog`, check patterns (`checks.disable`, `checks.severity`) must name checks; with
    /// `profiles`, `profile` must be one of them.
    public static func parse(_ text: String, file: String, catalog: [CheckMeta]? = nil, profiles: [String]? = nil) throws -> Configuration {
        let configuration: Configuration
        do {
            guard let node = try Yams.compose(yaml: text) else { return Configuration() }
            if let scalar = node.scalar, ["", "~", "null"].contains(scalar.string) { return Configuration() }
            guard node.mapping != nil else {
                throw ConfigurationError(file: file, line: node.mark?.line, key: nil, reason: "expected a mapping of settings (sites:, crawl:, profile:…)")
            }
            configuration = try YAMLDecoder().decode(Configuration.self, from: text)
        } catch let error as DecodingError {
            let (path, reason) = YAMLLocation.describe(error, text: text)
            throw ConfigurationError(file: file, line: YAMLLocation.line(of: path, in: text), key: YAMLLocation.keyPath(path), reason: reason)
        } catch let error as YamlError {
            let pack = RulePackError(yaml: error, file: file)
            throw ConfigurationError(file: file, line: pack.line, key: nil, reason: pack.reason)
        }
        try configuration.validate(catalog: catalog, profiles: profiles, file: file, text: text)
        return configuration
    }

    private func validate(catalog: [CheckMeta]?, profiles: [String]?, file: String, text: String) throws {
        func fail(_ path: [CodingKey], _ reason: String) -> ConfigurationError {
            ConfigurationError(file: file, line: YAMLLocation.line(of: path, in: text), key: YAMLLocation.keyPath(path), reason: reason)
        }
        if let profiles, let profile, !profiles.contains(profile) {
            var reason = "no such profile '\(profile)' (profiles: \(profiles.joined(separator: ", ")))"
            if let guess = Suggestion.closest(to: profile, among: profiles) { reason += " — did you mean '\(guess)'?" }
            throw fail([AnyCodingKey("profile")], reason)
        }
        guard let catalog else { return }
        var named: [(String, [CodingKey])] = []
        for (index, pattern) in (checks.disable ?? []).enumerated() {
            named.append((pattern, [AnyCodingKey("checks"), AnyCodingKey("disable"), AnyCodingKey(intValue: index)!]))
        }
        for pattern in (checks.severity ?? [:]).keys.sorted() {
            named.append((pattern, [AnyCodingKey("checks"), AnyCodingKey("severity"), AnyCodingKey(pattern)]))
        }
        for (pattern, path) in named where !CheckPattern(pattern).isKnown(in: catalog) {
            var reason = "unknown check '\(pattern)'"
            if let guess = Suggestion.closest(to: pattern, among: catalog.map(\.id)) { reason += " — did you mean '\(guess)'?" }
            throw fail(path, reason)
        }
    }
}
