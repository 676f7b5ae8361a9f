import VigieFetch

/// URLNormalizer.normalize on arbitrary text, no base. The normal form must be a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let normal = URLNormalizer.normalize(text) {
        // Bytes, not Characters: a combining mark after `//` (raw IDN host) joins the `/` grapheme.
        precondition(normal.utf8.starts(with: "http://".utf8) || normal.utf8.starts(with: "https://".utf8), "not http(s): \(normal)")
    }
    return 0
}
