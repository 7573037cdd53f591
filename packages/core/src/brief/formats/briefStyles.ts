/** The inline stylesheet of HTML briefs: readable on screen, print-ready on A4 and Letter. */
export const BRIEF_CSS = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #ccc; --coop: #2f6f4f; --conflict: #a33a2a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
.caveat { border-left: 4px solid var(--muted); background: #f4f4f4; padding: .6rem .9rem; margin: 0 0 1rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.lines { padding-left: 1.2rem; }
ul.lines li { margin: .25rem 0; }
sup { line-height: 0; font-size: .72em; }
td.notes { min-width: 6rem; }
td.notes sup { line-height: 1.3; }
sup a { text-decoration: none; }
.empty { color: var(--muted); font-style: italic; }
.bar { display: flex; width: 8rem; height: .8rem; }
.bar span { display: block; height: 100%; }
.bar .left { display: flex; justify-content: flex-end; width: 50%; border-right: 1px solid var(--muted); }
.bar .right { width: 50%; }
.bar .conflict { background: var(--conflict); }
.bar .coop { background: var(--coop); }
.formula { color: var(--muted); font-size: .88rem; }
ol.footnotes { font-size: .88rem; padding-left: 2.2rem; }
ol.footnotes li { margin: .3rem 0; }
.meta { color: var(--muted); }
@page { margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  tr, li, .caveat { break-inside: avoid; }
  .table { overflow: visible; }
  .bar .conflict, .bar .coop { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
