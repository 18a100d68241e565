/**
 * The governing-body report as one self-contained HTML file: no script, no network (its Content-Security-Policy
 * forbids every fetch), inline CSS and SVG. Summary and chart, actions, changes since the previous form, case-log
 * figures, then the Ombudsman's compliance-check layout section by section.
 */
import { plural } from '../../util/text.js';
import { escapeHtml as e } from './escape-html.js';
import {
  ANSWER_KINDS,
  ANSWER_LABELS,
  type Action,
  type AnswerCounts,
  type GoverningReport,
  type Observation,
  type SectionReport,
} from './model.js';
import { REPORT_CSS } from './report-css.js';
import { sectionChart } from './section-chart.js';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

const badge = (o: { severity: keyof typeof SEVERITY_LABEL }): string =>
  `<span class="badge badge-${o.severity}">${SEVERITY_LABEL[o.severity]}</span>`;

function countsTable(caption: string, counts: AnswerCounts, total: number, unit = 'Provisions'): string {
  const cells = ANSWER_KINDS.map((k) => `<td class="num" data-kind="${k}">${counts[k]}</td>`).join('');
  return (
    `<table class="answer-counts"><caption>${e(caption)}</caption>` +
    `<thead><tr>${ANSWER_KINDS.map((k) => `<th scope="col" class="num">${e(ANSWER_LABELS[k])}</th>`).join('')}` +
    `<th scope="col" class="num">${unit}</th></tr></thead>` +
    `<tbody><tr>${cells}<td class="num">${total}</td></tr></tbody></table>`
  );
}

