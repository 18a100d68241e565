/**
 * The governing-body report in GitHub-flavoured Markdown, for a repository or a CI job summary
 * ($GITHUB_STEP_SUMMARY): the same sections as the HTML, as tables.
 */
import { plural } from '../../util/text.js';
import { caseWindowTable, cell } from '../formatters/markdown.js';
import { ANSWER_KINDS, ANSWER_LABELS, type AnswerCounts, type GoverningReport, type Observation } from './model.js';

const SEVERITY = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

const countsRow = (counts: AnswerCounts): string => `| ${ANSWER_KINDS.map((k) => counts[k]).join(' | ')} |`;
const countsHead = (first = ''): string[] => [
  `| ${first ? `${first} | ` : ''}${ANSWER_KINDS.map((k) => ANSWER_LABELS[k]).join(' | ')} |`,
  `| ${first ? '--- | ' : ''}${ANSWER_KINDS.map(() => '---:').join(' | ')} |`,
];

const observationText = (o: Observation): string =>
  `${SEVERITY[o.severity]}: ${o.observation}${o.where ? ` (${o.where})` : ''}`;

function summary(r: GoverningReport): string[] {
  return [
    `# Complaint handling self-assessment: ${cell(r.landlord)}`,
    '',
    `**Code:** ${cell(r.codeTitle)}${r.period !== undefined ? ` · **Period:** ${cell(r.period)}` : ''} · **Form:** ${cell(r.file)}`,
    '',
    `**Findings:** ${plural(r.findings.error, 'error')}, ${plural(r.findings.warning, 'warning')}, ${r.findings.info} info, over ${plural(r.provisions, r.layout === 'sections' ? 'section' : 'provision')}.`,
    '',
    '## Summary',
    '',
    ...countsHead(),
    countsRow(r.counts),
    '',
    ...countsHead('Section'),
    ...r.sections.map((s) => `| ${s.number}. ${cell(s.title)} ${countsRow(s.counts)}`),
    '',
  ];
}

function actions(r: GoverningReport): string[] {
  if (r.actions.length === 0)
    return ['## Actions', '', 'Every provision is answered Yes or N/A: there is nothing to act on.', ''];
  return [
    '## Actions',
    '',
    '| Code provision | Answer | Explanation | Date for compliance |',
    '| --- | --- | --- | --- |',
    ...r.actions.map(
      (a) =>
        `| ${cell(a.id)} | ${a.answer === 'no' ? 'No' : 'Partial'} | ${a.explanation === '' ? '_No explanation given_' : cell(a.explanation)} | ${a.complianceDate !== undefined ? cell(a.complianceDate) : '**No date given**'} |`,
    ),
    '',
  ];
}

function changes(r: GoverningReport): string[] {
  const c = r.changes;
  if (!c) return [];
  const list = (title: string, items: typeof c.newFindings): string[] => [
    `### ${title} (${items.length})`,
    '',
    ...(items.length === 0
      ? ['None.']
      : items.map(
          (f) =>
            `- ${SEVERITY[f.severity]}: ${f.provision !== undefined ? `${cell(f.provision)}: ` : ''}${cell(f.message)}`,
        )),
    '',
  ];
  return [
    '## Changes since the previous form',
    '',
    `Compared with ${cell(c.file)} (${cell(c.codeTitle)}).`,
    '',
    ...countsHead('Previous form'),
    `| ${cell(c.file)} ${countsRow(c.counts)}`,
    '',
    ...(c.provisions.length === 0
      ? ['No provision changed.', '']
      : [
          '| Code provision | Change | Before | Now |',
          '| --- | --- | --- | --- |',
          ...c.provisions.map(
            (p) => `| ${cell(p.id)} | ${cell(p.kinds.join(', '))} | ${cell(p.before)} | ${cell(p.after)} |`,
          ),
          '',
        ]),
    ...list('New findings', c.newFindings),
    ...list('Resolved findings', c.resolvedFindings),
  ];
}

function cases(r: GoverningReport): string[] {
  const c = r.cases;
  if (!c) return [];
  return [
    '## Complaints handled',
    '',
    `From ${cell(c.file)}: ${plural(c.rowsRead, 'case row')} read, ${c.rowsUnusable} could not be used; open cases as of ${c.asOf}. Timescales in working days.`,
    '',
    ...caseWindowTable(c.windows),
    '',
  ];
}

function compliance(r: GoverningReport): string[] {
  return [
    '## Compliance check, section by section',
    '',
    ...r.sections.flatMap((s) => [
      `### ${s.number}. ${cell(s.title)}`,
      '',
      '| Code provision | Code requirement | Answer | Observation | Recommendation |',
      '| --- | --- | --- | --- | --- |',
      ...s.rows.map((row) => {
        const answer = row.heading
          ? '_Heading_'
          : cell(
              row.answerText !== undefined
                ? `${ANSWER_LABELS[row.answer]}: ${row.answerText}`
                : ANSWER_LABELS[row.answer],
            );
        const observed = row.observations.map((o) => cell(observationText(o))).join('<br>');
        const hints = [...new Set(row.observations.map((o) => o.recommendation))].map(cell).join('<br>');
        return `| ${cell(row.id)} | ${cell(row.requirement)} | ${answer} | ${observed} | ${hints} |`;
      }),
      '',
    ]),
    ...(r.general.length === 0
      ? []
      : ['## About the form as a whole', '', ...r.general.map((o) => `- ${cell(observationText(o))}`), '']),
  ];
}

export function renderMarkdown(r: GoverningReport): string {
  return [
    ...summary(r),
    ...actions(r),
    ...changes(r),
    ...cases(r),
    ...compliance(r),
    `_Made by ${r.tool.name} ${r.tool.version}._`,
    '',
  ].join('\n');
}
