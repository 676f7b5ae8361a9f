import VigieCore

/// The HTML report's style sheet, inlined in its `<head>`: a sober screen layout, and a print layout (A4, one
/// section a page, colours kept) that Chromium uses for `--format pdf`.
enum HTMLStyle {
    /// `running` is the text at the foot of every printed page, beside the page number.
    static func css(_ lang: ReportLanguage, running: String) -> String {
        let quotes = lang == .fr ? "\"«\\00a0\" \"\\00a0»\"" : "\"“\" \"”\""
        let pageOf = lang == .fr ? " sur " : " of "
        return """
        :root { --ink: #1d2733; --muted: #5d6b7b; --line: #d9dee6; --navy: #16324f; --accent: #2a6f97; --paper: #ffffff; --wash: #f5f7fa; }
        * { box-sizing: border-box; }
        html { background: #e9edf2; }
        body { margin: 0 auto; max-width: 60rem; background: var(--paper); color: var(--ink);
          font: 10.5pt/1.45 "Inter", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        section { padding: 2.2rem 2.6rem; border-bottom: 1px solid var(--line); }
        h1, h2, h3 { color: var(--navy); line-height: 1.2; }
        h1 { font-size: 2rem; margin: 0.1rem 0 0.2rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 0.6rem; }
        h3 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        q { quotes: \(quotes); font-style: italic; }
        code { font: 0.85em "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--wash); padding: 0 0.25em; border-radius: 3px; overflow-wrap: anywhere; }
        .note { color: var(--muted); margin: 0 0 0.6rem; }

        .masthead { display: flex; align-items: center; gap: 1.4rem; border-bottom: 4px solid var(--navy); padding-bottom: 1rem; }
        .logo { max-height: 4.5rem; max-width: 12rem; object-fit: contain; }
        .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 600; color: var(--accent); }
        .start { margin: 0; color: var(--muted); overflow-wrap: anywhere; }
        .people { margin: 0.8rem 0 0; color: var(--muted); }
        .people b { color: var(--ink); font-weight: 600; }
        .hero { display: flex; gap: 2rem; align-items: flex-start; margin-top: 1.4rem; padding: 1.2rem 1.4rem; background: var(--wash); border-radius: 8px; }
        .overall { text-align: center; flex: none; }
        .overall p { margin: 0.2rem 0 0; font-weight: 600; color: var(--navy); }
        .gauge-number { font-size: 38px; font-weight: 700; fill: var(--ink); }
        .gauge-caption { font-size: 12px; fill: #5d6b7b; }
        .no-score { width: 140px; height: 140px; margin: 0; display: flex; align-items: center; justify-content: center;
          border: 3px dashed #98a2b3; border-radius: 50%; font-weight: 700; color: var(--muted); }
        .failed { margin: 1.2rem 0 0; padding: 0.8rem 1rem; border-left: 5px solid #c0392b; background: #fdecea; color: #a12a1d; font-weight: 600; }
        .read { flex: 1; min-width: 0; }
        .read h2 { margin-top: 0; }
        .read dl { margin: 0; display: grid; grid-template-columns: 1fr; gap: 0.25rem; }
        .read dl div { display: grid; grid-template-columns: 11rem 1fr; gap: 0.8rem; }
        .read dt { color: var(--muted); }
        .read dd { margin: 0; overflow-wrap: anywhere; }
        .twocol { display: grid; grid-template-columns: 3fr 2fr; gap: 2rem; }
        .bars { max-width: 30rem; }
        .bar-label { font-size: 13px; fill: #1d2733; }
        .bar-value { font-size: 13px; font-weight: 700; fill: #1d2733; }
        .bar-missing { font-size: 12px; fill: #5d6b7b; font-style: italic; }
        .counts { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.45rem; }
        .counts li { display: flex; align-items: baseline; gap: 0.6rem; padding: 0.35rem 0.7rem; border-left: 5px solid; border-radius: 4px; }
        .counts .n { font-size: 1.35rem; font-weight: 700; min-width: 2ch; text-align: right; }
        .actions { margin: 0; padding-left: 1.4rem; }
        .actions li { margin: 0 0 0.7rem; padding-left: 0.3rem; }
        .actions .detail { color: var(--muted); font-size: 0.9em; }
        .actions .fix { margin: 0.15rem 0 0; }
        .contents { margin-top: 1.6rem; padding-top: 0.4rem; border-top: 1px solid var(--line); }
        .contents h2 { margin-top: 0.8rem; }
        .contents ol { columns: 2; margin: 0; padding-left: 1.4rem; }

        .pill { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 999px; font-size: 0.8rem; font-weight: 700;
          white-space: nowrap; border: 1px solid; vertical-align: 0.05em; }
        .st-fail .pill, .pill.st-fail, .counts .st-fail { color: #a12a1d; background: #fdecea; border-color: #c0392b; }
        .st-warn .pill, .pill.st-warn, .counts .st-warn { color: #8a5300; background: #fff4e0; border-color: #b7700a; }
        .st-unknown .pill, .pill.st-unknown, .counts .st-unknown { color: #4a3c78; background: #efeaf8; border-color: #6b58a8; }
        .st-pass .pill, .pill.st-pass, .counts .st-pass { color: #17603d; background: #e6f4ec; border-color: #1e7b4f; }
        .st-info .pill, .pill.st-info { color: #1f5f99; background: #e7f0fa; border-color: #2a6f97; }
        .st-na .pill, .pill.st-na { color: #4d5866; background: #f0f2f5; border-color: #98a2b3; }

        .section-head { display: flex; align-items: baseline; justify-content: space-between; gap: 1rem; flex-wrap: wrap;
          border-bottom: 2px solid var(--navy); margin-bottom: 0.8rem; }
        .section-head h2 { margin: 0 0 0.3rem; font-size: 1.4rem; }
        .section-score { margin: 0; color: var(--muted); font-weight: 600; }
        table { width: 100%; border-collapse: collapse; }
        th { text-align: left; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); font-weight: 600;
          border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; }
        td { vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.55rem 0.5rem; }
        tr { break-inside: avoid; }
        .checks .c-state { width: 8.5rem; }
        .checks .c-sev { width: 9rem; color: var(--muted); font-size: 0.88em; }
        .checks tr.st-fail td:first-child { box-shadow: inset 4px 0 #c0392b; }
        .checks tr.st-warn td:first-child { box-shadow: inset 4px 0 #b7700a; }
        .checks tr.st-unknown td:first-child { box-shadow: inset 4px 0 #6b58a8; }
        .checks tr.st-pass td:first-child { box-shadow: inset 4px 0 #1e7b4f; }
        .check-title { margin: 0; font-weight: 700; }
        .check-message { margin: 0.1rem 0 0; }
        .fix { margin: 0.35rem 0 0; padding: 0.3rem 0.6rem; background: var(--wash); border-radius: 4px; }
        .fix::before { content: "→ "; color: var(--accent); font-weight: 700; }
        .evidence { margin: 0.3rem 0 0; padding-left: 1.1rem; color: var(--ink); font-size: 0.92em; }
        .evidence li { margin: 0.1rem 0; overflow-wrap: anywhere; }
        .evidence .more { list-style: none; color: var(--muted); }
        .url { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.86em; overflow-wrap: anywhere; }
        .ref { font-size: 0.92em; }
        .grid th[scope=row] { width: 9rem; font-size: 0.9rem; text-transform: none; letter-spacing: 0; color: var(--navy); border-bottom: 1px solid var(--line); vertical-align: top; padding-top: 0.6rem; }
        .grid ul { margin: 0; padding: 0; list-style: none; }
        .grid li { margin: 0 0 0.3rem; padding-left: 1.3rem; position: relative; }
        .grid .plus li::before { content: "+"; position: absolute; left: 0.2rem; color: #1e7b4f; font-weight: 700; }
        .grid .minus li::before { content: "−"; position: absolute; left: 0.2rem; color: #c0392b; font-weight: 700; }
        .grid .g-plus { color: #17603d; }
        .grid .g-minus { color: #a12a1d; }
        .none { color: var(--muted); }
        .pages td { padding: 0.25rem 0.5rem; font-size: 0.9em; }
        .pages tr.bad td { background: #fdecea; }
        ul.plain { padding-left: 1.2rem; }
        .colophon { padding: 1rem 2.6rem 2rem; color: var(--muted); font-size: 0.85em; }

        .verify { margin: 0; padding-left: 1.4rem; }
        .verify li { margin: 0 0 0.8rem; break-inside: avoid; }
        .verify .how { margin: 0.25rem 0 0; padding: 0.3rem 0.6rem; background: #efeaf8; border-radius: 4px; }
        .data { margin: 0.3rem 0 0.8rem; font-size: 0.9em; }
        .data td { padding: 0.3rem 0.5rem; overflow-wrap: anywhere; }
        .na-head { font-size: 0.85rem; color: var(--muted); margin: 1rem 0 0.3rem; }
        .na-list { list-style: none; margin: 0; padding: 0; font-size: 0.88em; color: var(--muted); }
        .na-list li { margin: 0 0 0.25rem; }
        .na-list b { color: var(--ink); font-weight: 600; }

        @page { size: A4; margin: 14mm 13mm 16mm;
          @bottom-left { content: "\(cssString(running))"; font: 8pt Arial, "Liberation Sans", sans-serif; color: #5d6b7b; }
          @bottom-right { content: counter(page) "\(pageOf)" counter(pages); font: 8pt Arial, "Liberation Sans", sans-serif; color: #5d6b7b; } }
        @media print {
          html { background: none; }
          body { max-width: none; font-size: 9.5pt; }
          section { padding: 0; border: 0; }
          .cover h1 { font-size: 1.7rem; }
          .cover h2 { margin: 1rem 0 0.4rem; }
          .hero { margin-top: 0.9rem; padding: 0.8rem 1rem; }
          .actions li { margin-bottom: 0.35rem; }
          .actions .fix { padding: 0.15rem 0.5rem; font-size: 0.92em; }
          .twocol h2 { margin-top: 0.8rem; }
          .counts li { padding: 0.2rem 0.6rem; }
          .to-verify { margin: 0.4rem 0 0; }
          .contents { display: none; }
          .sheet { break-before: page; }
          h2, h3, .section-head { break-after: avoid; }
          .hero { break-inside: avoid; }
          a { color: inherit; }
          .colophon { padding: 1rem 0 0; }
        }
        @media (max-width: 44rem) {
          section { padding: 1.4rem 1rem; }
          .hero, .masthead { flex-direction: column; align-items: flex-start; }
          .twocol { grid-template-columns: 1fr; }
          .read dl div { grid-template-columns: 1fr; gap: 0; }
          .checks .c-sev { display: none; }
        }
        """
    }

    /// Text as the content of a CSS string: letters, digits, spaces and plain punctuation kept, anything that
    /// could end the string, the rule or the style element dropped.
    static func cssString(_ text: String) -> String {
        String(text.unicodeScalars.filter { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || " .-:—_/'()[]".unicodeScalars.contains(scalar)
        }.map(Character.init))
    }
}
