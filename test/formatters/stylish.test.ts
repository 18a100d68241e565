import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/report/formatters/stylish.js';
import type { Report } from '../../src/report/types.js';
import { printable, wrapWords } from '../../src/util/terminal-text.js';
import { cleanReport, ctx, richReport } from './fixtures.js';

const LONG =
  'stage 2 response window of 25 working days exceeds the 2024 Code\'s 20 working days (6.14): "We respond to stage 2 complaints within 25 working days of the request to escalate."';

const withLongMessage: Report = {
  ...richReport,
  files: richReport.files.map((f, i) =>
    i === 0 ? f : { ...f, findings: f.findings.map((x) => ({ ...x, message: LONG, hint: `${x.hint} ${LONG}` })) },
  ),
};

describe('stylish formatter', () => {
  it.each([80, 100, 60])('fits %i columns, wrapping at word boundaries under the message column', (width) => {
    const out = stylish(withLongMessage, { ...ctx, width });
    const lines = out.split('\n');
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(width);
    // No word is cut: every word of the long message is printed whole.
    const printed = new Set(out.split(/\s+/));
    for (const w of LONG.split(' ')) expect(printed.has(w), w).toBe(true);
  });

  it('puts continuation lines under the message column', () => {
    const lines = stylish(withLongMessage, { ...ctx, width: 100 }).split('\n');
    const first = lines.findIndex((l) => l.includes('stage 2 response window'));
    const column = lines[first]!.indexOf('stage 2 response window');
    expect(lines[first + 1]!.slice(0, column).trim()).toBe('');
    expect(lines[first + 1]!.charAt(column)).not.toBe(' ');
  });

  it('says the landlord came from the file name', () => {
    const report: Report = {
      ...richReport,
      files: richReport.files.map((f) => (f.unreadable ? f : { ...f, landlordSource: 'file name' as const })),
    };
    expect(stylish(report, ctx)).toMatch(/landlord: from file name/);
    expect(stylish(richReport, ctx)).not.toMatch(/from file name/);
  });

  it('under --quiet the summary still counts the hidden warnings, and says they are hidden', () => {
    const out = stylish(richReport, { ...ctx, quiet: true });
    expect(out).toMatch(/3 warnings/);
    expect(out.replace(/\s+/g, ' ')).toMatch(/only errors shown: --quiet/);
    expect(stylish(cleanReport, { ...ctx, quiet: true })).toMatch(/no problems/);
  });

  it('strips control characters a document could use to drive the terminal', () => {
    const evil: Report = {
      ...richReport,
      files: richReport.files.map((f) => ({ ...f, landlord: 'Evil\u001b[2J\u001b]0;pwned\u0007 Homes' })),
    };
    const out = stylish(evil, ctx);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('Evil[2J]0;pwned Homes');
  });
});

describe('wrapWords and printable', () => {
  it('wraps at spaces, cuts only a word longer than the width, and indents continuation lines', () => {
    expect(wrapWords('one two three four', 10)).toEqual(['one two', 'three four']);
    expect(wrapWords('one two three four', 12)).toEqual(['one two', 'three four']);
    expect(wrapWords('one two three four', 13)).toEqual(['one two three', 'four']);
    expect(wrapWords('↳ aaaa bbbb cccc', 10, '  ')).toEqual(['↳ aaaa', '  bbbb', '  cccc']);
    expect(wrapWords('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(wrapWords('a\nb', 10)).toEqual(['a', 'b']);
  });

  it('keeps line breaks and removes C0/C1 controls and DEL', () => {
    expect(printable('a\tb\nc\u001b[31md\u009b\u007f')).toBe('a b\nc[31md');
  });
});
