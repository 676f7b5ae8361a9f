/// An at-rule of a style sheet: `@media screen and (max-width: 600px)`, `@import url(m.css) screen and (…)`.
public struct CSSAtRule: Sendable, Hashable {
    /// The name, lower-case, without `@` (`media`, `import`, `supports`, `container`…).
    public var name: String
    /// The prelude with comments removed and white space collapsed (`screen and (max-width: 600px)`).
    public var prelude: String
    /// Ident tokens inside the prelude's parentheses, lower-case (`max-width`, `width`, `orientation`).
    public var features: [String]
    /// The URL of an `@import`.
    public var importURL: String?
    /// 1-based line of the `@`.
    public var line: Int

    /// A width-based query: `@media`, `@import`, `@container` or `@custom-media` testing a width.
    public var isWidthQuery: Bool {
        ["media", "import", "container", "custom-media"].contains(name) && features.contains(where: CSSScanner.isWidthFeature)
    }

    /// `@media` as written, for evidence.
    public var text: String { "@\(name) \(prelude)" }
}

/// A declaration: `width: 960px !important`.
public struct CSSDeclaration: Sendable, Hashable {
    /// The property, lower-case.
    public var property: String
    /// The value, comments removed and white space collapsed, without `!important`.
    public var value: String
    public var important: Bool
    /// The value as a length in CSS pixels when it is a single length (`960px`, `60em` at 16px), else nil.
    public var pixels: Double?
}

/// A style rule: its selectors, its declarations and the at-rules it sits in (outermost first).
public struct CSSStyleRule: Sendable, Hashable {
    /// The selector list, split on top-level commas, white space collapsed.
    public var selectors: [String]
    public var declarations: [CSSDeclaration]
    public var conditions: [CSSAtRule]
    public var line: Int

    /// The last declaration of `property`, `!important` winning.
    public func declaration(_ property: String) -> CSSDeclaration? {
        let all = declarations.filter { $0.property == property }
        return all.last { $0.important } ?? all.last
    }
}

/// What a style sheet holds, read with a real (small) tokenizer: comments, strings, blocks and
/// at-rules are understood, so a `@media` inside a comment or a string is not one.
public struct CSSSheet: Sendable, Hashable {
    public var atRules: [CSSAtRule] = []
    public var rules: [CSSStyleRule] = []
    /// The sheet ended inside a comment or a string (a cut or broken file).
    public var unterminatedComment = false
    public var unterminatedString = false
}

/// Reads CSS text into a CSSSheet. Pure, total (any input gives a sheet) and linear; fuzzable.
///
/// Conditional group rules (`@media`, `@supports`, `@container`, `@layer`, `@document`, `@scope`,
/// `@starting-style`) are read inside, nested to any depth, and their rules carry them as
/// conditions; other blocks (`@font-face`, `@keyframes`, `@page`) are skipped. CSS nesting
/// (`.a { .b { … } }`, `.a { @media (…) { … } }`) is followed.
public enum CSSScanner {
    public static func scan(_ css: String) -> CSSSheet {
        let bytes = Array(css.utf8)
        let stream = CSSTokenizer.tokenize(bytes)
        var parser = Parser(bytes: bytes, tokens: stream.tokens)
        parser.rules(conditions: [], parent: nil, nested: false)
        var sheet = parser.sheet
        sheet.unterminatedComment = stream.unterminatedComment
        sheet.unterminatedString = stream.unterminatedString
        return sheet
    }

    /// The declarations of a `style=""` attribute.
    public static func declarations(_ style: String) -> [CSSDeclaration] {
        let bytes = Array(style.utf8)
        var parser = Parser(bytes: bytes, tokens: CSSTokenizer.tokenize(bytes).tokens)
        return parser.declarationList()
    }

    /// The features of a media query list as written in a `media` attribute (`screen and (max-width: 40em)`).
    public static func mediaFeatures(_ media: String) -> [String] {
        let bytes = Array(media.utf8)
        let parser = Parser(bytes: bytes, tokens: CSSTokenizer.tokenize(bytes).tokens)
        return parser.features(parser.tokens[...])
    }

    /// Media features that test a width (`width`, `min-width`, `max-device-width`, `inline-size`…).
    public static func isWidthFeature(_ feature: String) -> Bool {
        widthFeatures.contains(feature)
    }

    static let widthFeatures: Set<String> = [
        "width", "min-width", "max-width", "device-width", "min-device-width", "max-device-width",
        "inline-size", "min-inline-size", "max-inline-size",
    ]

    /// At-rules whose block holds rules.
    static let groupRules: Set<String> = ["media", "supports", "container", "layer", "document", "-moz-document", "scope", "starting-style"]
}

