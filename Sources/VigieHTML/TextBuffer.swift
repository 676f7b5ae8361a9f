/// Collects text as UTF-8 bytes, collapsing white space as a browser renders it: runs of ASCII
/// white space and no-break spaces (U+00A0, U+202F) become one space, leading and trailing
/// spaces are dropped, a `<br>` becomes one newline. Stops at `cap` bytes (cut on a character
/// boundary when made into a String).
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    let cap: Int
    private(set) var truncated = false

    init(cap: Int) {
        self.cap = cap
    }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// Appends a NUL-terminated UTF-8 C string.
    mutating func append(_ text: UnsafePointer<UInt8>) {
        var p = text
        while true {
            let byte = p.pointee
            if byte == 0 { return }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                p += 1
                continue
            }
            if byte == 0xC2, p[1] == 0xA0 {
                pendingSpace = true
                p += 2
                continue
            }
            if byte == 0xE2, p[1] == 0x80, p[2] == 0xAF {
                pendingSpace = true
                p += 3
                continue
            }
            if bytes.count >= cap {
                truncated = true
                return
            }
            if pendingSpace {
                if let last = bytes.last, last != 0x0A { bytes.append(0x20) }
                pendingSpace = false
            }
            bytes.append(byte)
            p += 1
        }
    }

    /// Appends a Swift string (collapsed like markup text).
    mutating func append(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            var bytes = Array(buffer)
            bytes.append(0)
            bytes.withUnsafeBufferPointer { append($0.baseAddress!) }
        }
    }

    /// A separator between two pieces that must not touch (`alt` texts, cells): a pending space.
    mutating func appendSpace() {
        pendingSpace = true
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
