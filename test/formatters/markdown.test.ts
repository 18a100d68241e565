import { describe, expect, it } from 'vitest';
import { cell, markdown } from '../../src/report/formatters/markdown.js';
import { cleanReport, ctx, emptyReport, richReport } from './fixtures.js';

const HELP = 'https://github.com/assess-tool/assess/blob/main/README.md';

/** Split a GFM table row into its cells, honouring `\|`. */
const cells = (row: string): string[] =>
  row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((c) => c.trim());

describe('markdown formatter', () => {
  const md = markdown(richReport, ctx);
  const lines = md.split('\n');

  it('has a heading and a summary line', () => {
    expect(lines[0]).toBe('## assess — Complaint Handling Code self-assessment');
    expect(lines[2]).toBe('❌ **5 errors, 3 warnings, 2 info** in 5 files (2022, 2024 Code); 1 unreadable.');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('has one table per file with findings, one row per finding', () => {
    const header = '| Severity | Provision | Rule | Message | Hint | Location |';
    expect(lines.filter((l) => l === header)).toHaveLength(4);
    const rows = lines.filter((l) => l.startsWith('| ') && l !== header && !l.startsWith('| ---'));
    expect(rows).toHaveLength(richReport.files.reduce((n, f) => n + f.findings.length, 0));
    for (const r of rows) expect(cells(r)).toHaveLength(6);
    expect(md).toContain(
      '### `forms/Ærø Homes 2024.yaml`\n\nÆrø Homes · 2024 Code · 42/42 provisions found, 41 answered\n\n' + header,
    );
    expect(md).toContain('### `forms/broken.docx`\n\nCould not be read.');
    expect(md).toContain(
      `| error | 6.14 | [timescale-breach](${HELP}#timescale-breach) | Stage 2 responses within 25 working days; the Code allows 20. | Respond within 20 working days of acknowledging the complaint. | page 3, line 7 |`,
    );
    expect(md).toContain(
      `| warning |  | [extra-stage](${HELP}#extra-stage) | A "stage 0" is named. | Remove the informal stage. | line 3:1 |`,
    );
    expect(md).toContain(
      `| info | 4.2 | [missing-evidence](${HELP}#missing-evidence) | Evidence cell is empty; commentary given. | Move the evidence to the Evidence cell. | table 2, row 10 |`,
    );
    expect(lines.at(-2)).toBe('No problems in 1 file: `forms/clean.yaml`');
  });

  it('escapes pipes, line breaks and HTML in cells', () => {
    const row = lines.find((l) => l.includes('| 4.1 |'))!;
    expect(row).toBe(
      `| warning | 4.1 | [missing-evidence](${HELP}#missing-evidence) | Yes answer with \\| no evidence<br>at all: 100% sure, "really" | Cite the policy, section &amp; page &lt;here&gt;. | table 2, row 9 |`,
    );
    expect(cells(row)[3]).toBe('Yes answer with \\| no evidence<br>at all: 100% sure, "really"');
    expect(md).toContain('| Provision 1.2 appears twice.<br>Control\u0001char, colon: comma |  | line 20:5 |');
    expect(cell('a|b\\|c\r\nd\re')).toBe('a\\|b\\\\\\|c<br>d<br>e');
  });

  it('says all clear when there are no findings', () => {
    expect(markdown(emptyReport, ctx)).toBe(
      '## assess — Complaint Handling Code self-assessment\n\n✅ No problems found in 0 files.\n',
    );
    expect(markdown(cleanReport, ctx)).toBe(
      '## assess — Complaint Handling Code self-assessment\n\n✅ No problems found in 1 file (2024 Code).\n',
    );
  });

  it('is deterministic', () => {
    expect(markdown(structuredClone(richReport), ctx)).toBe(md);
  });
});
