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

    /// Decodes every pack type in `types` from `sources`; a pack that is missing or malformed throws a RulePackError.
    public init(sources: [String: String], types: [any RulePack.Type]) throws {
        self.sources = sources
        decoded = [:]
        for type in types {
            decoded[ObjectIdentifier(type)] = try Self.decode(type, sources: sources)
        }
    }

    /// The decoded pack of type `T`. `T` must be one of the types given at load time.
    public func pack<T: RulePack>(_ type: T.Type) -> T {
        guard let value = decoded[ObjectIdentifier(type)] as? T else {
            preconditionFailure("rule pack \(T.packName) was not registered with the RuleSet")
        }
        return value
    }

    private static func decode(_ type: any RulePack.Type, sources: [String: String]) throws -> any RulePack {
        let file = "rules/\(type.packName).yml"
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
        let (path, reason): ([CodingKey], String) = switch error {
        case .typeMismatch(_, let c): (c.codingPath, c.debugDescription)
        case .valueNotFound(_, let c): (c.codingPath, c.debugDescription)
        case .keyNotFound(let key, let c): (c.codingPath + [key], "missing key '\(key.stringValue)'")
        case .dataCorrupted(let c): (c.codingPath, c.debugDescription)
        @unknown default: ([], "\(error)")
        }
        let key = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        self.init(file: file, line: Self.line(of: path, in: text), key: key, reason: reason)
    }

    init(yaml error: YamlError, file: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            self.init(file: file, line: mark.line, key: nil, reason: problem)
        default:
            self.init(file: file, line: nil, key: nil, reason: "\(error)")
        }
    }

    /// The line (1-based) where the deepest named key of `path` appears, best effort.
    private static func line(of path: [CodingKey], in text: String) -> Int? {
        guard let name = path.last(where: { $0.intValue == nil })?.stringValue else { return nil }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " || $0 == "-" })
            if trimmed.hasPrefix("\(name):") { return index + 1 }
        }
        return nil
    }
}
