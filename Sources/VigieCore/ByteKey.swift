import Foundation

/// A string hashed and compared by its UTF-8 bytes, for tables keyed by text read from pages (the
/// crawler's interner, the checks' memos). `String`'s own hashing follows Unicode canonical
/// equivalence and so normalises every non-ASCII key — most French text — on each lookup; this key
/// reads the bytes as they are. Two spellings of one text (NFC and NFD) are then two keys, which is
/// what a cache or an interner wants: the same bytes, shared.
public struct ByteKey: Hashable, Sendable {
    public let string: String

    public init(_ string: String) { self.string = string }

    public static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        let (left, right) = (lhs.string.utf8, rhs.string.utf8)
        guard left.count == right.count else { return false }
        // Native strings are contiguous: one memcmp (the generic element-by-element loop was 2 % of an audit).
        let compared = left.withContiguousStorageIfAvailable { left in
            right.withContiguousStorageIfAvailable { right in
                left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
        if let compared, let equal = compared { return equal }
        return left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) {
        let bytes = string.utf8
        if bytes.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in bytes { hasher.combine(byte) }
        }
        hasher.combine(bytes.count)
    }
}
