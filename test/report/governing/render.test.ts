/** The HTML and Markdown renderers from a fixed report: every figure and finding shown, every text escaped. */
import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../../src/report/governing/answers.js';
import { renderHtml } from '../../../src/report/governing/html.js';
import { reportRenderers } from '../../../src/report/governing/index.js';
import { renderMarkdown } from '../../../src/report/governing/markdown.js';
import type { GoverningReport } from '../../../src/report/governing/model.js';
import { sectionInWords } from '../../../src/report/governing/section-chart.js';

const FIXED: GoverningReport = {
  tool: { name: 'assess', version: '9.9.9' },
  file: 'forms/<acme>.docx',
  format: 'docx',
  landlord: 'Acme & Sons <script>alert(1)</script>',
  period: '2025/26',
  code: '2024',
  codeTitle: 'Complaint Handling Code 2024 (statutory)',
  layout: 'provisions',
  provisions: 3,
  counts: { ...emptyCounts(), yes: 1, no: 1, missing: 1 },
  findings: { error: 2, warning: 0, info: 1 },
  sections: [
    {
      number: 1,
      title: 'Definition of a complaint',
      counts: { ...emptyCounts(), yes: 1 },
      rows: [
        { id: '1.2', requirement: 'A complaint must be defined as …', answer: 'yes', heading: false, observations: [] },
      ],
    },
    {
      number: 6,
      title: 'Complaint stages',
      counts: { ...emptyCounts(), no: 1, missing: 1 },
      rows: [
        {
          id: '6.3',
          requirement: 'Landlords must respond | within 10 working days',
          answer: 'no',
          heading: false,
          observations: [
            {
              rule: 'unexplained-noncompliance',
              severity: 'error',
              observation: 'provision 6.3 is answered No with no explanation',
              recommendation: 'say why, and what will be done',
              where: 'table 1, row 7',
            },
          ],
        },
        {
          id: '6.4',
          requirement: 'Extensions …',
          answer: 'missing',
          heading: false,
          observations: [
            {
              rule: 'missing-provision',
              severity: 'error',
              observation: 'provision 6.4 is not in the form',
              recommendation: 'add the row for 6.4',
              where: '',
            },
          ],
        },
      ],
    },
  ],
  general: [
    {
      rule: 'stage-count',
      severity: 'info',
      observation: 'the form states 3 stages',
      recommendation: 'two stages',
      where: '',
    },
  ],
  actions: [{ id: '6.3', section: 6, answer: 'no', explanation: '' }],
};

describe('renderHtml', () => {
  const html = renderHtml(FIXED);

  it('is one self-contained page: no script, no external resource, a CSP that forbids fetches', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/i);
  });

  it('escapes every text it prints', () => {
    expect(html).toContain('Acme &amp; Sons &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('forms/&lt;acme&gt;.docx');
  });

  it('shows each finding with its recommendation in its provision row, and the form-wide ones', () => {
    for (const o of [...FIXED.sections.flatMap((s) => s.rows.flatMap((r) => r.observations)), ...FIXED.general]) {
      expect(html).toContain(o.observation);
    }
    expect(html).toMatch(/<tr data-provision="6\.3" data-answer="no">.*say why, and what will be done/);
    expect(html).toContain('<strong>No date given</strong>');
  });

  it('draws one bar per section whose segments carry the counts, and says them in words', () => {
    const bars = [...html.matchAll(/<g class="bar" data-section="(\d+)" data-total="(\d+)">/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(bars).toEqual([
      ['1', '1'],
      ['6', '2'],
    ]);
    expect(html).toMatch(/data-kind="no" data-count="1"/);
    expect(html).toContain(`${sectionInWords(FIXED.sections[1]!)}.</desc>`);
    expect(sectionInWords(FIXED.sections[1]!)).toBe('Section 6, Complaint stages: 1 No, 1 Missing');
  });

  it('is the same for the same report', () => {
    expect(renderHtml(structuredClone(FIXED))).toBe(html);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(FIXED);

  it('has the summary, the actions and a compliance-check table per section', () => {
    expect(md).toContain('# Complaint handling self-assessment: Acme &amp; Sons &lt;script&gt;');
    expect(md).toContain('| 1 | 0 | 1 | 0 | 0 | 1 |');
    expect(md).toContain('| 6.3 | No | _No explanation given_ | **No date given** |');
    expect(md).toContain('### 6. Complaint stages');
    expect(md).toContain(
      '| 6.3 | Landlords must respond \\| within 10 working days | No | ❌ error: provision 6.3 is answered No with no explanation (table 1, row 7) | say why, and what will be done |',
    );
    expect(md).toContain('- ℹ️ info: the form states 3 stages');
  });
});

it('registers each renderer under its --format name', async () => {
  expect(await reportRenderers['html']?.()).toBe(renderHtml);
  expect(await reportRenderers['markdown']?.()).toBe(renderMarkdown);
  expect(Object.keys(reportRenderers)).toEqual(['html', 'markdown']);
});