function summary(r: GoverningReport): string {
  const meta: [string, string][] = [
    ['Landlord', r.landlord],
    ['Code', r.codeTitle],
    ...(r.period !== undefined ? ([['Period', r.period]] as [string, string][]) : []),
    ['Form', `${r.file} (${r.format.toUpperCase()})`],
    [
      'Findings',
      `${plural(r.findings.error, 'error')}, ${plural(r.findings.warning, 'warning')}, ${r.findings.info} info`,
    ],
  ];
  const bySection =
    `<table class="section-counts"><caption>Answers by Code section</caption><thead><tr><th scope="col">Section</th>` +
    ANSWER_KINDS.map((k) => `<th scope="col" class="num">${e(ANSWER_LABELS[k])}</th>`).join('') +
    '</tr></thead><tbody>' +
    r.sections
      .map(
        (s) =>
          `<tr data-section="${s.number}"><th scope="row">${s.number}. ${e(s.title)}</th>` +
          ANSWER_KINDS.map((k) => `<td class="num" data-kind="${k}">${s.counts[k]}</td>`).join('') +
          '</tr>',
      )
      .join('') +
    '</tbody></table>';
  return (
    '<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>' +
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>` +
    countsTable('Answers', r.counts, r.provisions, r.layout === 'sections' ? 'Sections' : 'Provisions') +
    `<figure>${sectionChart(r.sections, 'chart-title')}<figcaption class="muted">Answers by Code section: ` +
    'the table below gives the same figures.</figcaption></figure>' +
    bySection +
    '</section>'
  );
}

function actions(list: readonly Action[]): string {
  const body =
    list.length === 0
      ? '<p>Every provision is answered Yes or N/A: there is nothing to act on.</p>'
      : '<table class="actions"><caption>Provisions answered No or Partial</caption><thead><tr>' +
        '<th scope="col">Code provision</th><th scope="col">Answer</th><th scope="col">Explanation</th>' +
        '<th scope="col">Date for compliance</th></tr></thead><tbody>' +
        list
          .map(
            (a) =>
              `<tr data-provision="${e(a.id)}"><th scope="row">${e(a.id)}</th>` +
              `<td class="answer">${a.answer === 'no' ? 'No' : 'Partial'}</td>` +
              `<td>${a.explanation === '' ? '<span class="muted">No explanation given</span>' : e(a.explanation)}</td>` +
              `<td>${a.complianceDate !== undefined ? e(a.complianceDate) : '<strong>No date given</strong>'}</td></tr>`,
          )
          .join('') +
        '</tbody></table>';
  return `<section id="actions" aria-labelledby="actions-title"><h2 id="actions-title">Actions</h2>${body}</section>`;
}

function changes(r: GoverningReport): string {
  const c = r.changes;
  if (!c) return '';
  const rows = c.provisions
    .map(
      (p) =>
        `<tr data-provision="${e(p.id)}"><th scope="row">${e(p.id)}</th><td>${e(p.kinds.join(', '))}</td>` +
        `<td>${e(p.before)}</td><td>${e(p.after)}</td></tr>`,
    )
    .join('');
  const findingList = (title: string, cls: string, list: typeof c.newFindings): string =>
    `<h3>${e(title)} (${list.length})</h3>` +
    (list.length === 0
      ? '<p class="muted">None.</p>'
      : `<ul class="obs ${cls}">${list
          .map(
            (f) =>
              `<li data-rule="${e(f.rule)}">${badge(f)}${f.provision !== undefined ? `${e(f.provision)}: ` : ''}${e(f.message)}</li>`,
          )
          .join('')}</ul>`);
  return (
    '<section id="changes" aria-labelledby="changes-title"><h2 id="changes-title">Changes since the previous form</h2>' +
    `<p>Compared with ${e(c.file)} (${e(c.codeTitle)}).</p>` +
    countsTable(
      'Answers in the previous form',
      c.counts,
      ANSWER_KINDS.reduce((n, k) => n + c.counts[k], 0),
    ) +
    (c.provisions.length === 0
      ? '<p>No provision changed.</p>'
      : '<table class="changes"><caption>Provisions that changed</caption><thead><tr><th scope="col">Code provision</th>' +
        `<th scope="col">Change</th><th scope="col">Before</th><th scope="col">Now</th></tr></thead><tbody>${rows}</tbody></table>`) +
    findingList('New findings', 'new-findings', c.newFindings) +
    findingList('Resolved findings', 'resolved-findings', c.resolvedFindings) +
    '</section>'
  );
}

function cases(r: GoverningReport): string {
  const c = r.cases;
  if (!c) return '';
  const cell = (n: number | null): string => `<td class="num">${n ?? '<span class="muted">–</span>'}</td>`;
  return (
    '<section id="cases" aria-labelledby="cases-title"><h2 id="cases-title">Complaints handled</h2>' +
    `<p>From ${e(c.file)}: ${plural(c.rowsRead, 'case row')} read, ${c.rowsUnusable} could not be used; open cases as of ${e(c.asOf)}. ` +
    `Findings: ${plural(c.findings.error, 'error')}, ${plural(c.findings.warning, 'warning')}, ${c.findings.info} info.</p>` +
    '<table class="case-windows"><caption>Code timescales, in working days</caption><thead><tr>' +
    [
      'Window',
      'Provision',
      'Limit',
      'Cases',
      'In time',
      'Extended',
      'Late',
      'Open',
      'Overdue',
      'Median',
      '90th percentile',
    ]
      .map((h, i) => `<th scope="col"${i > 1 ? ' class="num"' : ''}>${h}</th>`)
      .join('') +
    '</tr></thead><tbody>' +
    c.windows
      .map(
        (w) =>
          `<tr data-window="${e(w.window)}"><th scope="row">${e(w.label)}</th><td>${e(w.provision)}</td>` +
          [w.limit, w.cases, w.inTime, w.extended, w.late, w.open, w.overdue, w.medianWorkingDays, w.p90WorkingDays]
            .map(cell)
            .join('') +
          '</tr>',
      )
      .join('') +
    '</tbody></table></section>'
  );
}

const observations = (list: readonly Observation[]): [string, string] =>
  list.length === 0
    ? ['<span class="muted">No findings</span>', '']
    : [
        `<ul class="obs">${list
          .map(
            (o) =>
              `<li data-rule="${e(o.rule)}">${badge(o)}${e(o.observation)}${o.where ? ` <span class="muted">(${e(o.where)})</span>` : ''}</li>`,
          )
          .join('')}</ul>`,
        `<ul class="obs">${[...new Set(list.map((o) => o.recommendation))].map((h) => `<li>${e(h)}</li>`).join('')}</ul>`,
      ];

function codeSection(s: SectionReport): string {
  const rows = s.rows
    .map((row) => {
      const [observed, recommended] = observations(row.observations);
      const answer = row.heading
        ? '<span class="muted">Heading</span>'
        : e(
            row.answerText !== undefined
              ? `${ANSWER_LABELS[row.answer]}: ${row.answerText}`
              : ANSWER_LABELS[row.answer],
          );
      return (
        `<tr data-provision="${e(row.id)}" data-answer="${row.answer}"><th scope="row">${e(row.id)}</th>` +
        `<td>${e(row.requirement)}</td><td class="answer">${answer}</td><td>${observed}</td><td>${recommended}</td></tr>`
      );
    })
    .join('');
  return (
    `<section class="code-section" id="section-${s.number}" aria-labelledby="section-${s.number}-title">` +
    `<h3 id="section-${s.number}-title">${s.number}. ${e(s.title)}</h3>` +
    '<table class="compliance-check"><thead><tr><th scope="col">Code provision</th><th scope="col">Code requirement</th>' +
    '<th scope="col">Answer</th><th scope="col">Observation</th><th scope="col">Recommendation</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></section>`
  );
}

function general(list: readonly Observation[]): string {
  if (list.length === 0) return '';
  const [observed] = observations(list);
  return `<section id="general" aria-labelledby="general-title"><h2 id="general-title">About the form as a whole</h2>${observed}</section>`;
}

export function renderHtml(r: GoverningReport): string {
  const title = `Complaint handling self-assessment: ${r.landlord}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${e(`${r.tool.name} ${r.tool.version}`)}">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${e(title)}</h1><p class="muted">${e(r.codeTitle)}: a report for the governing body.</p></header>
<main>
${summary(r)}
${actions(r.actions)}
${changes(r)}
${cases(r)}
<section id="compliance-check" aria-labelledby="check-title"><h2 id="check-title">Compliance check, section by section</h2>
<p>Each provision of the Code with the form's answer; observations are what assess found, recommendations how to put it right.</p>
${r.sections.map(codeSection).join('\n')}
</section>
${general(r.general)}
</main>
<footer>Made by ${e(`${r.tool.name} ${r.tool.version}`)} from ${e(r.file)}.</footer>
</body>
</html>
`;
}
