import VigieCheckKit

/// CSSScanner on an arbitrary style sheet, style attribute and media query.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let css = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = CSSScanner.scan(css)
    _ = CSSScanner.declarations(css)
    _ = CSSScanner.mediaFeatures(css)
    return 0
}
