import VigieCore

/// Tells whether a link names a page every audit needs (legal notice, CGV, privacy, contact…),
/// from the words of `rules/priority-pages.yml`, matched lower-case and without accents.
///
/// It runs for every link of every page, so it works on bytes: the words are folded once, the
/// label and URL are folded by a table (ASCII lower-case, common French accented letters to their
/// base letter, `%C3%A9`-style escapes decoded) and searched byte by byte.
public struct PriorityMatcher: Sendable {
    private let words: [[UInt8]]

    public init(_ pack: PriorityPageWords) {
        words = Set(pack.pages.values.flatMap { $0 }.map { Self.fold($0) }).filter { !$0.isEmpty }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    public func isPriority(url: String, label: String) -> Bool { names(label) || names(url) }

    /// Whether one of the words occurs in `text` (a label or a URL): the crawler tests a URL once,
    /// when it first classifies it, and each label apart.
    public func names(_ text: String) -> Bool {
        let haystack = Self.fold(text)
        return haystack.withUnsafeBufferPointer { text in
            words.contains { word in word.withUnsafeBufferPointer { ByteSearch.contains(text, $0) } }
        }
    }

    /// Lower-case, accents removed, percent-escapes of UTF-8 letters decoded first.
    static func fold(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.contains(UInt8(ascii: "%")) { bytes = decodePercent(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                index += 1
            } else if byte == 0xC3, index + 1 < bytes.count {
                out.append(latin1Base(bytes[index + 1]))
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                out.append(UInt8(ascii: "'"))
                index += 3
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// The base letter of the Latin-1 letter encoded as `C3 xx` in UTF-8, lower-case.
    private static func latin1Base(_ second: UInt8) -> UInt8 {
        let letter = second | 0x20 // upper-case forms (0x80–0x9F) share the lower-case ones' low bits
        switch letter {
        case 0xA0...0xA5: return UInt8(ascii: "a")
        case 0xA7: return UInt8(ascii: "c")
        case 0xA8...0xAB: return UInt8(ascii: "e")
        case 0xAC...0xAF: return UInt8(ascii: "i")
        case 0xB1: return UInt8(ascii: "n")
        case 0xB2...0xB6: return UInt8(ascii: "o")
        case 0xB9...0xBC: return UInt8(ascii: "u")
        case 0xBD, 0xBF: return UInt8(ascii: "y")
        default: return second
        }
    }

    private static func decodePercent(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }
}
