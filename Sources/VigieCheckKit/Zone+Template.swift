import VigieCore

extension Zone {
    /// The header, menu, footer and aside: what a site's template repeats on every page, so that a check
    /// may remember what it read there. The main content and unlabelled body text are the page's own.
    package var isTemplate: Bool { self != .main && self != .body }
}
