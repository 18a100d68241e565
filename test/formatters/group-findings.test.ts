import { describe, expect, it } from 'vitest';
import { groupFindings, idRanges, sectionsText } from '../../src/report/group-findings.js';
import { stylish } from '../../src/report/formatters/stylish.js';
import type { Finding } from '../../src/rules/types.js';
import type { Report } from '../../src/report/types.js';
import { ctx } from './fixtures.js';

const missing = (id: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule: 'missing-provision',
  severity,
  file: 'form.docx',
  provision: id,
  message: `provision ${id} (must) is missing from the form`,
  hint: 'add a row',
});
const other: Finding = {
  rule: 'missing-answer',
  severity: 'error',
  file: 'form.docx',
  provision: '5.1',
  message: 'provision 5.1 has no answer',
  hint: 'answer it',
};

describe('grouping many findings of a rule on the screen', () => {
  it('writes consecutive ids of a section as ranges, and names the sections', () => {
    expect(idRanges(['6.1', '6.2', '6.3', '6.5', '7.1', '9.1', '9.2'])).toBe('6.1-6.3, 6.5, 7.1, 9.1-9.2');
    expect(sectionsText(['6.1', '7.2', '8.1', '9.8'])).toBe('sections 6 to 9');
    expect(sectionsText(['2.1', '6.1', '9.8'])).toBe('sections 2, 6 and 9');
    expect(sectionsText(['6.1', '6.2'])).toBe('section 6');
  });

  it('leaves up to four alone; five or more become one line at the place of the first, at the worst severity', () => {
    const few = [other, missing('6.1'), missing('6.2'), missing('6.3'), missing('6.4')];
    expect(groupFindings(few, ctx.rules)).toEqual(few);
    const many = [other, missing('6.1', 'warning'), missing('6.2'), missing('7.1'), missing('8.1'), missing('9.8')];
    expect(groupFindings(many, ctx.rules)).toEqual([
      other,
      expect.objectContaining({
        rule: 'missing-provision',
        severity: 'error',
        provision: '6.1-9.8',
        message: '5 provisions of sections 6 to 9 are missing from the form: 6.1-6.2, 7.1, 8.1, 9.8',
      }),
    ]);
  });

  it('stylish shows the group; the other findings stay visible', () => {
    const findings = [other, ...['6.1', '6.2', '6.3', '7.1', '7.2', '8.1'].map((id) => missing(id))];
    const report: Report = {
      tool: { name: 'assess', version: '1.2.3' },
      files: [
        {
          file: 'form.docx',
          format: 'docx',
          code: '2024',
          detection: { method: 'detected', confidence: 0.9, signals: [] },
          landlord: 'Example Council',
          unreadable: false,
          counts: { provisions: 72, found: 66, answered: 65, error: 7, warning: 0, info: 0 },
          findings,
        },
      ],
      summary: { files: 1, unreadable: 0, error: 7, warning: 0, info: 0 },
    };
    const out = stylish(report, { ...ctx, width: 100 });
    expect(out).toMatch(/6 provisions of sections 6 to 8 are missing from the form: 6\.1-6\.3, 7\.1-7\.2, 8\.1/);
    expect(out).toMatch(/provision 5\.1 has no answer/);
    expect(out).not.toMatch(/provision 6\.2 \(must\) is missing/);
  });

  it('groups only the findings its rule says: boilerplate evidence row by row, not the same-evidence finding', () => {
    const cites = (id: string): Finding => ({
      rule: 'boilerplate-evidence',
      severity: 'info',
      file: 'form.docx',
      provision: id,
      message: `provision ${id}'s evidence cites no document, section, page or link: "We do this"`,
      hint: 'name the document and the section, page or link that shows it',
    });
    const same: Finding = {
      rule: 'boilerplate-evidence',
      severity: 'info',
      file: 'form.docx',
      provision: '1.2',
      message: 'the same evidence on 40 of 72 rows, from 1.2 on: "Detailed in policy"',
      hint: 'cite for each provision the document and section, page or link that shows it is met',
    };
    const findings = [same, cites('5.1'), cites('5.2'), cites('5.3'), cites('6.1'), cites('6.4'), other];
    expect(groupFindings(findings, ctx.rules)).toEqual([
      same,
      expect.objectContaining({
        rule: 'boilerplate-evidence',
        severity: 'info',
        provision: '5.1-6.4',
        message: "5 rows' evidence cites no document, section, page or link: 5.1-5.3, 6.1, 6.4",
      }),
      other,
    ]);
    // A rule that says nothing of grouping is never grouped.
    const answers = ['5.1', '5.2', '5.3', '5.4', '5.5'].map((id) => ({ ...other, provision: id }));
    expect(groupFindings(answers, ctx.rules)).toEqual(answers);
  });
});
