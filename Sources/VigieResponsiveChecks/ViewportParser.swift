/// The `content` of a `<meta name="viewport">`, read as browsers read it.
public struct Viewport: Sendable, Hashable {
    /// Something a browser tolerates but reports (Chromium prints these in the console).
    public enum Issue: Sendable, Hashable {
        /// `;` used as a separator: browsers accept it with a warning; `,` is the separator.
        case semicolonSeparator
        /// The same key twice (the last one wins).
        case duplicateKey(String)
        /// A key no browser knows.
        case unknownKey(String)
        /// A key that browsers no longer read (`target-densitydpi`, `shrink-to-fit`, `minimal-ui`).
        case obsoleteKey(String)
        /// A value that is not understood for its key (`width=large`).
        case invalidValue(key: String, value: String)
        /// A number followed by junk (`initial-scale=1.0px`): the number is kept.
        case truncatedValue(key: String, value: String)
        /// A key without `=value`.
        case missingValue(String)
        /// More than one `<meta name="viewport">` in the page (set by the caller).
        case duplicateMeta

        /// A short description, French and English.
        public var text: (fr: String, en: String) {
            switch self {
            case .semicolonSeparator: ("séparateur « ; » au lieu de « , »", "';' separator instead of ','")
            case .duplicateKey(let key): ("clé « \(key) » répétée", "key '\(key)' repeated")
            case .unknownKey(let key): ("clé inconnue « \(key) »", "unknown key '\(key)'")
            case .obsoleteKey(let key): ("clé obsolète « \(key) »", "obsolete key '\(key)'")
            case .invalidValue(let key, let value): ("valeur « \(value) » non comprise pour « \(key) »", "value '\(value)' not understood for '\(key)'")
            case .truncatedValue(let key, let value): ("valeur « \(value) » tronquée pour « \(key) »", "value '\(value)' truncated for '\(key)'")
            case .missingValue(let key): ("clé « \(key) » sans valeur", "key '\(key)' without a value")
            case .duplicateMeta: ("plusieurs balises viewport", "several viewport tags")
            }
        }
    }

    /// The key-value pairs in order, keys lower-case, values as written.
    public var pairs: [(key: String, value: String)] = []
    public var issues: [Issue] = []

    public static func == (a: Viewport, b: Viewport) -> Bool {
        a.issues == b.issues && a.pairs.map(\.key) == b.pairs.map(\.key) && a.pairs.map(\.value) == b.pairs.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(issues)
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }

    /// The last value given for `key` (the one browsers keep).
    public func value(_ key: String) -> String? { pairs.last { $0.key == key }?.value }

    /// `width=device-width`.
    public var hasDeviceWidth: Bool { value("width")?.lowercased() == "device-width" }

    public var initialScale: Double? { value("initial-scale").flatMap(ViewportParser.number) }
    public var maximumScale: Double? { value("maximum-scale").flatMap(ViewportParser.number) }

    /// `user-scalable` read as Chromium reads it: `yes`/`device-*` true, `no` false, numbers true when |n| ≥ 1.
    public var userScalable: Bool? {
        guard let raw = value("user-scalable")?.lowercased() else { return nil }
        switch raw {
        case "yes", "device-width", "device-height": return true
        case "no": return false
        default:
            guard let number = ViewportParser.number(raw) else { return false }
            return abs(number) >= 1
        }
    }

    /// Zoom is blocked: `user-scalable=no|0` or `maximum-scale` below 2.
    public var blocksZoom: Bool {
        if userScalable == false { return true }
        if let maximum = maximumScale, maximum < 2 { return true }
        return false
    }
}

/// Parses a viewport `content` the way Chromium and WebKit do: keys and values separated by `=`,
/// pairs by `,` (also `;` and white space, which are flagged), spaces tolerated around `=`.
/// Pure, total (never fails, whatever the input) and linear in the input's length.
public enum ViewportParser {
    static let known: Set<String> = ["width", "height", "initial-scale", "minimum-scale", "maximum-scale", "user-scalable", "viewport-fit", "interactive-widget"]
    static let obsolete: Set<String> = ["target-densitydpi", "shrink-to-fit", "minimal-ui"]

