import VigieCrawl

/// RobotsTxt(text:agent:) on arbitrary bytes, then allows(path:) on a few paths.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRobots(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let robots = RobotsTxt(text: Array(UnsafeBufferPointer(start: data, count: size)), agent: "Vigie")
    for path in ["/", "/admin/", "/page.html?x=1", "/%C3%A9t%C3%A9", "/été/*$", ""] {
        _ = robots.allows(path: path)
    }
    return 0
}
