import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/report/formatters/github.js';
import { absoluteReport, cleanReport, ctx, emptyReport, richReport } from './fixtures.js';

describe('github formatter', () => {
  it('writes one workflow command per finding', () => {
    expect(github(richReport, ctx).split('\n')).toEqual([
      '::error file=forms/broken.docx,title=unreadable-document::The file is password-protected. — Remove the password & save again.',
      '::notice file=forms/northern.pdf,title=stage-count::The process names 3 stages; the Code expects 2. (page 1, line 4) — Give the reasons for a third stage.',
      '::error file=forms/northern.pdf,title=missing-answer (5.1)::Provision 5.1 has no Comply answer. (page 2, line 12) — Answer Yes, No, Partial or N/A.',
      '::error file=forms/northern.pdf,title=timescale-breach (6.14)::Stage 2 responses within 25 working days; the Code allows 20. (page 3, line 7) — Respond within 20 working days of acknowledging the complaint.',
      '::error file=forms/riverside.docx,title=unexplained-noncompliance (3.2)::Partial answer with no explanation. (table 2, row 5) — Say what is missing and when it will be done.',
      '::warning file=forms/riverside.docx,title=missing-evidence (4.1)::Yes answer with | no evidence%0Aat all: 100%25 sure, "really" (table 2, row 9) — Cite the policy, section & page <here>.',
      '::notice file=forms/riverside.docx,title=missing-evidence (4.2)::Evidence cell is empty; commentary given. (table 2, row 10) — Move the evidence to the Evidence cell.',
      '::warning file=forms/Ærø Homes 2024.yaml,line=3,title=extra-stage::A "stage 0" is named. — Remove the informal stage.',
      '::error file=forms/Ærø Homes 2024.yaml,line=14,title=missing-answer (1.2)::Provision 1.2 has no Comply answer. — Answer Yes, No, Partial or N/A.',
      '::warning file=forms/Ærø Homes 2024.yaml,line=20,title=duplicate-provision (1.2)::Provision 1.2 appears twice.%0D%0AControl\u0001char, colon: comma',
      '',
    ]);
  });

  it('gives line only for a line of the file, never for a PDF page line', () => {
    const lines = github(richReport, ctx).trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(',line=')).map((l) => l.match(/line=(\d+)/)![1])).toEqual(['3', '14', '20']);
    for (const l of lines.filter((l) => l.includes('northern.pdf'))) expect(l).not.toContain('line=');
  });

  it('prints nothing without findings', () => {
    expect(github(emptyReport, ctx)).toBe('');
    expect(github(cleanReport, ctx)).toBe('');
  });

  it('escapes data and properties the way the runner reads them', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const report = structuredClone(richReport);
    const f = report.files[2]!.findings[1]!;
    f.file = 'forms/a,b:c%.pdf';
    f.provision = '5.1,x';
    f.message = 'one\ntwo ::error::injected';
    f.hint = '';
    const line = github(report, ctx).split('\n')[2]!;
    expect(line).toBe(
      '::error file=forms/a%2Cb%3Ac%25.pdf,title=missing-answer (5.1%2Cx)::one%0Atwo ::error::injected (page 2, line 12)',
    );
  });

  it('makes an absolute path under the working directory relative', () => {
    const lines = github(absoluteReport(), ctx).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=/elsewhere/other form.yaml,line=2,title=missing-answer (1.1)::Provision 1.1 has no Comply answer. — Answer it.',
      '::error file=forms/abs file.yaml,line=2,title=missing-answer (1.1)::Provision 1.1 has no Comply answer. — Answer it.',
    ]);
  });
});
