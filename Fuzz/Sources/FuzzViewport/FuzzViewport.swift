import VigieResponsiveChecks

/// ViewportParser.parse on the content of an arbitrary `<meta name="viewport">`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzViewport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = ViewportParser.parse(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}
