/// The caps that keep one page's facts small whatever the page holds. A page that hits one is
/// still audited on what was kept; `PageFacts.omittedLinks` and `PageFacts.textTruncated` say so.
public enum ParseLimits {
    /// Visible text kept per page, summed over its text blocks (UTF-8 bytes): 256 KiB.
    public static let pageText = 256 * 1024
    /// Text kept per block (a single huge `<pre>` or `<div>`): 64 KiB.
    public static let blockText = 64 * 1024
    /// Links kept per page; the others are counted in `omittedLinks`.
    public static let links = 5_000
    /// Scripts, images, iframes, media, buttons, forms, headings, metas, blockquotes, layout-table
    /// widths and `<link>` elements kept per page, each.
    public static let elementsPerKind = 5_000
    /// Inline script text kept per script: 32 KiB.
    public static let inlineScript = 32 * 1024
    /// Inline `<style>` text kept per element: 64 KiB.
    public static let inlineStyle = 64 * 1024
    /// Labels of links, buttons and fields, headings, titles: 1 KiB each.
    public static let label = 1024
    /// A form's surrounding text: 2 KiB.
    public static let formText = 2 * 1024
    /// A blockquote's text: 1 KiB.
    public static let blockquote = 1024
    /// Distinct ids and class names kept per page, each.
    public static let names = 10_000
    /// Ids and class names of a text block and its ancestors, nearest last; one id and three
    /// class names at most per element.
    public static let context = 12
    /// Depth of elements libxml2 builds (Chromium's HTML parser uses the same); deeper content
    /// is dropped by libxml2 rather than overflow anything.
    public static let depth: UInt32 = 512
}
