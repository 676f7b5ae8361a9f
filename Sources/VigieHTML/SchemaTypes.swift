import Foundation

/// schema.org types from microdata `itemtype` and JSON-LD `@type`, reduced to their last path
/// component (`https://schema.org/LocalBusiness` → `LocalBusiness`, `schema:Review` → `Review`).
enum SchemaTypes {
    static func addItemtypes(_ value: String, to types: inout Set<String>) {
        for item in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if let name = shortName(String(item)) { types.insert(name) }
        }
    }

    /// Reads every `@type` of a JSON-LD text: nested objects, arrays and `@graph` included.
    /// Text that is not JSON adds nothing.
    static func addJSONLD(_ text: String, to types: inout Set<String>) {
        guard let data = text.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        var pending: [Any] = [json]
        var visited = 0
        while let value = pending.popLast(), visited < 100_000 {
            visited += 1
            if let object = value as? [String: Any] {
                if let type = object["@type"] as? String, let name = shortName(type) { types.insert(name) }
                if let list = object["@type"] as? [Any] {
                    for case let type as String in list { if let name = shortName(type) { types.insert(name) } }
                }
                for (key, child) in object where key != "@type" && key != "@context" {
                    if child is [String: Any] || child is [Any] { pending.append(child) }
                }
            } else if let array = value as? [Any] {
                pending.append(contentsOf: array)
            }
        }
    }

    private static func shortName(_ type: String) -> String? {
        let trimmed = type.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { return nil }
        let afterSlash = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        let afterColon = afterSlash.split(separator: ":").last.map(String.init) ?? afterSlash
        let name = afterColon.split(separator: "#").last.map(String.init) ?? afterColon
        return name.isEmpty ? nil : name
    }
}
