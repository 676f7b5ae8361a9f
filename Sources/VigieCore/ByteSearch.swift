/// Substring search on UTF-8 bytes, for the short needles of the word lists (priority pages, structure
/// terms) matched against labels and URLs on every page: a plain scan on the first byte is enough,
/// and far faster than Foundation's `contains`.
public enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    @inlinable
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
