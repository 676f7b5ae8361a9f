import VigieHTML

/// SitemapParser.parse on arbitrary bytes (XML sitemap, sitemap index, plain-text list, garbage).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSitemap(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = SitemapParser.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
