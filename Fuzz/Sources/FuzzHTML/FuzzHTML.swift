import VigieCore
import VigieHTML

/// The embedded zone words, as the CLI builds the parser.
let parser: HTMLParser = {
    let text = EmbeddedRules.packs[ZoneWords.packName] ?? ""
    let rules = try? RuleSet(sources: [ZoneWords.packName: text], types: [ZoneWords.self])
    return HTMLParser(zoneWords: rules?.pack(ZoneWords.self) ?? ZoneWords(header: [], nav: [], main: [], footer: [], aside: []))
}()

/// HTML bytes → PageFacts through libxml2 and the page walker. The first byte picks the declared
/// content type, so the charset sniffing paths are fuzzed too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let types: [String?] = [nil, "text/html", "text/html; charset=utf-8", "text/html; charset=iso-8859-1", "text/html; charset=windows-1252", "application/xhtml+xml"]
    let type = bytes.first.map { types[Int($0) % types.count] } ?? nil
    _ = parser.parse(bytes, url: "https://www.exemple.fr/dossier/page.html", contentType: type)
    return 0
}
