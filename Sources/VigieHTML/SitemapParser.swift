import CLibXML2

/// What one sitemap file lists (sitemaps.org protocol): page URLs, or other sitemaps for an index.
public struct SitemapDocument: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case urlset, index, text
    }

    public var kind: Kind
    /// The `<loc>` values (or lines of a text sitemap), trimmed, at most the cap.
    public var locations: [String]
    /// Why the file could not be read, when it could not.
    public var error: String?
    /// Entries dropped beyond the cap.
    public var dropped: Int

    public init(kind: Kind, locations: [String], error: String? = nil, dropped: Int = 0) {
        self.kind = kind
        self.locations = locations
        self.error = error
        self.dropped = dropped
    }
}

/// Reads sitemap files (XML, gzip-compressed XML, or plain text) with libxml2 — no network, no entity expansion.
public enum SitemapParser {
    /// The protocol's own limits: 50,000 URLs and 50 MiB uncompressed per file.
    public static let maxURLs = 50_000
    public static let maxBytes = 50 << 20

    public static func parse(_ raw: [UInt8], maxURLs: Int = maxURLs) -> SitemapDocument {
        var bytes = raw
        if raw.count >= 2, raw[0] == 0x1F, raw[1] == 0x8B {
            guard let inflated = Gzip.decompress(raw, limit: maxBytes) else {
                return SitemapDocument(kind: .urlset, locations: [], error: "gzip invalide ou de plus de 50 Mio décompressé")
            }
            bytes = inflated
        }
        guard !bytes.isEmpty else { return SitemapDocument(kind: .urlset, locations: [], error: "fichier vide") }
        let start = bytes.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        if start.first != UInt8(ascii: "<") { return parseText(bytes, maxURLs: maxURLs) }
        return parseXML(bytes, maxURLs: maxURLs)
    }

    private static func parseText(_ bytes: [UInt8], maxURLs: Int) -> SitemapDocument {
        var locations: [String] = []
        var dropped = 0
        for line in bytes.split(whereSeparator: { $0 == 10 || $0 == 13 }) {
            let text = String(decoding: line, as: UTF8.self).trimmingSpaces
            guard text.hasPrefix("http://") || text.hasPrefix("https://") else { continue }
            if locations.count < maxURLs { locations.append(text) } else { dropped += 1 }
        }
        if locations.isEmpty { return SitemapDocument(kind: .text, locations: [], error: "ni XML ni liste d'URL") }
        return SitemapDocument(kind: .text, locations: locations, dropped: dropped)
    }

    private static func parseXML(_ bytes: [UInt8], maxURLs: Int) -> SitemapDocument {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_COMPACT.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(clamping: buffer.count), "sitemap.xml", nil, options)
            }
        }
        guard let doc = parsed else { return SitemapDocument(kind: .urlset, locations: [], error: "XML illisible") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return SitemapDocument(kind: .urlset, locations: [], error: "XML sans élément racine") }
        let rootName = name(root)
        let kind: SitemapDocument.Kind
        let entryName: String
        switch rootName {
        case "urlset": (kind, entryName) = (.urlset, "url")
        case "sitemapindex": (kind, entryName) = (.index, "sitemap")
        default: return SitemapDocument(kind: .urlset, locations: [], error: "élément racine <\(rootName)> : ni <urlset> ni <sitemapindex>")
        }
        var locations: [String] = []
        var dropped = 0
        var entry = root.pointee.children
        while let node = entry {
            defer { entry = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE, name(node) == entryName else { continue }
            var child = node.pointee.children
            while let field = child {
                defer { child = field.pointee.next }
                guard field.pointee.type == XML_ELEMENT_NODE, name(field) == "loc" else { continue }
                let text = textContent(field).trimmingSpaces
                if text.isEmpty { continue }
                if locations.count < maxURLs { locations.append(text) } else { dropped += 1 }
            }
        }
        return SitemapDocument(kind: kind, locations: locations, dropped: dropped)
    }

    /// The text and CDATA children of `node`, joined (a `<loc>` holds nothing else).
    private static func textContent(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let part = child {
            if part.pointee.type == XML_TEXT_NODE || part.pointee.type == XML_CDATA_SECTION_NODE, let content = part.pointee.content {
                text += String(cString: content)
            }
            child = part.pointee.next
        }
        return text
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }
}

/// gzip decompression with zlib, bounded: nil when the data is not gzip or inflates beyond `limit`.
public enum Gzip {
    public static func decompress(_ input: [UInt8], limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var mutableInput = input
        return mutableInput.withUnsafeMutableBufferPointer { inputBuffer -> [UInt8]? in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> Int32 in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return nil }
                if status == Z_STREAM_END { return output }
                if status != Z_OK || (produced == 0 && stream.avail_in == 0) { return nil }
            }
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
