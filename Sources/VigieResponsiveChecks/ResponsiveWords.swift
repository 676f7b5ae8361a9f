import VigieCore

/// Layout wrappers, hero image names and responsive frameworks (`rules/responsive.yml`).
public struct ResponsiveWords: RulePack, Hashable {
    public static let packName = "responsive"

    /// Selectors of layout wrappers (`body`, `#wrapper`, `.container`…).
    public var wrappers: [String]
    /// Width (CSS px) from which a wrapper or a layout table is fixed.
    public var fixedWidth: Double
    /// Class or id tokens of hero images.
    public var heroNames: [String]
    /// Declared width (px) from which an image is large.
    public var largeImageWidth: Double
    /// Words of stylesheet URLs of responsive CSS frameworks.
    public var responsiveFrameworks: [String]
    /// Words of stylesheet URLs that only bring fonts or icons.
    public var fontStylesheets: [String]

    enum CodingKeys: String, CodingKey {
        case wrappers
        case fixedWidth = "fixed-width"
        case heroNames = "hero-names"
        case largeImageWidth = "large-image-width"
        case responsiveFrameworks = "responsive-frameworks"
        case fontStylesheets = "font-stylesheets"
    }
}
