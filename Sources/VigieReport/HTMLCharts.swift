import Foundation

/// The inline SVG charts of the HTML report: a gauge for the overall score and one bar per module. Each draws its
/// number as text too, so the chart reads without its colours.
enum HTMLCharts {
    /// One bar: a module's label, its score (nil: no score) and the link to its section.
    struct Bar {
        var label: String
        var value: Double?
        var missing: String
        var anchor: String
    }

    /// The colour of a score: green from 80, amber from 50, red below.
    static func colour(_ score: Double) -> String {
        score >= 80 ? "#1e7b4f" : score >= 50 ? "#b7700a" : "#c0392b"
    }

    /// A ring filled in proportion to `score` (0–100), the number in its middle.
    static func gauge(_ score: Double, caption: String) -> String {
        let value = max(0, min(100, score))
        let radius = 52.0, circumference = 2 * Double.pi * radius
        let filled = circumference * value / 100
        let number = String(Int(value.rounded()))
        return """
            <svg class="gauge" viewBox="0 0 140 140" width="140" height="140" role="img" aria-label="\(number)/100">\
            <circle cx="70" cy="70" r="\(format(radius))" fill="none" stroke="#e6e9ef" stroke-width="14"/>\
            <circle cx="70" cy="70" r="\(format(radius))" fill="none" stroke="\(colour(value))" stroke-width="14" stroke-linecap="butt" \
            stroke-dasharray="\(format(filled)) \(format(circumference))" transform="rotate(-90 70 70)"/>\
            <text x="70" y="76" text-anchor="middle" class="gauge-number">\(number)</text>\
            <text x="70" y="97" text-anchor="middle" class="gauge-caption">\(caption)</text></svg>
            """
    }

    /// Horizontal bars, one per module, each with its score written at its end.
    static func bars(_ bars: [Bar]) -> String {
        let row = 30.0, labelWidth = 170.0, barWidth = 230.0, width = 460.0
        let height = row * Double(bars.count) + 4
        var out = "<svg class=\"bars\" viewBox=\"0 0 \(format(width)) \(format(height))\" width=\"100%\" role=\"img\">"
        for (index, bar) in bars.enumerated() {
            let y = 4 + row * Double(index)
            out += "<a href=\"\(bar.anchor)\">"
            out += "<text x=\"0\" y=\"\(format(y + 15))\" class=\"bar-label\">\(bar.label)</text>"
            out += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" width=\"\(format(barWidth))\" height=\"16\" rx=\"3\" fill=\"#e6e9ef\"/>"
            if let value = bar.value.map({ max(0, min(100, $0)) }) {
                out += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" width=\"\(format(barWidth * value / 100))\" height=\"16\" rx=\"3\" fill=\"\(colour(value))\"/>"
                out += "<text x=\"\(format(width))\" y=\"\(format(y + 15))\" text-anchor=\"end\" class=\"bar-value\">\(Int(value.rounded()))/100</text>"
            } else {
                out += "<text x=\"\(format(width))\" y=\"\(format(y + 15))\" text-anchor=\"end\" class=\"bar-missing\">\(bar.missing)</text>"
            }
            out += "</a>"
        }
        return out + "</svg>"
    }

    /// A coordinate with at most two decimals, `.` as the mark whatever the locale.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
