/// The review page's stylesheet: one per file, no external fonts or images. Warnings are orange, errors
/// red, info notes grey and dotted, so a page read cleanly shows no red or orange at all.
enum ReviewStyle {
    static let css = """

        :root { --header: #0969da; --row: #1a7f37; --cell: #bf8700; --citation: #8250df; --warning: #bc4c00;
          --error: #cf222e; --note: #8c959f; }
        body { margin: 0; background: #eef0f3; color: #1f2328; font: 14px/1.55 "Noto Sans CJK JP", "IPAGothic",
          "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        h2 { font-size: 16px; margin: 12px 0 6px; }
        h3 { font-size: 15px; margin: 0 0 6px; }
        small { color: #59636e; font-weight: normal; }
        a { color: inherit; }
        .summary { background: #fff; padding: 16px 24px; border-bottom: 1px solid #d1d9e0; }
        .verdict { font-size: 17px; font-weight: bold; margin: 8px 0; padding: 8px 14px; border-radius: 6px; }
        .verdict.ok { background: #dafbe1; color: #116329; border-left: 6px solid #1a7f37; }
        .verdict.warnings { background: #fff1e5; color: #953800; border-left: 6px solid var(--warning); }
        .verdict.failed { background: #ffebe9; color: #a40e26; border-left: 6px solid var(--error); }
        .facts { margin: 0; color: #59636e; }
        .legend span { margin-right: 16px; white-space: nowrap; }
        .swatch { display: inline-block; width: 16px; height: 10px; margin-right: 5px; vertical-align: -1px;
          border: 2px solid; }
        .swatch.header { border-color: var(--header); background: rgba(9,105,218,.15); }
        .swatch.row { border-color: var(--row); }
        .swatch.cell { border: 1px dashed var(--cell); background: rgba(191,135,0,.08); }
        .swatch.citation { border-color: var(--citation); background: rgba(130,80,223,.2); }
        .swatch.warning { border-color: var(--warning); background: rgba(188,76,0,.15); }
        .swatch.info { border: 1px dotted var(--note); }
        ol.diagnostics { margin: 0; padding-left: 28px; }
        ol.diagnostics li { margin: 2px 0; }
        li.warning b { color: var(--warning); }
        li.error b { color: var(--error); }
        li.info, li.info b { color: #59636e; }
        details.notes { margin-top: 8px; color: #59636e; }
        .none { color: #59636e; }
        section.page { display: flex; gap: 20px; align-items: flex-start; padding: 20px 24px; }
        .sheet { position: sticky; top: 8px; flex: none; background: #fff;
          box-shadow: 0 1px 5px rgba(0,0,0,.3); }
        .sheet img { display: block; width: 100%; height: auto; }
        .sheet svg { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; }
        .side { flex: 1 1 320px; min-width: 280px; }
        .side h2 { margin-top: 0; }
        rect.header { fill: rgba(9,105,218,.14); stroke: var(--header); stroke-width: 1; }
        rect.row { fill: none; stroke: var(--row); stroke-width: 1.6; }
        rect.cell { fill: rgba(191,135,0,.05); stroke: var(--cell); stroke-width: .6; stroke-dasharray: 3 2; }
        rect.citation { fill: rgba(130,80,223,.2); stroke: var(--citation); stroke-width: 1; }
        rect.diagnostic.warning { fill: rgba(188,76,0,.1); stroke: var(--warning); stroke-width: 2; }
        rect.diagnostic.error { fill: rgba(207,34,46,.1); stroke: var(--error); stroke-width: 2; }
        rect.diagnostic.info { fill: none; stroke: var(--note); stroke-width: .6; stroke-dasharray: 1 2; }
        svg a:hover rect { stroke-width: 2.5; }
        svg text { font: bold 9px sans-serif; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
        text.row { fill: var(--row); }
        text.diagnostic.warning { fill: var(--warning); }
        text.diagnostic.error { fill: var(--error); }
        text.diagnostic.info { fill: var(--note); font-weight: normal; }
        .record { background: #fff; border: 1px solid #d1d9e0; border-left: 4px solid var(--row); border-radius: 4px;
          padding: 10px 14px; margin-bottom: 12px; }
        .record:target, ol.diagnostics li:target, .source li:target { outline: 3px solid #fb8500; }
        dl { margin: 0; }
        dt { font-weight: bold; color: #59636e; font-size: 12px; margin-top: 6px; }
        dd { margin: 0; }
        .parsed, .heading { color: #59636e; font-size: 12px; }
        ul.reflections { margin: 0; padding-left: 18px; }
        .citation { color: var(--citation); font-weight: bold; }
        .quote { margin: 2px 0; }
        .continued { color: #59636e; }
        .missing { background: #fff; padding: 40px; color: #59636e; border: 1px dashed #8c959f; }
        section.text-row { display: flex; gap: 20px; align-items: flex-start; padding: 8px 24px; }
        ol.source { flex: 1 1 50%; margin: 0; padding: 6px 0 6px 56px; background: #fff; font: 13px/1.6 monospace;
          white-space: pre-wrap; border-left: 4px solid transparent; }
        section.text-row.read ol.source { border-left-color: var(--row); }
        ol.source li::marker { color: #8c959f; }
        ol.source li.warning { background: #fff1e5; }
        ol.source li.error { background: #ffebe9; }
        section.text-row .side { flex: 1 1 40%; }

        """
}
