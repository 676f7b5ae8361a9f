/// A string hashed and compared by its UTF-8 bytes, for tables keyed by text read from pages (the
/// crawler's interner, the checks' memos). `String`'s own hashing follows Unicode canonical
/// equivalence and so normalises every non-ASCII key — most French text — on each lookup; this key
/// reads the bytes as they are. Two spellings of one text (NFC and NFD) are then two keys, which is
/// what a cache or an interner wants: the same bytes, shared.
public struct ByteKey: Hashable, Sendable {
    public let string: String

    public init(_ string: String) { self.string = string }

    public static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        lhs.string.utf8.count == rhs.string.utf8.count && lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        let bytes = string.utf8
        if bytes.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in bytes { hasher.combine(byte) }
        }
        hasher.combine(bytes.count)
    }
}
