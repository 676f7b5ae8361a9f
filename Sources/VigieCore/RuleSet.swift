import Yams

/// A typed rule pack: a YAML file of `rules/` (word lists, signatures, profiles) decoded into a value.
public protocol RulePack: Decodable, Sendable {
    /// The pack's path under `rules/`, without extension (`legal`, `cookies/trackers`).
    static var packName: String { get }
}

/// An error in a rule pack, pointing at the file, line and key.
public struct RulePackError: Error, CustomStringConvertible, Sendable {
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

/// The rule packs in force: every registered pack type decoded once, at load time.
public struct RuleSet: Sendable {
    /// The YAML texts, by pack name (what `--rules` overrides, and what the embedded copy holds).
    public private(set) var sources: [String: String]
    private var decoded: [ObjectIdentifier: any RulePack]

    /// Where each pack was read from, by pack name (`rules/legal.yml` when absent), for error messages.
    public private(set) var origins: [String: String]

    /// Decodes every pack type in `types` from `sources`; a pack that is missing or malformed throws a RulePackError.
    /// `origins` names the file each pack came from (packs of `--rules DIR`); the others are shown as `rules/NAME.yml`.
    public init(sources: [String: String], types: [any RulePack.Type], origins: [String: String] = [:]) throws {
        self.sources = sources
        self.origins = origins
        decoded = [:]
        for type in types {
            decoded[ObjectIdentifier(type)] = try Self.decode(type, sources: sources, file: Self.file(of: type.packName, origins: origins))
        }
    }

    /// The file a pack is shown as in messages.
    public func file(of packName: String) -> String { Self.file(of: packName, origins: origins) }

    private static func file(of packName: String, origins: [String: String]) -> String {
        origins[packName] ?? "rules/\(packName).yml"
    }

    /// The decoded pack of type `T`. `T` must be one of the types given at load time.
    public func pack<T: RulePack>(_ type: T.Type) -> T {
        guard let value = decoded[ObjectIdentifier(type)] as? T else {
            preconditionFailure("rule pack \(T.packName) was not registered with the RuleSet")
        }
        return value
    }

    private static func decode(_ type: any RulePack.Type, sources: [String: String], file: String) throws -> any RulePack {
        guard let text = sources[type.packName] else {
            throw RulePackError(file: file, line: nil, key: nil, reason: "pack is missing")
        }
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as DecodingError {
            throw RulePackError(decoding: error, file: file, text: text)
        } catch let error as YamlError {
            throw RulePackError(yaml: error, file: file)
        }
    }
}

extension RulePackError {
    /// Makes a RulePackError from a Codable error, finding the line of the offending key in `text`.
    init(decoding error: DecodingError, file: String, text: String) {
        let (path, reason) = YAMLLocation.describe(error, text: text)
        self.init(file: file, line: YAMLLocation.line(of: path, in: text), key: YAMLLocation.keyPath(path), reason: reason)
    }

    init(yaml error: YamlError, file: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            self.init(file: file, line: mark.line, key: nil, reason: problem)
        default:
            self.init(file: file, line: nil, key: nil, reason: "\(error)")
        }
    }
}