    public static func parse(_ content: String) -> Viewport {
        let chars = Array(content.unicodeScalars)
        var viewport = Viewport()
        var seen: Set<String> = []
        var i = 0
        let n = chars.count
        func isSeparator(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\t" || c == "\n" || c == "\r" || c == "=" || c == "," || c == ";"
        }
        var sawSemicolon = false
        while i < n {
            while i < n, isSeparator(chars[i]) {
                if chars[i] == ";" { sawSemicolon = true }
                i += 1
            }
            guard i < n else { break }
            let keyStart = i
            while i < n, !isSeparator(chars[i]) { i += 1 }
            let key = String(String.UnicodeScalarView(chars[keyStart..<i])).lowercased()
            // Up to '=', not past ',' or ';'.
            while i < n, chars[i] != "=", chars[i] != ",", chars[i] != ";" { i += 1 }
            var value = ""
            if i < n, chars[i] == "=" {
                while i < n, isSeparator(chars[i]), chars[i] != ",", chars[i] != ";" { i += 1 }
                let valueStart = i
                while i < n, !isSeparator(chars[i]) { i += 1 }
                value = String(String.UnicodeScalarView(chars[valueStart..<i]))
            }
            record(key: key, value: value, into: &viewport, seen: &seen)
        }
        if sawSemicolon { viewport.issues.insert(.semicolonSeparator, at: 0) }
        return viewport
    }

    private static func record(key: String, value: String, into viewport: inout Viewport, seen: inout Set<String>) {
        if seen.contains(key) { viewport.issues.append(.duplicateKey(key)) }
        seen.insert(key)
        viewport.pairs.append((key, value))
        if obsolete.contains(key) {
            viewport.issues.append(.obsoleteKey(key))
            return
        }
        guard known.contains(key) else {
            viewport.issues.append(.unknownKey(key))
            return
        }
        if value.isEmpty {
            viewport.issues.append(.missingValue(key))
            return
        }
        let lower = value.lowercased()
        switch key {
        case "width", "height":
            if lower == "device-width" || lower == "device-height" { return }
            checkNumber(key: key, value: value, into: &viewport)
        case "initial-scale", "minimum-scale", "maximum-scale":
            if ["yes", "no", "device-width", "device-height"].contains(lower) { return }
            checkNumber(key: key, value: value, into: &viewport)
        case "user-scalable":
            if ["yes", "no", "device-width", "device-height"].contains(lower) { return }
            checkNumber(key: key, value: value, into: &viewport)
        case "viewport-fit":
            if !["auto", "contain", "cover"].contains(lower) { viewport.issues.append(.invalidValue(key: key, value: value)) }
        case "interactive-widget":
            if !["resizes-visual", "resizes-content", "overlays-content"].contains(lower) {
                viewport.issues.append(.invalidValue(key: key, value: value))
            }
        default:
            break
        }
    }

    private static func checkNumber(key: String, value: String, into viewport: inout Viewport) {
        let (number, consumed) = leadingNumber(value)
        if number == nil {
            viewport.issues.append(.invalidValue(key: key, value: value))
        } else if consumed < value.unicodeScalars.count {
            viewport.issues.append(.truncatedValue(key: key, value: value))
        }
    }

    /// The number a value means: `yes` 1, `no` 0, `device-width`/`device-height` 10 (Chromium's
    /// reading), else its leading decimal number, nil when it has none.
    static func number(_ value: String) -> Double? {
        switch value.lowercased() {
        case "yes": return 1
        case "no": return 0
        case "device-width", "device-height": return 10
        default: return leadingNumber(value).value
        }
    }

    /// The leading decimal number of `text` (`1.5` of `1.5px`) and how many scalars it used.
    static func leadingNumber(_ text: String) -> (value: Double?, consumed: Int) {
        var digits = ""
        var sawDigit = false
        var sawDot = false
        for (index, c) in text.unicodeScalars.enumerated() {
            if c == "-" || c == "+", index == 0 {
                digits.unicodeScalars.append(c)
            } else if c.properties.numericType == .decimal, c.isASCII {
                digits.unicodeScalars.append(c)
                sawDigit = true
            } else if c == ".", !sawDot {
                digits.unicodeScalars.append(c)
                sawDot = true
            } else {
                break
            }
        }
        guard sawDigit, let value = Double(digits.hasSuffix(".") ? String(digits.dropLast()) : digits) else { return (nil, 0) }
        return (value, digits.unicodeScalars.count)
    }
}
