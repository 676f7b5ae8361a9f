import VigieFetch

/// URLNormalizer.normalize of arbitrary (usually relative) text against a fixed base, as the crawler
/// resolves links found on a page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURLBase(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let normal = URLNormalizer.normalize(text, base: "https://www.exemple.fr/dossier/page.html?q=1") {
        precondition(normal.hasPrefix("http://") || normal.hasPrefix("https://"), "not http(s): \(normal)")
    }
    return 0
}
