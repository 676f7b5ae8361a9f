import VigieCore

/// Chooses how a page's bytes are decoded, as browsers do: byte-order mark, then the HTTP
/// `Content-Type` charset, then `<meta charset>` / `<meta http-equiv=Content-Type>` in the first
/// 1024 bytes, then one further on (browsers switch to it when their parser meets it, re-reading
/// the page; the HTML standard asks for it within the first 1024 bytes, so it is marked late), then
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
///
/// The BOM wins over the header, as in the WHATWG Encoding standard (a BOM never lies).
/// Labels are read with the WHATWG label table: `iso-8859-1`, `latin1` and `us-ascii` all mean
/// Windows-1252; unknown labels are ignored, as browsers ignore them.
struct EncodingDecision: Equatable {
    /// Facts for PageFacts (`name` is the WHATWG name of the encoding used).
    var facts: EncodingFacts
    /// The name handed to libxml2 (an iconv or built-in libxml2 name).
    var libxmlName: String
    /// Bytes to skip at the start (a byte-order mark).
    var skip: Int

    static func decide(_ bytes: [UInt8], contentType: String?) -> EncodingDecision {
        let headerLabel = contentType.flatMap(Self.charsetParameter(in:))
        let early = MetaPrescan.scan(bytes)
        let markupDeclaration = early ?? MetaPrescan.scan(bytes, limit: MetaPrescan.lateLimit)
        var facts = EncodingFacts(declaredInHeader: headerLabel, declaredInMarkup: markupDeclaration?.label,
                                  declaredLate: early == nil && markupDeclaration != nil)
        var skip = 0
        var chosen: String?

        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            chosen = "utf-8"; skip = 3; facts.source = .bom
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            chosen = "utf-16be"; skip = 2; facts.source = .bom
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            chosen = "utf-16le"; skip = 2; facts.source = .bom
        } else if let label = headerLabel, let name = Self.canonicalName(label) {
            chosen = name; facts.source = .httpHeader
        } else if let declaration = markupDeclaration, var name = Self.canonicalName(declaration.label) {
            // A page cannot declare UTF-16 in its own ASCII-compatible markup (WHATWG: use UTF-8).
            if name.hasPrefix("utf-16") { name = "utf-8" }
            chosen = name; facts.source = declaration.httpEquiv ? .metaHttpEquiv : .metaCharset
        }
        let name: String
        if let chosen {
            name = chosen
        } else if UTF8Scan.isValid(bytes) {
            name = "utf-8"; facts.source = .defaultUTF8
        } else {
            name = "windows-1252"; facts.source = .fallbackWindows1252
        }
        facts.name = name
        if name == "utf-8" {
            facts.replacementCharacters = UTF8Scan.replacementCount(bytes, from: skip)
        }
        return EncodingDecision(facts: facts, libxmlName: Self.libxmlName(name, bytes: bytes), skip: skip)
    }

    /// The libxml2 name for a WHATWG encoding name.
    ///
    /// libxml2 2.9.14 quirks: its built-in `ISO-8859-1` maps 0x80–0x9F to C1 controls (so `’` at 0x92
    /// would be lost), while `WINDOWS-1252` goes through iconv, which rejects the five bytes that
    /// Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) and then drops the rest of the page.
    /// So Windows-1252 is asked of iconv unless one of those bytes is present, in which case the
    /// built-in ISO-8859-1 decoder is used (it maps those five bytes exactly as WHATWG does).
    static func libxmlName(_ name: String, bytes: [UInt8]) -> String {
        switch name {
        case "utf-8": return "UTF-8"
        case "windows-1252":
            let undefined = bytes.withUnsafeBufferPointer { buffer in
                buffer.contains { $0 == 0x81 || $0 == 0x8D || $0 == 0x8F || $0 == 0x90 || $0 == 0x9D }
            }
            return undefined ? "ISO-8859-1" : "WINDOWS-1252"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return name.uppercased()
        }
    }

    /// The `charset` parameter of a `Content-Type` value, unquoted (nil when absent or empty).
    static func charsetParameter(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingASCIIWhitespace().lowercased() == "charset" else { continue }
            let value = parts[1].trimmingASCIIWhitespace().trimming("\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The WHATWG name of an encoding label, nil when the label is unknown.
    static func canonicalName(_ label: String) -> String? {
        let key = label.trimmingASCIIWhitespace().lowercased()
        return labels[key]
    }

    /// WHATWG encoding labels → encoding names (the common part of the table).
    private static let labels: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("utf-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]),
            ("windows-1252", [
                "windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "x-cp1252",
            ]),
            ("iso-8859-15", ["iso-8859-15", "csisolatin9", "iso8859-15", "iso885915", "iso_8859-15", "l9", "latin9"]),
            ("iso-8859-2", ["iso-8859-2", "csisolatin2", "iso8859-2", "iso88592", "iso_8859-2", "l2", "latin2"]),
            ("windows-1250", ["windows-1250", "cp1250", "x-cp1250"]),
            ("windows-1251", ["windows-1251", "cp1251", "x-cp1251"]),
            ("windows-1253", ["windows-1253", "cp1253", "x-cp1253"]),
            ("windows-1254", ["windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "latin5", "l5", "iso8859-9", "iso88599"]),
            ("windows-1256", ["windows-1256", "cp1256", "x-cp1256"]),
            ("iso-8859-7", ["iso-8859-7", "greek", "iso8859-7", "iso88597"]),
            ("koi8-r", ["koi8-r", "koi", "koi8", "koi8_r"]),
            ("koi8-u", ["koi8-u", "koi8-ru"]),
            ("macintosh", ["macintosh", "mac", "x-mac-roman", "csmacintosh"]),
            ("shift_jis", ["shift_jis", "shift-jis", "sjis", "ms_kanji", "windows-31j", "x-sjis", "csshiftjis"]),
            ("euc-jp", ["euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"]),
            ("iso-2022-jp", ["iso-2022-jp", "csiso2022jp"]),
            ("gbk", ["gbk", "gb2312", "chinese", "csgb2312", "x-gbk", "gb_2312-80"]),
            ("gb18030", ["gb18030"]),
            ("big5", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
            ("euc-kr", ["euc-kr", "cseuckr", "korean", "ks_c_5601-1987", "windows-949"]),
            ("utf-16le", ["utf-16le", "utf-16", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff"]),
            ("utf-16be", ["utf-16be", "unicodefffe"]),
        ]
        for (name, names) in groups {
            for label in names { table[label] = name }
        }
        return table
    }()
}

/// The HTML "prescan a byte stream to determine its encoding" algorithm, simplified: looks at
/// the first 1024 bytes for `<meta charset>` or `<meta http-equiv=content-type content="…charset=…">`,
/// skipping comments and other tags.
enum MetaPrescan {
    struct Declaration: Equatable {
        var label: String
        var httpEquiv: Bool
    }

    /// How far a late declaration is looked for (a head with large inline scripts and styles).
    static let lateLimit = 65_536

    /// The first declaration within `limit` bytes (1024: the standard's prescan).
    static func scan(_ bytes: [UInt8], limit: Int = 1024) -> Declaration? {
        let end = min(bytes.count, limit)
        var i = 0
        while i < end {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if matches(bytes, i, "<!--") {
                i += 4
                while i + 2 < end, !(bytes[i] == UInt8(ascii: "-") && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == UInt8(ascii: ">")) { i += 1 }
                i += 3
                continue
            }
            if matches(bytes, i, "<meta"), i + 5 < end, isSpaceOrSlash(bytes[i + 5]) {
                var attributes: [(String, String)] = []
                i = readAttributes(bytes, from: i + 5, end: end, into: &attributes)
                if let declaration = declaration(attributes) { return declaration }
                continue
            }
            // Any other tag: skip to its end.
            i += 1
            while i < end, bytes[i] != UInt8(ascii: ">") { i += 1 }
        }
        return nil
    }

    private static func declaration(_ attributes: [(String, String)]) -> Declaration? {
        if let charset = attributes.first(where: { $0.0 == "charset" })?.1, !charset.isEmpty {
            return Declaration(label: charset, httpEquiv: false)
        }
        guard attributes.contains(where: { $0.0 == "http-equiv" && $0.1.lowercased() == "content-type" }),
              let content = attributes.first(where: { $0.0 == "content" })?.1,
              let label = EncodingDecision.charsetParameter(in: content)
        else { return nil }
        return Declaration(label: label, httpEquiv: true)
    }

    /// Reads `name=value` pairs up to `>`; returns the index after the tag.
    private static func readAttributes(_ bytes: [UInt8], from start: Int, end: Int, into attributes: inout [(String, String)]) -> Int {
        var i = start
        while i < end {
            while i < end, isSpaceOrSlash(bytes[i]) { i += 1 }
            guard i < end else { break }
            if bytes[i] == UInt8(ascii: ">") { return i + 1 }
            let nameStart = i
            while i < end, bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"), !isSpaceOrSlash(bytes[i]) { i += 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            while i < end, isSpace(bytes[i]) { i += 1 }
            var value = ""
            if i < end, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < end, isSpace(bytes[i]) { i += 1 }
                if i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    i += 1
                    let valueStart = i
                    while i < end, bytes[i] != quote { i += 1 }
                    value = String(decoding: bytes[valueStart..<i], as: UTF8.self)
                    i += 1
                } else {
                    let valueStart = i
                    while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    value = String(decoding: bytes[valueStart..<i], as: UTF8.self)
                }
            }
            if !name.isEmpty { attributes.append((name, value)) }
        }
        return i
    }

    private static func matches(_ bytes: [UInt8], _ at: Int, _ pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        let p = pattern.utf8Start
        for k in 0..<count where bytes[at + k] | 0x20 != p[k] | 0x20 { return false }
        return true
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    private static func isSpaceOrSlash(_ b: UInt8) -> Bool { isSpace(b) || b == UInt8(ascii: "/") }
}

/// UTF-8 validity and the count of U+FFFD a browser would show.
enum UTF8Scan {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                i = skipASCII(buffer, from: i)
                guard i < buffer.count else { break }
                if buffer[i] < 0x80 { i += 1; continue }
                guard let length = sequenceLength(buffer, at: i) else { return false }
                i += length
            }
            return true
        }
    }

    /// Ill-formed sequences (each counts one U+FFFD, as the WHATWG decoder counts maximal subparts
    /// approximately) plus U+FFFD characters written in the page (EF BF BD).
    static func replacementCount(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var i = start
            var count = 0
            while i < buffer.count {
                i = skipASCII(buffer, from: i)
                guard i < buffer.count else { break }
                if buffer[i] < 0x80 { i += 1; continue }
                if let length = sequenceLength(buffer, at: i) {
                    if length == 3, buffer[i] == 0xEF, buffer[i + 1] == 0xBF, buffer[i + 2] == 0xBD { count += 1 }
                    i += length
                } else {
                    count += 1
                    i += 1
                    while i < buffer.count, buffer[i] & 0xC0 == 0x80 { i += 1 }
                }
            }
            return count
        }
    }

    /// The index of the first byte at or after `start` that is not ASCII, eight bytes at a time.
    private static func skipASCII(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        var i = start
        while i + 8 <= buffer.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        return i
    }

    /// Length of the well-formed multi-byte sequence at `i`, nil when ill-formed.
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = b[i]
        let n = b.count
        func cont(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : nil
        case 0xE0:
            return i + 2 < n && (0xA0...0xBF).contains(b[i + 1]) && cont(i + 2) ? 3 : nil
        case 0xED:
            return i + 2 < n && (0x80...0x9F).contains(b[i + 1]) && cont(i + 2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(i + 1) && cont(i + 2) ? 3 : nil
        case 0xF0:
            return i + 3 < n && (0x90...0xBF).contains(b[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : nil
        case 0xF1...0xF3:
            return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : nil
        case 0xF4:
            return i + 3 < n && (0x80...0x8F).contains(b[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : nil
        default:
            return nil
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing ASCII white space.
    func trimmingASCIIWhitespace() -> String {
        String(self).trimmingASCIIWhitespace()
    }

    /// Whether the string starts, after white space, with `prefix` (ASCII, compared case-insensitively).
    func hasASCIIPrefixIgnoringCase(_ prefix: StaticString) -> Bool {
        var iterator = utf8.makeIterator()
        var byte = iterator.next()
        while let b = byte, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { byte = iterator.next() }
        let bytes = prefix.utf8Start
        for index in 0..<prefix.utf8CodeUnitCount {
            guard let b = byte else { return false }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if lower != bytes[index] { return false }
            byte = iterator.next()
        }
        return true
    }

    /// The string without leading and trailing characters of `set`.
    func trimming(_ set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The string without leading and trailing ASCII white space.
    func trimmingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if !isSpace(first), !isSpace(last) { return String(self) }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
