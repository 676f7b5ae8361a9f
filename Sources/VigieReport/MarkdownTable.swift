/// A GFM table from cells that are already escaped: every row gets exactly the header's number of cells.
enum MarkdownTable {
    static func render(_ header: [String], _ rows: [[String]]) -> [String] {
        let width = header.count
        func line(_ cells: [String]) -> String {
            let fitted = Array(cells.prefix(width)) + Array(repeating: "", count: max(0, width - cells.count))
            return "| " + fitted.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
        }
        return [line(header), "|" + Array(repeating: "---|", count: width).joined()] + rows.map(line)
    }
}
