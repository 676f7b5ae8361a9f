/// Collects text as UTF-8 bytes, collapsing white space as a browser renders it: runs of ASCII
/// white space and no-break spaces (U+00A0, U+202F) become one space, leading and trailing
/// spaces are dropped, a `<br>` becomes one newline. Stops at `cap` bytes (cut on a character
/// boundary when made into a String).
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    private var softBoundary = false
    let cap: Int
    private(set) var truncated = false

    init(cap: Int, reserve: Int = 0) {
        self.cap = cap
        if reserve > 0 { bytes.reserveCapacity(reserve) }
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends a NUL-terminated UTF-8 C string, copying runs of visible bytes in bulk.
    mutating func append(_ text: UnsafePointer<UInt8>) {
        var p = text
        while true {
            // Skip white space (ASCII, U+00A0, U+202F).
            while true {
                let byte = p.pointee
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                    p += 1
                } else if byte == 0xC2, p[1] == 0xA0 {
                    pendingSpace = true
                    p += 2
                } else if byte == 0xE2, p[1] == 0x80, p[2] == 0xAF {
                    pendingSpace = true
                    p += 3
                } else {
                    break
                }
            }
            if p.pointee == 0 { return }
            // A run of visible bytes, taking in single spaces between words (already collapsed): a
            // sentence is copied in one piece, not word by word.
            let start = p
            scan: while true {
                let byte = p.pointee
                guard Self.mayEndRun(byte) else {
                    p += 1
                    continue
                }
                switch byte {
                case 0x20 where Self.startsVisible(p + 1): p += 2
                case 0xC2 where p[1] != 0xA0: p += 1
                case 0xE2 where !(p[1] == 0x80 && p[2] == 0xAF): p += 1
                default: break scan
                }
            }
            guard bytes.count < cap else {
                truncated = true
                return
            }
            if pendingSpace {
                if let last = bytes.last, last != 0x0A { bytes.append(0x20) }
                pendingSpace = false
            } else if softBoundary, let last = bytes.last, Self.isWordByte(last), Self.isWordByte(start.pointee) {
                bytes.append(0x20)
            }
            softBoundary = false
            let length = min(p - start, cap - bytes.count)
            if length < p - start { truncated = true }
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
        }
    }

    /// Appends a Swift string (collapsed like markup text).
    mutating func append(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.append(0)
        bytes.withUnsafeBufferPointer { append($0.baseAddress!) }
    }

    /// A separator between two pieces that must not touch (`alt` texts, cells): a pending space.
    mutating func appendSpace() {
        pendingSpace = true
    }

    /// The edge of a link or a control: a space separates two words that touch across it
    /// (`Mentions légales</a><a>Contact` → "Mentions légales Contact"), not a word and punctuation.
    mutating func appendBoundary() {
        softBoundary = true
    }

    /// Bytes that may end a run of visible text: NUL, the white space skipped above, and the lead bytes
    /// of U+00A0 and U+202F. Exactly those: a byte that stopped a run and were not skipped would loop.
    @inline(__always)
    private static func mayEndRun(_ byte: UInt8) -> Bool {
        byte <= 0x20 ? byte == 0x00 || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D : byte == 0xC2 || byte == 0xE2
    }

    /// Whether the NUL-terminated text at `p` starts with a visible character (not white space, not the end).
    private static func startsVisible(_ p: UnsafePointer<UInt8>) -> Bool {
        switch p.pointee {
        case 0x00, 0x20, 0x09, 0x0A, 0x0C, 0x0D: false
        case 0xC2: p[1] != 0xA0
        case 0xE2: !(p[1] == 0x80 && p[2] == 0xAF)
        default: true
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// A line break (`<br>`).
    mutating func appendNewline() {
        pendingSpace = false
        guard let last = bytes.last, last != 0x0A, bytes.count < cap else { return }
        bytes.append(0x0A)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        softBoundary = false
        truncated = false
    }

    /// The text, without a trailing newline, cut on a UTF-8 boundary.
    var string: String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if truncated || end < bytes.count || bytes.count >= cap {
            // Drop an incomplete trailing sequence left by the cap.
            var k = end
            while k > 0, bytes[k - 1] & 0xC0 == 0x80 { k -= 1 }
            if k > 0, bytes[k - 1] >= 0xC0 {
                let lead = bytes[k - 1]
                let need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if end - (k - 1) < need { end = k - 1 }
            }
        }
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }
}
