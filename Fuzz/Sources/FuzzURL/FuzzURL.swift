import VigieFetch

/// URLNormalizer.normalize on arbitrary text, no base. The normal form must be a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let normal = URLNormalizer.normalize(text) {
        precondition(normal.hasPrefix("http://") || normal.hasPrefix("https://"), "not http(s): \(normal)")
    }
    return 0
}
