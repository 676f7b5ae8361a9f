/// One token of CSS (CSS Syntax Level 3, simplified: escapes are kept as written, not decoded).
struct CSSToken: Sendable {
    enum Kind: Sendable, Equatable {
        case whitespace, ident, function, atKeyword, hash, string, badString, url, badURL
        case number, percentage, dimension, delim
        case colon, semicolon, comma, openSquare, closeSquare, openParen, closeParen, openCurly, closeCurly, cdo, cdc
    }

    var kind: Kind
    /// Byte range in the source.
    var start: Int
    var end: Int
    /// Idents, functions (without `(`), at-keywords (without `@`), hashes (without `#`), dimension units:
    /// lower-cased ASCII. Strings: their content. Delims: the character.
    var value: String = ""
    /// Numbers, percentages and dimensions.
    var number: Double = 0
}

/// The tokens of a style sheet, and whether it ended inside a comment or a string.
struct CSSTokenStream: Sendable {
    var tokens: [CSSToken] = []
    var unterminatedComment = false
    var unterminatedString = false
}

/// Cuts CSS into tokens. Comments are dropped; every input gives a stream (no errors, linear time).
enum CSSTokenizer {
    static func tokenize(_ bytes: [UInt8]) -> CSSTokenStream {
        var stream = CSSTokenStream()
        stream.tokens.reserveCapacity(bytes.count / 3)
        var i = 0
        let n = bytes.count
        func at(_ k: Int) -> UInt8 { k < n ? bytes[k] : 0 }

        while i < n {
            let c = bytes[i]
            let start = i
            // Comments.
            if c == 0x2F, at(i + 1) == 0x2A {
                i += 2
                var closed = false
                while i < n {
                    if bytes[i] == 0x2A, at(i + 1) == 0x2F { i += 2; closed = true; break }
                    i += 1
                }
                if !closed { stream.unterminatedComment = true }
                continue
            }
            if isWhitespace(c) {
                while i < n, isWhitespace(bytes[i]) { i += 1 }
                stream.tokens.append(CSSToken(kind: .whitespace, start: start, end: i))
                continue
            }
            switch c {
            case 0x22, 0x27:
                let (token, next, unterminated) = string(bytes, from: i, quote: c)
                if unterminated { stream.unterminatedString = true }
                stream.tokens.append(token)
                i = next
            case 0x23:
                if isNameChar(at(i + 1)) || isValidEscape(at(i + 1), at(i + 2)) {
                    let end = consumeName(bytes, from: i + 1)
                    stream.tokens.append(CSSToken(kind: .hash, start: start, end: end, value: lower(bytes, i + 1, end)))
                    i = end
                } else {
                    stream.tokens.append(delim(c, at: i)); i += 1
                }
            case 0x28: stream.tokens.append(CSSToken(kind: .openParen, start: i, end: i + 1)); i += 1
            case 0x29: stream.tokens.append(CSSToken(kind: .closeParen, start: i, end: i + 1)); i += 1
            case 0x5B: stream.tokens.append(CSSToken(kind: .openSquare, start: i, end: i + 1)); i += 1
            case 0x5D: stream.tokens.append(CSSToken(kind: .closeSquare, start: i, end: i + 1)); i += 1
            case 0x7B: stream.tokens.append(CSSToken(kind: .openCurly, start: i, end: i + 1)); i += 1
            case 0x7D: stream.tokens.append(CSSToken(kind: .closeCurly, start: i, end: i + 1)); i += 1
            case 0x2C: stream.tokens.append(CSSToken(kind: .comma, start: i, end: i + 1)); i += 1
            case 0x3A: stream.tokens.append(CSSToken(kind: .colon, start: i, end: i + 1)); i += 1
            case 0x3B: stream.tokens.append(CSSToken(kind: .semicolon, start: i, end: i + 1)); i += 1
            case 0x3C:
                if at(i + 1) == 0x21, at(i + 2) == 0x2D, at(i + 3) == 0x2D {
                    stream.tokens.append(CSSToken(kind: .cdo, start: i, end: i + 4)); i += 4
                } else {
                    stream.tokens.append(delim(c, at: i)); i += 1
                }
            case 0x40:
                if startsIdent(at(i + 1), at(i + 2), at(i + 3)) {
                    let end = consumeName(bytes, from: i + 1)
                    stream.tokens.append(CSSToken(kind: .atKeyword, start: start, end: end, value: lower(bytes, i + 1, end)))
                    i = end
                } else {
                    stream.tokens.append(delim(c, at: i)); i += 1
                }
            default:
                if startsNumber(c, at(i + 1), at(i + 2)) {
                    let (token, next) = numeric(bytes, from: i)
                    stream.tokens.append(token)
                    i = next
                } else if c == 0x2D, at(i + 1) == 0x2D, at(i + 2) == 0x3E {
                    stream.tokens.append(CSSToken(kind: .cdc, start: i, end: i + 3)); i += 3
                } else if startsIdent(c, at(i + 1), at(i + 2)) {
                    let (token, next) = identLike(bytes, from: i)
                    stream.tokens.append(token)
                    i = next
                } else {
                    stream.tokens.append(delim(c, at: i)); i += 1
                }
            }
        }
        return stream
    }

