import Yams

/// Finds where a value sits in a YAML text, so that an error can name its line.
enum YAMLLocation {
    /// The line (1-based) of the value at `path` in `text`: for a mapping entry, the line of its key.
    /// When the path cannot be followed to its end (a missing key), the line of the deepest node reached.
    static func line(of path: [CodingKey], in text: String) -> Int? {
        find(path, in: text).line
    }

    /// Follows `path` from the root: the line reached (see `line(of:in:)`) and the node at the end, when reached.
    private static func find(_ path: [CodingKey], in text: String) -> (line: Int?, node: Node?) {
        guard let root = try? Yams.compose(yaml: text) else { return (nil, nil) }
        var node = root
        var line = root.mark?.line
        for key in path {
            switch node {
            case .sequence(let sequence):
                guard let index = key.intValue, sequence.indices.contains(index) else { return (line, nil) }
                node = sequence[index]
                line = node.mark?.line ?? line
            case .mapping(let mapping):
                guard let pair = mapping.first(where: { $0.key.string == key.stringValue }) else { return (line, nil) }
                line = pair.key.mark?.line ?? line
                node = pair.value
            default:
                return (line, nil)
            }
        }
        return (line, node)
    }

    /// The coding path written the way a user reads it: `crawl.max_pages`, `checks.disable[2]`.
    static func keyPath(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue.hasPrefix("Index") {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// The coding path and a reason for a person, from a Codable error; with the YAML `text`, the reason quotes
    /// the value that was found.
    static func describe(_ error: DecodingError, text: String? = nil) -> (path: [CodingKey], reason: String) {
        func found(_ path: [CodingKey]) -> String {
            guard let text else { return "" }
            switch find(path, in: text).node {
            case .scalar(let scalar)?: return scalar.string.isEmpty ? ", found nothing" : ", found '\(scalar.string)'"
            case .mapping?: return ", found a mapping"
            case .sequence?: return ", found a list"
            default: return ", found nothing"
            }
        }
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(typeName(type))" + found(context.codingPath))
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(typeName(type))" + found(context.codingPath))
        case .keyNotFound(let key, let context):
            return (context.codingPath + [key], "missing key '\(key.stringValue)'")
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            switch String(describing: type) {
            case let name where name.hasPrefix("Array") || name.hasSuffix("Sequence"): "a list"
            case let name where name.hasPrefix("Dictionary") || name.hasSuffix("Mapping"): "a mapping (key: value)"
            case let name where name.hasSuffix("Scalar"): "a single value"
            case let name: "a \(name) value"
            }
        }
    }
}

/// A coding key with any name: lets a decoder list the keys a YAML mapping really holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}

extension Decoder {
    /// Throws when the mapping being decoded holds a key that `Keys` does not know, naming the closest known key.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        guard let container = try? container(keyedBy: AnyCodingKey.self) else { return }
        let known = Keys.allCases.map(\.stringValue)
        for key in container.allKeys where !known.contains(key.stringValue) {
            var reason = "unknown key '\(key.stringValue)'"
            if let guess = Suggestion.closest(to: key.stringValue, among: known) { reason += " — did you mean '\(guess)'?" }
            else { reason += " (known keys: \(known.joined(separator: ", ")))" }
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: reason))
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes one of a fixed set of words (an enum's raw values); a wrong word names the choices and the closest one.
    func decodeChoice<T: RawRepresentable & CaseIterable>(_ type: T.Type, forKey key: Key) throws -> T? where T.RawValue == String {
        guard let word = try decodeIfPresent(String.self, forKey: key) else { return nil }
        return try Self.choice(T.self, word, path: codingPath + [key])
    }

    /// Decodes a mapping whose values are one of a fixed set of words (`severity: {page.title: error}`).
    func decodeChoiceMap<T: RawRepresentable & CaseIterable>(_ type: T.Type, forKey key: Key) throws -> [String: T]? where T.RawValue == String {
        guard let words = try decodeIfPresent([String: String].self, forKey: key) else { return nil }
        var map: [String: T] = [:]
        for (name, word) in words {
            map[name] = try Self.choice(T.self, word, path: codingPath + [key, AnyCodingKey(name)])
        }
        return map
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ word: String, path: [CodingKey]) throws -> T where T.RawValue == String {
        if let value = T(rawValue: word) { return value }
        let choices = T.allCases.map(\.rawValue)
        var reason = "bad value '\(word)' — expected one of \(choices.joined(separator: ", "))"
        if let guess = Suggestion.closest(to: word, among: choices) { reason += "; did you mean '\(guess)'?" }
        throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: reason))
    }
}

/// "Did you mean …": the closest word by edit distance, when it is close enough to be a typo.
public enum Suggestion {
    /// The candidate closest to `word` (Levenshtein distance, case-insensitive), if at most about a third of it differs.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }

    /// The Levenshtein distance between two strings (insertions, deletions, substitutions of characters).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
