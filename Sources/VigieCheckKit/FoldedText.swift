import Foundation
import VigieCore

/// The words of a label as the lexicons match them — lower-case, accents removed, every run of
/// non-alphanumerics one space — computed on UTF-8 bytes. It runs for every label of every page:
/// Foundation's `folding(options:)` costs ten times more and gives the same words for the Latin
/// letters of French text (other scripts are kept as they are).
public enum FoldedText {
    public static func words(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            // The words are never longer than the text: a run of separators becomes one space, a
            // two-byte letter one byte or two, and nothing else grows.
            String(unsafeUninitializedCapacity: input.count) { out in
                var count = 0
                var pendingSpace = false
                func emit(_ byte: UInt8) {
                    if pendingSpace, count > 0 {
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    out[count] = byte
                    count += 1
                }
                func copy(_ byte: UInt8) {
                    out[count] = byte
                    count += 1
                }
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    index += 1
                    switch byte {
                    case 0x30...0x39, 0x61...0x7A: emit(byte)
                    case 0x41...0x5A: emit(byte + 32)
                    case 0x00..<0x80: pendingSpace = true
                    case 0xC3:
                        guard index < input.count else { break }
                        let second = input[index]
                        index += 1
                        if let base = latin1Base(second) {
                            emit(base)
                        } else if second == 0x97 || second == 0xB7 {
                            pendingSpace = true
                        } else {
                            emit(0xC3)
                            copy(second < 0xA0 && second != 0x9F ? second + 0x20 : second)
                        }
                    case 0xC2:
                        if index < input.count { index += 1 }
                        pendingSpace = true
                    case 0xC5:
                        guard index < input.count else { break }
                        let second = input[index]
                        index += 1
                        if second == 0x92 || second == 0x93 {
                            emit(UInt8(ascii: "o"))
                            copy(UInt8(ascii: "e"))
                        } else {
                            emit(0xC5)
                            copy(second)
                        }
                    case 0xE2:
                        let second: UInt8? = index < input.count ? input[index] : nil
                        if second != nil { index += 1 }
                        let third: UInt8? = index < input.count ? input[index] : nil
                        if third != nil { index += 1 }
                        if let second, second >= 0x80, second <= 0x82 {
                            pendingSpace = true
                        } else {
                            emit(0xE2)
                            if let second { copy(second) }
                            if let third { copy(third) }
                        }
                    default:
                        emit(byte)
                        while index < input.count, input[index] & 0xC0 == 0x80 {
                            copy(input[index])
                            index += 1
                        }
                    }
                }
                return count
            }
        }
    }

    /// The folded form of `text` — lower-case, accents removed, typographic spaces and apostrophes made
    /// plain — with as many Characters as `text`, so that offsets found in it quote the original.
    public static func fold(_ text: String) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\u{00A0}", "\u{202F}", "\u{2009}", "\t": out.append(" ")
            case "\u{2019}", "\u{2018}": out.append("'")
            default:
                if character.isASCII {
                    out.append(Character(character.lowercased()))
                } else {
                    let folded = String(character).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    out.append(folded.count == 1 ? Character(folded) : character)
                }
            }
        }
        return out
    }

    /// `text` with its ASCII letters lower-cased, other bytes untouched (URL paths, class names: what is
    /// not ASCII there is percent-encoded or left as written).
    public static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// The first of the folded `needles` that the folded `haystack` contains, compared byte for byte
    /// (folded text has no combining accents left: Foundation's search, which allows for them, cost
    /// 5 % of an audit of 1,000 pages here, reading the legal pages).
    public static func firstMatch(_ foldedHaystack: String, _ foldedNeedles: [String]) -> String? {
        var haystack = foldedHaystack
        return haystack.withUTF8 { text in
            foldedNeedles.first { needle in
                var needle = needle
                return needle.withUTF8 { ByteSearch.contains(text, $0) }
            }
        }
    }

    /// The ASCII base letter of the Latin-1 letter encoded as `C3 xx`, lower-case; nil when it has none.
    private static func latin1Base(_ second: UInt8) -> UInt8? {
        switch second | 0x20 {
        case 0xA0...0xA5: UInt8(ascii: "a")
        case 0xA7: UInt8(ascii: "c")
        case 0xA8...0xAB: UInt8(ascii: "e")
        case 0xAC...0xAF: UInt8(ascii: "i")
        case 0xB1: UInt8(ascii: "n")
        case 0xB2...0xB6: UInt8(ascii: "o")
        case 0xB9...0xBC: UInt8(ascii: "u")
        case 0xBD, 0xBF: UInt8(ascii: "y")
        default: nil
        }
    }
}