    // MARK: - Token kinds

    private static func delim(_ c: UInt8, at i: Int) -> CSSToken {
        CSSToken(kind: .delim, start: i, end: i + 1, value: String(UnicodeScalar(c)))
    }

    /// A string token from the quote at `from`; a raw newline makes it a bad string, EOF ends it.
    private static func string(_ bytes: [UInt8], from: Int, quote: UInt8) -> (CSSToken, Int, Bool) {
        var i = from + 1
        let n = bytes.count
        var content: [UInt8] = []
        while i < n {
            let c = bytes[i]
            if c == quote {
                return (CSSToken(kind: .string, start: from, end: i + 1, value: String(decoding: content, as: UTF8.self)), i + 1, false)
            }
            if c == 0x0A || c == 0x0D || c == 0x0C {
                return (CSSToken(kind: .badString, start: from, end: i), i, false)
            }
            if c == 0x5C {
                if i + 1 >= n { i += 1; break }
                let next = bytes[i + 1]
                if next == 0x0A || next == 0x0C || next == 0x0D { i += 2; continue }
                content.append(next)
                i += 2
                continue
            }
            content.append(c)
            i += 1
        }
        return (CSSToken(kind: .string, start: from, end: n, value: String(decoding: content, as: UTF8.self)), n, true)
    }

    private static func numeric(_ bytes: [UInt8], from: Int) -> (CSSToken, Int) {
        var i = from
        let n = bytes.count
        func at(_ k: Int) -> UInt8 { k < n ? bytes[k] : 0 }
        if bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
        while i < n, isDigit(bytes[i]) { i += 1 }
        if at(i) == 0x2E, isDigit(at(i + 1)) {
            i += 1
            while i < n, isDigit(bytes[i]) { i += 1 }
        }
        if at(i) == 0x45 || at(i) == 0x65 {
            if isDigit(at(i + 1)) {
                i += 1
                while i < n, isDigit(bytes[i]) { i += 1 }
            } else if (at(i + 1) == 0x2B || at(i + 1) == 0x2D), isDigit(at(i + 2)) {
                i += 2
                while i < n, isDigit(bytes[i]) { i += 1 }
            }
        }
        let number = Double(String(decoding: bytes[from..<i], as: UTF8.self)) ?? 0
        if startsIdent(at(i), at(i + 1), at(i + 2)) {
            let end = consumeName(bytes, from: i)
            return (CSSToken(kind: .dimension, start: from, end: end, value: lower(bytes, i, end), number: number), end)
        }
        if at(i) == 0x25 {
            return (CSSToken(kind: .percentage, start: from, end: i + 1, number: number), i + 1)
        }
        return (CSSToken(kind: .number, start: from, end: i, number: number), i)
    }

