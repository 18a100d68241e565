/**
 * The governing-body report's stylesheet: light and dark schemes (prefers-color-scheme), A4 print with each Code
 * section on a page of its own, colours with AA contrast, and answers told apart without colour.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1a1a1a; --muted: #555555; --rule: #c8c8c8; --head: #f0f0f0;
  --yes: #1b7837; --partial: #e08214; --no: #b2182b; --na: #bababa; --text: #4575b4; --missing: #ffffff;
  --error-bg: #b2182b; --warning-bg: #8a5300; --info-bg: #2c5f8a; --badge-fg: #ffffff; --hatch: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #141414; --fg: #ececec; --muted: #b5b5b5; --rule: #4a4a4a; --head: #242424;
    --yes: #4dac26; --partial: #f1a340; --no: #e0455a; --na: #8c8c8c; --text: #74a9cf; --missing: #141414;
    --error-bg: #e0455a; --warning-bg: #f1a340; --info-bg: #74a9cf; --badge-fg: #000000; --hatch: #141414; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; }
.meta dt { font-weight: 600; } .meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
ul.obs { margin: 0; padding-left: 1.1rem; } ul.obs li { margin: 0 0 .25rem; }
.badge { display: inline-block; padding: 0 .35rem; border-radius: .2rem; font-size: .8rem; font-weight: 700;
  color: var(--badge-fg); margin-right: .3rem; }
.badge-error { background: var(--error-bg); } .badge-warning { background: var(--warning-bg); } .badge-info { background: var(--info-bg); }
.answer { font-weight: 600; white-space: nowrap; }
.chart { max-width: 60rem; height: auto; }
.chart text { fill: var(--fg); font-size: 12px; } .chart text.count { font-weight: 700; fill: #ffffff; }
.chart text.count-na, .chart text.count-partial { fill: #000000; } .chart text.count-missing { fill: var(--fg); }
.seg-yes { fill: var(--yes); } .seg-partial { fill: var(--partial); } .seg-no { fill: var(--no); }
.seg-na { fill: var(--na); } .seg-text { fill: var(--text); }
.seg-missing { fill: var(--missing); stroke: var(--fg); stroke-dasharray: 3 2; }
@media (prefers-color-scheme: dark) { .chart text.count { fill: #000000; } .chart text.count-missing { fill: var(--fg); } }
.hatch { fill: url(#hatch); } .hatch-line { stroke: var(--hatch); stroke-width: 2; opacity: .55; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #333333; --head: #eeeeee; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .code-section { break-before: page; } thead { display: table-header-group; } tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;
