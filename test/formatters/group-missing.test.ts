import { describe, expect, it } from 'vitest';
import { groupMissing, idRanges, sectionsText } from '../../src/report/group-missing.js';
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

describe('grouping missing provisions on the screen', () => {
  it('writes consecutive ids of a section as ranges, and names the sections', () => {
    expect(idRanges(['6.1', '6.2', '6.3', '6.5', '7.1', '9.1', '9.2'])).toBe('6.1-6.3, 6.5, 7.1, 9.1-9.2');
    expect(sectionsText(['6.1', '7.2', '8.1', '9.8'])).toBe('sections 6 to 9');
    expect(sectionsText(['2.1', '6.1', '9.8'])).toBe('sections 2, 6 and 9');
    expect(sectionsText(['6.1', '6.2'])).toBe('section 6');
  });

  it('leaves up to four alone; five or more become one line at the place of the first, at the worst severity', () => {
    const few = [other, missing('6.1'), missing('6.2'), missing('6.3'), missing('6.4')];
    expect(groupMissing(few)).toEqual(few);
    const many = [other, missing('6.1', 'warning'), missing('6.2'), missing('7.1'), missing('8.1'), missing('9.8')];
    expect(groupMissing(many)).toEqual([
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
});
