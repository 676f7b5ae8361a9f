import VigieFetch

/// URLNormalizer.normalize of arbitrary (usually relative) text against a fixed base, as the crawler
/// resolves links found on a page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURLBase(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let normal = URLNormalizer.normalize(text, base: "https://www.exemple.fr/dossier/page.html?q=1") {
        // Bytes, not Characters: a combining mark after `//` (raw IDN host) joins the `/` grapheme.
        precondition(normal.utf8.starts(with: "http://".utf8) || normal.utf8.starts(with: "https://".utf8), "not http(s): \(normal)")
    }
    return 0
}
