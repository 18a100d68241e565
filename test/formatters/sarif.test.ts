import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/formatters/sarif.js';
import type { Report } from '../../src/report/types.js';
import { absoluteReport, BROKEN, ctx, DOCX, emptyReport, PDF, richReport, YAML } from './fixtures.js';

const addFormats = addFormatsModule.default;
const schema = JSON.parse(
  readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const run = (report: Report): Sarif.Run => {
  const log = JSON.parse(sarif(report, ctx)) as Sarif.Log;
  return log.runs[0]!;
};
const resultsFor = (r: Sarif.Run, uri: string): Sarif.Result[] =>
  (r.results ?? []).filter((x) => x.locations?.[0]?.physicalLocation?.artifactLocation?.uri === uri);
const fp = (x: Sarif.Result): string => x.partialFingerprints!['assessFinding/v1']!;

describe('sarif formatter', () => {
  it.each([
    ['rich', richReport],
    ['empty', emptyReport],
    ['absolute paths', absoluteReport()],
  ])('is valid SARIF 2.1.0 (%s report)', (_name, report) => {
    const log: unknown = JSON.parse(sarif(report, ctx));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('uses a validator that rejects what SARIF 2.1.0 forbids', () => {
    const log = JSON.parse(sarif(richReport, ctx)) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'info';
    expect(validate(log)).toBe(false);
  });

  it('has the log header GitHub code scanning expects', () => {
    const log = JSON.parse(sarif(richReport, ctx)) as Sarif.Log;
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('assess');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
  });

  it('lists every rule, fired or not, with help and a default level', () => {
    const r = run(emptyReport);
    const table = r.tool.driver.rules!;
    expect(table.map((x) => x.id)).toEqual(ctx.rules.map((x) => x.id));
    for (const [i, rule] of table.entries()) {
      const meta = ctx.rules[i]!;
      expect(rule.helpUri).toBe(meta.helpUri);
      expect(rule.helpUri).toMatch(/^https:\/\/.+#/);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.shortDescription?.text).toBe(meta.description);
      expect(rule.fullDescription?.text).toContain(meta.why);
      expect(rule.help?.text).toContain(meta.fix);
      expect(rule.help?.markdown).toContain(meta.fix);
      expect(rule.defaultConfiguration?.level).toBe(
        { error: 'error', warning: 'warning', info: 'note' }[meta.severity],
      );
    }
    expect(r.results).toEqual([]);
  });

  it('gives every finding a result with rule, level, message and hint', () => {
    const r = run(richReport);
    const findings = richReport.files.flatMap((f) => f.findings);
    expect(r.results).toHaveLength(findings.length);
    for (const [i, x] of (r.results ?? []).entries()) {
      const f = findings[i]!;
      expect(x.ruleId).toBe(f.rule);
      expect(r.tool.driver.rules![x.ruleIndex!]!.id).toBe(f.rule);
      expect(x.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(x.message.text!.startsWith(f.message)).toBe(true);
      if (f.hint) expect(x.message.text).toContain(`\nHint: ${f.hint}`);
      expect(x.locations).toHaveLength(1);
    }
  });

  it('percent-encodes repo-relative URIs segment by segment', () => {
    const r = run(richReport);
    const uris = r.artifacts!.map((a) => a.location!.uri);
    expect(uris).toContain('forms/%C3%86r%C3%B8%20Homes%202024.yaml');
    expect(uris).toContain('forms/riverside.docx');
    for (const a of r.artifacts!) expect(a.location!.uriBaseId).toBe('%SRCROOT%');
    expect(resultsFor(r, 'forms/%C3%86r%C3%B8%20Homes%202024.yaml')).toHaveLength(3);
    expect(decodeURIComponent('forms/%C3%86r%C3%B8%20Homes%202024.yaml')).toBe(YAML);
  });

  it('gives every result a region: the line of the file (YAML), line 1 for PDF or DOCX locations', () => {
    const r = run(richReport);
    const yaml = resultsFor(r, 'forms/%C3%86r%C3%B8%20Homes%202024.yaml');
    expect(yaml.map((x) => x.locations![0]!.physicalLocation!.region)).toEqual([
      { startLine: 3, startColumn: 1 },
      { startLine: 14, startColumn: 13 },
      { startLine: 20, startColumn: 5 },
    ]);
    for (const file of [PDF, DOCX, BROKEN]) {
      const results = resultsFor(r, file);
      expect(results.length).toBeGreaterThan(0);
      for (const x of results) expect(x.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
    }
    const pdf = resultsFor(r, PDF).find((x) => x.ruleId === 'timescale-breach')!;
    expect(pdf.locations![0]!.properties).toEqual({ page: 3, line: 7 });
    expect(pdf.locations![0]!.message?.text).toBe('page 3, line 7');
    expect(pdf.message.text).toContain('Location: page 3, line 7');
    expect(pdf.locations![0]!.logicalLocations).toEqual([
      { name: '6.14', fullyQualifiedName: 'provision 6.14', kind: 'provision' },
    ]);
    const docx = resultsFor(r, DOCX).find((x) => x.ruleId === 'unexplained-noncompliance')!;
    expect(docx.locations![0]!.properties).toEqual({ table: 2, row: 5 });
  });

  it('locates findings without provision or location at the file', () => {
    const r = run(richReport);
    const [unreadable] = resultsFor(r, BROKEN);
    expect(unreadable!.ruleId).toBe('unreadable-document');
    expect(unreadable!.locations![0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: BROKEN, uriBaseId: '%SRCROOT%', index: 0 },
        region: { startLine: 1 },
      },
    });
    const docLevel = resultsFor(r, PDF).find((x) => x.ruleId === 'stage-count')!;
    expect(docLevel.locations![0]!.logicalLocations).toBeUndefined();
    expect(docLevel.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(PDF);
  });

  it('has stable partial fingerprints, distinct per (file, provision, rule)', () => {
    const a = run(richReport).results!;
    const b = run(structuredClone(richReport)).results!;
    expect(a.map(fp)).toEqual(b.map(fp));
    for (const x of a) expect(fp(x)).toMatch(/^[0-9a-f]{32}$/);
    // missing-answer on 5.1 (pdf) and 1.2 (yaml); missing-evidence on 4.1 and 4.2; two rules on yaml 1.2.
    const key = (x: Sarif.Result): string =>
      JSON.stringify([
        x.locations![0]!.physicalLocation!.artifactLocation!.uri,
        x.properties?.['provision'] ?? null,
        x.ruleId,
      ]);
    const byKey = new Map<string, string>();
    for (const x of a) byKey.set(key(x), fp(x));
    expect(new Set(byKey.values()).size).toBe(byKey.size);
    expect(byKey.size).toBe(a.length);
  });

  it('does not depend on the message, location or severity for the fingerprint', () => {
    const moved = structuredClone(richReport);
    const f = moved.files[4]!.findings[1]!;
    f.message = 'reworded';
    f.location = { line: 99 };
    f.severity = 'warning';
    const before = resultsFor(run(richReport), 'forms/%C3%86r%C3%B8%20Homes%202024.yaml')[1]!;
    const after = resultsFor(run(moved), 'forms/%C3%86r%C3%B8%20Homes%202024.yaml')[1]!;
    expect(fp(after)).toBe(fp(before));
  });

  it('keeps a file outside cwd as an absolute file URI without uriBaseId', () => {
    const r = run(absoluteReport());
    expect(r.artifacts!.map((a) => a.location)).toEqual([
      { uri: 'file:///elsewhere/other%20form.yaml' },
      { uri: 'forms/abs%20file.yaml', uriBaseId: '%SRCROOT%' },
    ]);
    expect(r.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'file:///elsewhere/other%20form.yaml',
      index: 0,
    });
  });

  it('is a pure function of its input', () => {
    expect(sarif(richReport, ctx)).toBe(sarif(structuredClone(richReport), { ...ctx }));
  });

  it("meets GitHub code scanning's ingestion rules on every result", () => {
    // https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
    for (const report of [richReport, absoluteReport()]) {
      const r = run(report);
      const ids = new Set(r.tool.driver.rules!.map((x) => x.id));
      for (const x of r.results!) {
        expect(ids.has(x.ruleId!)).toBe(true);
        expect(x.message.text!.length).toBeGreaterThan(0);
        expect(x.locations!.length).toBeGreaterThanOrEqual(1);
        const physical = x.locations![0]!.physicalLocation!;
        expect(physical.region!.startLine).toBeGreaterThanOrEqual(1);
        const uri = physical.artifactLocation!.uri!;
        // Relative to %SRCROOT% (never climbing out of it), or an absolute file URI.
        if (physical.artifactLocation!.uriBaseId) expect(uri).not.toMatch(/^(?:\.\.\/|\/|file:)/);
        else expect(uri).toMatch(/^file:\/\/\//);
        expect(Object.keys(x.partialFingerprints ?? {}).length).toBeGreaterThan(0);
      }
    }
  });

  it('makes paths relative to the repository root (srcRoot) when the run is in a sub-folder', () => {
    const log = JSON.parse(sarif(richReport, { ...ctx, srcRoot: '/work' })) as Sarif.Log;
    const r = log.runs[0]!;
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/' } });
    expect(r.artifacts!.map((a) => a.location!.uri)).toContain('repo/forms/riverside.docx');
  });

  it('gives no helpUri and no informationUri when the package declares no repository', () => {
    const bare = { ...ctx, rules: ctx.rules.map(({ helpUri: _, ...rest }) => rest) };
    delete (bare as { homepage?: string }).homepage;
    const log = JSON.parse(sarif(richReport, bare)) as Sarif.Log;
    const driver = log.runs[0]!.tool.driver;
    expect(driver.informationUri).toBeUndefined();
    for (const rule of driver.rules!) {
      expect(rule.helpUri).toBeUndefined();
      expect(rule.help?.markdown).not.toContain('[Documentation]');
    }
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});
