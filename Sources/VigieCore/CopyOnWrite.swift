/// The one reference a `CopyOnWriteValue` holds: copies of the value share it, and a write copies it
/// first when another copy shares it.
public final class SharedStorage<Fields: Sendable>: @unchecked Sendable {
    @usableFromInline var fields: Fields

    @usableFromInline
    init(_ fields: Fields) { self.fields = fields }
}

/// A value type kept as one reference to its fields (`PageFacts`, `PageRecord`): the audit copies
/// pages in every loop over the snapshot, and a copy then costs one retain instead of one per string
/// and array inside. The fields read and write as the value's own (`page.url`); the value compares,
/// hashes and encodes as its fields do.
@dynamicMemberLookup
public protocol CopyOnWriteValue: Sendable, Codable {
    associatedtype Fields: Sendable, Codable
    /// The fields, shared by this value's copies.
    var storage: SharedStorage<Fields> { get set }
    init(storage: SharedStorage<Fields>)
}

extension CopyOnWriteValue {
    /// A field of the value; writing copies the storage first when another copy shares it.
    @inlinable
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: keyPath] }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = SharedStorage(storage.fields) }
            yield &storage.fields[keyPath: keyPath]
        }
    }

    public init(from decoder: any Decoder) throws { self.init(storage: SharedStorage(try Fields(from: decoder))) }

    public func encode(to encoder: any Encoder) throws { try storage.fields.encode(to: encoder) }
}

extension CopyOnWriteValue where Self: Equatable, Fields: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields }
}

extension CopyOnWriteValue where Self: Hashable, Fields: Hashable {
    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }
}
