import Foundation

/// Who a report is by and for, shown on its first page (`report.author`, `report.client`, `report.logo` in `.vigie.yml`).
public struct ReportCover: Sendable, Hashable {
    public var author: String?
    public var client: String?
    /// The logo, ready to embed.
    public var logo: ReportLogo?

    public init(author: String? = nil, client: String? = nil, logo: ReportLogo? = nil) {
        self.author = author
        self.client = client
        self.logo = logo
    }
}

/// An image file read for the report's first page, embedded in the report as a `data:` URI (no external request).
public struct ReportLogo: Sendable, Hashable {
    /// The largest logo accepted: a logo is a small picture, and it is copied into every HTML report.
    public static let maxBytes = 512 * 1024

    /// `image/png`, `image/jpeg`, `image/gif`, `image/webp` or `image/svg+xml`.
    public var mimeType: String
    public var bytes: Data

    public init(mimeType: String, bytes: Data) {
        self.mimeType = mimeType
        self.bytes = bytes
    }

    /// `data:image/png;base64,…`
    public var dataURI: String { "data:\(mimeType);base64,\(bytes.base64EncodedString())" }

    /// Why a logo file cannot be used, worded for the configuration error.
    public struct Problem: Error, CustomStringConvertible, Sendable, Equatable {
        public var description: String
    }

    /// Reads and checks the image at `path`: it must exist, be at most `maxBytes` and be a PNG, JPEG, GIF, WebP or SVG image.
    public static func read(path: String) throws -> ReportLogo {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Problem(description: "no such file '\(path)'")
        }
        guard !isFolder.boolValue else { throw Problem(description: "'\(path)' is a folder, not an image file") }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue else {
            throw Problem(description: "'\(path)' cannot be read")
        }
        guard size <= maxBytes else {
            throw Problem(description: "'\(path)' is too big (\(size / 1024) KiB; a logo may be at most \(maxBytes / 1024) KiB)")
        }
        guard let bytes = FileManager.default.contents(atPath: path) else { throw Problem(description: "'\(path)' cannot be read") }
        guard let type = mimeType(of: bytes) else {
            throw Problem(description: "'\(path)' is not an image (expected PNG, JPEG, GIF, WebP or SVG)")
        }
        return ReportLogo(mimeType: type, bytes: bytes)
    }

    /// The image type told by the file's first bytes (never by its name).
    static func mimeType(of bytes: Data) -> String? {
        let head = [UInt8](bytes.prefix(512))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return "image/gif" }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return "image/webp" }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        if text.contains("<svg"), !text.contains("<html") { return "image/svg+xml" }
        return nil
    }
}