/// The rule-level reader over the tokens.
private struct Parser {
    let bytes: [UInt8]
    let tokens: [CSSToken]
    var i = 0
    var sheet = CSSSheet()
    /// Blocks open around the reader; deeper blocks are skipped whole (no recursion without bound).
    var depth = 0
    static let maxDepth = 32
    /// Byte offsets of line starts, for line numbers.
    let lineStarts: [Int]

    init(bytes: [UInt8], tokens: [CSSToken]) {
        self.bytes = bytes
        self.tokens = tokens
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    private var atEnd: Bool { i >= tokens.count }
    private var current: CSSToken.Kind? { i < tokens.count ? tokens[i].kind : nil }

    /// Reads rules until the end, or until the `}` that closes the block when `nested`.
    mutating func rules(conditions: [CSSAtRule], parent: [String]?, nested: Bool) {
        while let kind = current {
            switch kind {
            case .whitespace, .cdo, .cdc, .semicolon:
                i += 1
            case .closeCurly:
                i += 1
                if nested { return }
            case .atKeyword:
                atRule(conditions: conditions, parent: parent)
            default:
                qualifiedRule(conditions: conditions, parent: parent, nested: nested)
            }
        }
    }

    private mutating func atRule(conditions: [CSSAtRule], parent: [String]?) {
        let keyword = tokens[i]
        i += 1
        let preludeStart = i
        skipComponents(until: [.semicolon, .openCurly], stopAtCloseCurly: true)
        let prelude = tokens[preludeStart..<i]
        var rule = CSSAtRule(name: keyword.value, prelude: text(prelude), features: [], importURL: nil, line: line(of: keyword.start))
        if ["media", "import", "container", "custom-media", "supports"].contains(rule.name) { rule.features = features(prelude) }
        if rule.name == "import" { rule.importURL = importURL(prelude) }
        sheet.atRules.append(rule)
        guard let kind = current else { return }
        switch kind {
        case .semicolon:
            i += 1
        case .openCurly:
            i += 1
            if CSSScanner.groupRules.contains(rule.name), depth < Self.maxDepth {
                depth += 1
                defer { depth -= 1 }
                if let parent {
                    styleBlock(selectors: parent, conditions: conditions + [rule], line: rule.line)
                } else {
                    rules(conditions: conditions + [rule], parent: nil, nested: true)
                }
            } else {
                skipBlock()
            }
        default:
            break
        }
    }

    private mutating func qualifiedRule(conditions: [CSSAtRule], parent: [String]?, nested: Bool) {
        let preludeStart = i
        skipComponents(until: [.openCurly], stopAtCloseCurly: nested || parent != nil)
        guard current == .openCurly else { return }
        let start = tokens[preludeStart].start
        var selectors = selectorList(tokens[preludeStart..<i])
        if let parent { selectors = combine(parent: parent, nested: selectors) }
        i += 1
        guard depth < Self.maxDepth else {
            skipBlock()
            return
        }
        depth += 1
        defer { depth -= 1 }
        styleBlock(selectors: selectors, conditions: conditions, line: line(of: start))
    }

    /// Reads a declaration block (with nested rules) after its `{`, up to and including its `}`.
    private mutating func styleBlock(selectors: [String], conditions: [CSSAtRule], line: Int) {
        var declarations: [CSSDeclaration] = []
        while let kind = current {
            switch kind {
            case .whitespace, .semicolon:
                i += 1
            case .closeCurly:
                i += 1
                sheet.rules.append(CSSStyleRule(selectors: selectors, declarations: declarations, conditions: conditions, line: line))
                return
            case .atKeyword:
                atRule(conditions: conditions, parent: selectors)
            default:
                let start = i
                skipComponents(until: [.semicolon, .openCurly], stopAtCloseCurly: true)
                if current == .openCurly {
                    i = start
                    qualifiedRule(conditions: conditions, parent: selectors, nested: true)
                } else if let declaration = declaration(tokens[start..<i]) {
                    declarations.append(declaration)
                }
            }
        }
        sheet.rules.append(CSSStyleRule(selectors: selectors, declarations: declarations, conditions: conditions, line: line))
    }

    /// A declaration list with no braces (a `style` attribute).
    mutating func declarationList() -> [CSSDeclaration] {
        var declarations: [CSSDeclaration] = []
        while !atEnd {
            if current == .semicolon || current == .whitespace { i += 1; continue }
            let start = i
            skipComponents(until: [.semicolon], stopAtCloseCurly: false)
            if let declaration = declaration(tokens[start..<i]) { declarations.append(declaration) }
            if i == start { i += 1 }
        }
        return declarations
    }

    /// Moves `i` to the first token of `kinds` at nesting depth 0 (or EOF); `}` at depth 0 stops too when asked.
    private mutating func skipComponents(until kinds: Set<CSSToken.Kind>, stopAtCloseCurly: Bool) {
        var depth: [CSSToken.Kind] = []
        while i < tokens.count {
            let kind = tokens[i].kind
            if depth.isEmpty {
                if kinds.contains(kind) { return }
                if kind == .closeCurly, stopAtCloseCurly { return }
            }
            switch kind {
            case .openParen, .function: depth.append(.closeParen)
            case .openSquare: depth.append(.closeSquare)
            case .openCurly: depth.append(.closeCurly)
            case .closeParen, .closeSquare, .closeCurly:
                if let index = depth.lastIndex(of: kind) { depth.removeSubrange(index...) }
            default: break
            }
            i += 1
        }
    }

    /// Skips a block whose `{` was consumed, up to and including its `}`.
    private mutating func skipBlock() {
        var depth = 1
        while i < tokens.count {
            switch tokens[i].kind {
            case .openCurly: depth += 1
            case .closeCurly:
                depth -= 1
                if depth == 0 { i += 1; return }
            default: break
            }
            i += 1
        }
    }

    private func declaration(_ slice: ArraySlice<CSSToken>) -> CSSDeclaration? {
        var tokens = slice.drop { $0.kind == .whitespace }
        guard let name = tokens.first, name.kind == .ident else { return nil }
        tokens = tokens.dropFirst().drop { $0.kind == .whitespace }
        guard tokens.first?.kind == .colon else { return nil }
        var value = Array(tokens.dropFirst())
        while value.last?.kind == .whitespace { value.removeLast() }
        var important = false
        if value.count >= 2, value[value.count - 1].kind == .ident, value[value.count - 1].value == "important" {
            var k = value.count - 2
            while k >= 0, value[k].kind == .whitespace { k -= 1 }
            if k >= 0, value[k].kind == .delim, value[k].value == "!" {
                important = true
                value = Array(value[..<k])
                while value.last?.kind == .whitespace { value.removeLast() }
            }
        }
        let meaningful = value.filter { $0.kind != .whitespace }
        var pixels: Double?
        if meaningful.count == 1, meaningful[0].kind == .dimension {
            switch meaningful[0].value {
            case "px": pixels = meaningful[0].number
            case "em", "rem": pixels = meaningful[0].number * 16
            case "pt": pixels = meaningful[0].number * 4 / 3
            default: break
            }
        }
        return CSSDeclaration(property: name.value, value: text(value[...]), important: important, pixels: pixels)
    }

    /// Ident tokens inside parentheses, lower-case.
    func features(_ slice: ArraySlice<CSSToken>) -> [String] {
        var depth = 0
        var found: [String] = []
        for token in slice {
            switch token.kind {
            case .openParen, .function: depth += 1
            case .closeParen: depth = max(0, depth - 1)
            case .ident where depth > 0: found.append(token.value)
            default: break
            }
        }
        return found
    }

    private func importURL(_ slice: ArraySlice<CSSToken>) -> String? {
        var iterator = slice.makeIterator()
        while let token = iterator.next() {
            switch token.kind {
            case .whitespace: continue
            case .string, .url: return token.value
            case .function where token.value == "url":
                while let inner = iterator.next() {
                    if inner.kind == .string { return inner.value }
                    if inner.kind == .closeParen { return nil }
                }
                return nil
            default: return nil
            }
        }
        return nil
    }

    private func selectorList(_ slice: ArraySlice<CSSToken>) -> [String] {
        var selectors: [String] = []
        var start = slice.startIndex
        var depth = 0
        for index in slice.indices {
            switch slice[index].kind {
            case .openParen, .function, .openSquare: depth += 1
            case .closeParen, .closeSquare: depth = max(0, depth - 1)
            case .comma where depth == 0:
                selectors.append(text(slice[start..<index]))
                start = index + 1
            default: break
            }
        }
        selectors.append(text(slice[start..<slice.endIndex]))
        return selectors.filter { !$0.isEmpty }
    }

    /// Nested selectors made absolute: `&` replaced by each parent, else the parent prefixed.
    private func combine(parent: [String], nested: [String]) -> [String] {
        var result: [String] = []
        for p in parent {
            for s in nested {
                result.append(s.contains("&") ? s.replacingAmpersand(with: p) : p + " " + s)
            }
        }
        return Array(result.prefix(64))
    }

    /// The source text of tokens, white space collapsed to one space, trimmed.
    private func text(_ slice: ArraySlice<CSSToken>) -> String {
        var out: [UInt8] = []
        var space = false
        for token in slice {
            if token.kind == .whitespace {
                space = true
                continue
            }
            if space, !out.isEmpty { out.append(0x20) }
            space = false
            let end = min(token.end, bytes.count)
            if token.start < end { out.append(contentsOf: bytes[token.start..<end]) }
            if out.count > 4096 { break }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}

private extension String {
    func replacingAmpersand(with parent: String) -> String {
        var result = ""
        for character in self {
            if character == "&" { result += parent } else { result.append(character) }
        }
        return result
    }
}
