/// An immutable value held by one reference, compared and hashed by value. The parts of a page's
/// many small facts that rarely vary — a link's rel, classes, role and path, an image's sizes, a text
/// block's tag and ancestors' names — are kept this way: the crawler's interner then gives ten
/// thousand pages of the same template one copy of them, and each fact holds 8 bytes instead of
/// 40 to 100. A fact reads and writes them through its own properties (`link.classes`); a write
/// makes a new reference.
public final class SharedValue<Value: Hashable & Sendable & Codable>: Hashable, Sendable {
    public let value: Value

    public init(_ value: Value) { self.value = value }

    /// A shared value like this one but for the part at `keyPath`.
    @inlinable
    public func with<Part>(_ keyPath: WritableKeyPath<Value, Part>, _ part: Part) -> SharedValue<Value> {
        var copy = value
        copy[keyPath: keyPath] = part
        return SharedValue(copy)
    }

    public static func == (lhs: SharedValue, rhs: SharedValue) -> Bool { lhs === rhs || lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}