    /// An ident, a function, or a `url(` with an unquoted address.
    private static func identLike(_ bytes: [UInt8], from: Int) -> (CSSToken, Int) {
        let end = consumeName(bytes, from: from)
        let name = lower(bytes, from, end)
        guard end < bytes.count, bytes[end] == 0x28 else {
            return (CSSToken(kind: .ident, start: from, end: end, value: name), end)
        }
        if name == "url" {
            var j = end + 1
            while j < bytes.count, isWhitespace(bytes[j]) { j += 1 }
            if j < bytes.count, bytes[j] != 0x22, bytes[j] != 0x27 {
                return url(bytes, from: from, contentStart: j)
            }
        }
        return (CSSToken(kind: .function, start: from, end: end + 1, value: name), end + 1)
    }

    private static func url(_ bytes: [UInt8], from: Int, contentStart: Int) -> (CSSToken, Int) {
        var i = contentStart
        let n = bytes.count
        var content: [UInt8] = []
        while i < n {
            let c = bytes[i]
            if c == 0x29 {
                return (CSSToken(kind: .url, start: from, end: i + 1, value: String(decoding: content, as: UTF8.self)), i + 1)
            }
            if isWhitespace(c) {
                var j = i
                while j < n, isWhitespace(bytes[j]) { j += 1 }
                if j >= n { return (CSSToken(kind: .url, start: from, end: n, value: String(decoding: content, as: UTF8.self)), n) }
                if bytes[j] == 0x29 {
                    return (CSSToken(kind: .url, start: from, end: j + 1, value: String(decoding: content, as: UTF8.self)), j + 1)
                }
                return badURL(bytes, from: from, at: j)
            }
            if c == 0x22 || c == 0x27 || c == 0x28 { return badURL(bytes, from: from, at: i) }
            if c == 0x5C {
                if isValidEscape(c, i + 1 < n ? bytes[i + 1] : 0) {
                    content.append(bytes[i + 1]); i += 2; continue
                }
                return badURL(bytes, from: from, at: i)
            }
            content.append(c)
            i += 1
        }
        return (CSSToken(kind: .url, start: from, end: n, value: String(decoding: content, as: UTF8.self)), n)
    }

    /// Consumes the remnants of a bad url up to `)` or EOF.
    private static func badURL(_ bytes: [UInt8], from: Int, at start: Int) -> (CSSToken, Int) {
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x29 { return (CSSToken(kind: .badURL, start: from, end: i + 1), i + 1) }
            if bytes[i] == 0x5C, i + 1 < bytes.count { i += 2; continue }
            i += 1
        }
        return (CSSToken(kind: .badURL, start: from, end: bytes.count), bytes.count)
    }

    // MARK: - Character classes

    static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isNameStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80
    }
    private static func isNameChar(_ c: UInt8) -> Bool { isNameStart(c) || isDigit(c) || c == 0x2D }
    private static func isValidEscape(_ a: UInt8, _ b: UInt8) -> Bool {
        a == 0x5C && b != 0x0A && b != 0x0D && b != 0x0C && b != 0
    }
    private static func startsIdent(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        if a == 0x2D { return isNameStart(b) || b == 0x2D || isValidEscape(b, c) }
        return isNameStart(a) || isValidEscape(a, b)
    }
    private static func startsNumber(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        if a == 0x2B || a == 0x2D { return isDigit(b) || (b == 0x2E && isDigit(c)) }
        if a == 0x2E { return isDigit(b) }
        return isDigit(a)
    }

    /// The end of the name starting at `from` (escapes included).
    private static func consumeName(_ bytes: [UInt8], from: Int) -> Int {
        var i = from
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if isNameChar(c) {
                i += 1
            } else if isValidEscape(c, i + 1 < n ? bytes[i + 1] : 0) {
                i += 2
            } else {
                break
            }
        }
        return i
    }

    private static func lower(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
