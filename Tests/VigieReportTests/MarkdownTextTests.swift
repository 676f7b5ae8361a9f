import Foundation
import Testing
@testable import VigieReport

@Suite struct MarkdownTextTests {
    @Test func hostileTextStaysLiteralText() throws {
        let escaped = MarkdownText.escape(ReportFixtures.hostile)
        #expect(!escaped.contains("\n"))
        #expect(escaped.contains("\\<script\\>"))
        #expect(escaped.contains("\\[x\\](javascript:alert(1))"))
        #expect(escaped.contains("\\!\\[i\\]"))
        #expect(escaped.contains(" \\| "))
        #expect(escaped.contains("\\&lt;b\\&gt;"))
    }

    @Test func blockSyntaxCannotStartAtTheBeginning() {
        #expect(MarkdownText.escape("- item") == "\\- item")
        #expect(MarkdownText.escape("+ item") == "\\+ item")
        #expect(MarkdownText.escape("=====") == "\\=====")
        #expect(MarkdownText.escape("12. point") == "12\\. point")
        #expect(MarkdownText.escape("3) point") == "3\\) point")
        #expect(MarkdownText.escape("# titre") == "\\# titre")
        #expect(MarkdownText.escape("> citation") == "\\> citation")
        #expect(MarkdownText.escape("  a \n\t b  ") == "a b")
        #expect(MarkdownText.escape("a\u{202E}b") == "ab")
        #expect(MarkdownText.escape("fin\\") == "fin\\\\")
        #expect(MarkdownTables.cells("| " + MarkdownText.escape("a\\") + " | " + MarkdownText.escape("|") + " |") == 2)
        #expect(MarkdownText.escape("--max-pages 7") == "--max-pages 7")
        #expect(MarkdownText.escape("0.1.0") == "0.1.0")
        #expect(MarkdownText.escape("---") == "\\---")
        #expect(MarkdownText.escape("Atelier Dupont – menuiserie") == "Atelier Dupont – menuiserie")
    }

    @Test(.enabled(if: Tools.cmarkAvailable, "cmark-gfm is not installed (apt-get install cmark-gfm)"))
    func gfmRendersTheHostileTextAsText() throws {
        let markdown = "| a | b |\n|---|---|\n| " + MarkdownText.escape(ReportFixtures.hostile) + " | x |\n\n- "
            + MarkdownText.escape(ReportFixtures.hostile) + "\n\n" + MarkdownText.escape("- [a](javascript:b)") + "\n"
        let html = try Tools.gfm(markdown)
        #expect(HTMLSafety.problems(html).isEmpty, "\(HTMLSafety.problems(html))")
        #expect(!html.contains("<code"))
        #expect(!html.contains("<em"))
        #expect(!html.contains("<strong"))
        #expect(!html.contains("<h1"))
        #expect(!html.contains("<li><a"))
        #expect(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&amp;lt;b&amp;gt;"))
        // the hostile pipe did not split the row: two cells in the body row
        let row = try #require(html.components(separatedBy: "<tbody>").last)
        #expect(row.components(separatedBy: "<td").count - 1 == 2)
    }
}
