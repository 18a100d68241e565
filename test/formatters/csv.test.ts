import { describe, expect, it } from 'vitest';
import { csv, csvColumns } from '../../src/report/formatters/csv.js';
import type { Report } from '../../src/report/types.js';
import { ctx, emptyReport, richReport } from './fixtures.js';

/** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  expect(field, 'file ends with a record delimiter').toBe('');
  expect(row).toEqual([]);
  return rows;
}

const records = (report: Report): Record<string, string>[] => {
  const [header, ...rows] = parse(csv(report, ctx));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

describe('csv formatter', () => {
  const text = csv(richReport, ctx);

  it('has the header and one row per file', () => {
    const rows = parse(text);
    expect(rows[0]).toEqual([
      'file',
      'landlord',
      'code',
      'provisions_expected',
      'provisions_found',
      'answered',
      'missing_answers',
      'unexplained_noncompliance',
      'timescale_breaches',
      'claims_contradicted',
      'future_claims',
      'no_compliance_dates',
      'non_code_definitions',
      'boilerplate_evidence',
      'errors',
      'warnings',
      'status',
    ]);
    expect(rows[0]).toEqual(csvColumns(ctx.rules));
    expect(rows).toHaveLength(1 + richReport.files.length);
    for (const r of rows) expect(r).toHaveLength(17);
    expect(text).not.toContain('\r');
  });

  it('summarises each file', () => {
    expect(records(richReport)).toEqual([
      {
        file: 'forms/broken.docx',
        landlord: '',
        code: '',
        provisions_expected: '',
        provisions_found: '',
        answered: '',
        missing_answers: '0',
        unexplained_noncompliance: '0',
        timescale_breaches: '0',
        claims_contradicted: '0',
        future_claims: '0',
        no_compliance_dates: '0',
        non_code_definitions: '0',
        boilerplate_evidence: '0',
        errors: '1',
        warnings: '0',
        status: 'unreadable',
      },
      {
        file: 'forms/clean.yaml',
        landlord: 'Clean Living HA',
        code: '2024',
        provisions_expected: '42',
        provisions_found: '42',
        answered: '42',
        missing_answers: '0',
        unexplained_noncompliance: '0',
        timescale_breaches: '0',
        claims_contradicted: '0',
        future_claims: '0',
        no_compliance_dates: '0',
        non_code_definitions: '0',
        boilerplate_evidence: '0',
        errors: '0',
        warnings: '0',
        status: 'pass',
      },
      {
        file: 'forms/northern.pdf',
        landlord: 'Northern Homes',
        code: '2022',
        provisions_expected: '40',
        provisions_found: '39',
        answered: '38',
        missing_answers: '1',
        unexplained_noncompliance: '0',
        timescale_breaches: '1',
        claims_contradicted: '0',
        future_claims: '0',
        no_compliance_dates: '0',
        non_code_definitions: '0',
        boilerplate_evidence: '0',
        errors: '2',
        warnings: '0',
        status: 'fail',
      },
      {
        file: 'forms/riverside.docx',
        landlord: 'Riverside "Homes", Ltd',
        code: '2024',
        provisions_expected: '42',
        provisions_found: '41',
        answered: '41',
        missing_answers: '0',
        unexplained_noncompliance: '1',
        timescale_breaches: '0',
        claims_contradicted: '0',
        future_claims: '0',
        no_compliance_dates: '0',
        non_code_definitions: '0',
        boilerplate_evidence: '0',
        errors: '1',
        warnings: '1',
        status: 'fail',
      },
      {
        file: 'forms/Ærø Homes 2024.yaml',
        landlord: 'Ærø Homes',
        code: '2024',
        provisions_expected: '42',
        provisions_found: '42',
        answered: '41',
        missing_answers: '1',
        unexplained_noncompliance: '0',
        timescale_breaches: '0',
        claims_contradicted: '0',
        future_claims: '0',
        no_compliance_dates: '0',
        non_code_definitions: '0',
        boilerplate_evidence: '0',
        errors: '1',
        warnings: '2',
        status: 'fail',
      },
    ]);
  });

  it('quotes a field with a comma or a quote, and only then', () => {
    expect(text).toContain(
      '\nforms/riverside.docx,"Riverside ""Homes"", Ltd",2024,42,41,41,0,1,0,0,0,0,0,0,1,1,fail\n',
    );
    expect(text).toContain('\nforms/Ærø Homes 2024.yaml,Ærø Homes,2024,');
    expect(text).toContain('\nforms/broken.docx,,,,,,0,0,0,0,0,0,0,0,1,0,unreadable\n');
  });

  it('has status warn for warnings only', () => {
    const report = structuredClone(richReport);
    const f = report.files[3]!;
    f.findings = f.findings.filter((x) => x.severity !== 'error');
    f.counts.error = 0;
    expect(records(report)[3]!.status).toBe('warn');
  });

  it('keeps a landlord name with a line break in one field, and defuses formulas', () => {
    const report = structuredClone(richReport);
    report.files[1]!.landlord = 'Two\nLines';
    report.files[2]!.landlord = '=HYPERLINK("http://x")';
    const rows = records(report);
    expect(rows[1]!.landlord).toBe('Two\nLines');
    expect(rows[2]!.landlord).toBe(`'=HYPERLINK("http://x")`);
    expect(rows).toHaveLength(5);
  });

  it('is only the header for an empty report', () => {
    expect(csv(emptyReport, ctx)).toBe(`${csvColumns(ctx.rules).join(',')}\n`);
  });

  it('is deterministic', () => {
    expect(csv(structuredClone(richReport), ctx)).toBe(text);
  });
});
