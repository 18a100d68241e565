/**
 * The governing-body report's data from real forms: answers counted per Code section as the form gives them,
 * findings as observations, Nos and Partials as actions with their dates, and what changed since a previous form.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogue } from '../../../src/catalogue/load.js';
import type { Assessment } from '../../../src/normalise/assessment.js';
import { assessmentReport } from '../../../src/pipeline/check-file.js';
import { loadAssessment } from '../../../src/pipeline/load-assessment.js';
import { DEFAULT_READ_OPTIONS } from '../../../src/pipeline/options.js';
import type { CheckedForm } from '../../../src/report/governing/answers.js';
import { buildGoverningReport } from '../../../src/report/governing/build-governing.js';
import { assessment } from '../../helpers/assessment.js';

const TOOL = { name: 'assess', version: '0.0.0-test' };

async function form(path: string): Promise<CheckedForm> {
  const loaded = await loadAssessment(path, path, DEFAULT_READ_OPTIONS);
  if (!loaded.ok) throw new Error(loaded.failure.message);
  return checked(loaded.assessment);
}

function checked(a: Assessment): CheckedForm {
  return { assessment: a, catalogue: loadCatalogue(a.code), report: assessmentReport(a, { rules: {} }) };
}

describe('the governing-body report of a real 2024 form', () => {
  it('counts each section as the YAML answers it, and the whole form', async () => {
    const current = await form('fixtures/forms/council-2024.yaml');
    const report = buildGoverningReport({ ...current, tool: TOOL });
    const yaml = parse(readFileSync('fixtures/forms/council-2024.yaml', 'utf8')) as {
      provisions: { id: string; comply: string }[];
    };
    const bySection = new Map<number, Record<string, number>>();
    for (const p of yaml.provisions) {
      const section = Number(p.id.split('.')[0]);
      const counts = bySection.get(section) ?? {};
      counts[p.comply.toLowerCase()] = (counts[p.comply.toLowerCase()] ?? 0) + 1;
      bySection.set(section, counts);
    }
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const s of report.sections) {
      const want = bySection.get(s.number) ?? {};
      expect({ yes: s.counts.yes, partial: s.counts.partial }, `section ${s.number}`).toEqual({
        yes: want['yes'] ?? 0,
        partial: want['partial'] ?? 0,
      });
      expect(s.rows.map((r) => r.id)).toEqual(
        loadCatalogue('2024')
          .provisions.filter((p) => p.section === s.number)
          .map((p) => p.id),
      );
    }
    expect(report.provisions).toBe(72);
    expect(report.counts).toMatchObject({ yes: 67, partial: 5, no: 0, missing: 0 });
    expect(report.findings).toEqual({
      error: current.report.counts.error,
      warning: current.report.counts.warning,
      info: current.report.counts.info,
    });
  });

  it('puts every finding about a provision in its row, the hint as the recommendation', async () => {
    const current = await form('fixtures/forms/council-2024.yaml');
    const report = buildGoverningReport({ ...current, tool: TOOL });
    const rows = report.sections.flatMap((s) => s.rows);
    const placed = rows.flatMap((r) => r.observations.map((o) => ({ ...o, id: r.id })));
    expect(placed.length + report.general.length).toBe(current.report.findings.length);
    for (const f of current.report.findings.filter((x) => x.provision !== undefined)) {
      expect(placed).toContainEqual(
        expect.objectContaining({ id: f.provision, rule: f.rule, observation: f.message, recommendation: f.hint }),
      );
    }
  });

  it('lists the Nos and Partials as actions, with the sentence that dates them or none', async () => {
    const current = await form('fixtures/forms/council-2024.yaml');
    const report = buildGoverningReport({ ...current, tool: TOOL });
    expect(report.actions.map((a) => [a.id, a.answer, a.complianceDate])).toEqual([
      ['8.1', 'partial', undefined],
      ['8.2', 'partial', undefined],
      ['9.3', 'partial', undefined],
      ['9.6', 'partial', undefined],
      ['9.7', 'partial', undefined],
    ]);
    expect(report.actions.find((a) => a.id === '9.3')?.explanation).toBe('');

    const dated = assessment('2024', [
      { id: '6.3', comply: 'No', commentary: 'Responses take 15 days. We will recruit two officers by June 2026.' },
      { id: '6.4', comply: 'Partial', commentary: 'The policy was reviewed in March 2023.' },
    ]);
    const actions = buildGoverningReport({ ...checked(dated), tool: TOOL }).actions;
    expect(actions).toEqual([
      expect.objectContaining({
        id: '6.3',
        answer: 'no',
        complianceDate: 'We will recruit two officers by June 2026.',
      }),
      expect.objectContaining({ id: '6.4', answer: 'partial' }),
    ]);
    expect(actions[1]?.complianceDate).toBeUndefined();
  });

  it('counts missing provisions and words answers on a 2020 question form', async () => {
    const current = await form('fixtures/docx/council-2020-questions.docx');
    const report = buildGoverningReport({ ...current, tool: TOOL });
    expect(report.code).toBe('2020');
    const rows = report.sections.flatMap((s) => s.rows);
    const answerable = loadCatalogue('2020').provisions.filter((p) => p.answer !== 'none');
    expect(report.provisions).toBe(answerable.length);
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(answerable.length);
    for (const r of rows.filter((x) => x.answer === 'text')) expect(r.answerText).toBeTruthy();
  });
});

describe('changes since the previous form', () => {
  it('names what became compliant, non-compliant, changed answer or evidence, and the findings new and resolved', async () => {
    const current = await form('fixtures/forms/council-2024.yaml');
    const previous = await form('fixtures/forms/council-2024-previous.yaml');
    const report = buildGoverningReport({ ...current, tool: TOOL, previous: { ...previous, ancestors: (id) => [id] } });
    const changes = report.changes;
    expect(changes?.provisions.map((p) => [p.id, p.kinds, p.before, p.after])).toEqual([
      ['1.3', ['evidence changed'], 'Yes', 'Yes'],
      ['2.1', ['newly compliant'], 'Partial', 'Yes'],
      ['8.1', ['answer changed'], 'No', 'Partial'],
      ['9.3', ['newly non-compliant'], 'Yes', 'Partial'],
    ]);
    expect(changes?.counts).toMatchObject({ yes: 67, partial: 4, no: 1 });
    expect(changes?.newFindings.map((f) => [f.rule, f.provision])).toEqual([['unexplained-noncompliance', '9.3']]);
    expect(changes?.resolvedFindings).toEqual([]);
  });

  it('the same form twice: nothing changed', async () => {
    const current = await form('fixtures/forms/council-2024.yaml');
    const report = buildGoverningReport({ ...current, tool: TOOL, previous: { ...current, ancestors: (id) => [id] } });
    expect(report.changes).toMatchObject({ provisions: [], newFindings: [], resolvedFindings: [] });
  });

  it('a finding fixed since is resolved; across Code versions, provisions with no ancestor are new', () => {
    const before = checked(assessment('2024', [{ id: '6.3', comply: 'No' }]));
    const after = checked(assessment('2024', [{ id: '6.3', comply: 'Yes', evidence: 'Policy section 4' }]));
    const same = buildGoverningReport({ ...after, tool: TOOL, previous: { ...before, ancestors: (id) => [id] } });
    expect(same.changes?.resolvedFindings.map((f) => [f.rule, f.provision])).toContainEqual([
      'unexplained-noncompliance',
      '6.3',
    ]);
    expect(same.changes?.provisions.find((p) => p.id === '6.3')?.kinds).toEqual([
      'newly compliant',
      'evidence changed',
    ]);

    // A 2022 form as the previous one, with a mapping that knows only 6.3's ancestor.
    const older = checked(assessment('2022', [{ id: '5.6', comply: 'Yes' }]));
    const across = buildGoverningReport({
      ...after,
      tool: TOOL,
      previous: { ...older, ancestors: (id) => (id === '6.3' ? ['5.6'] : []) },
    });
    const rows = across.changes?.provisions ?? [];
    expect(rows.find((p) => p.id === '6.3')).toMatchObject({ previous: ['5.6'], before: 'Yes (5.6)', after: 'Yes' });
    expect(rows.filter((p) => p.kinds.includes('new provision')).length).toBe(71);
  });
});

describe('a form laid out one row per Code section (the LGSCO councils’ layout)', () => {
  it('is counted, checked and acted on by section', async () => {
    const current = await form('fixtures/docx/lgsco-sections.docx');
    const report = buildGoverningReport({ ...current, tool: TOOL });
    expect(report.code).toBe('lgsco-2024');
    expect(report.layout).toBe('sections');
    expect(report.provisions).toBe(current.catalogue.sections.length);
    expect(report.sections.map((s) => s.rows.map((r) => r.id))).toEqual(
      current.catalogue.sections.map((s) => [String(s.number)]),
    );
    const answered = current.assessment.provisions.map((p) => [p.id, p.comply ?? 'missing']);
    for (const [id, comply] of answered) {
      const row = report.sections.flatMap((s) => s.rows).find((r) => r.id === id);
      expect(row?.answer, `section ${id}`).toBe(comply);
    }
    expect(report.actions.map((a) => a.id)).toEqual(
      current.assessment.provisions.filter((p) => p.comply === 'no' || p.comply === 'partial').map((p) => p.id),
    );
    // Every finding about a section is in its row; only the form-wide ones are left over.
    const placed = report.sections.flatMap((s) => s.rows.flatMap((r) => r.observations));
    expect(placed.length + report.general.length).toBe(current.report.findings.length);
    expect(placed.length).toBe(current.report.findings.filter((f) => f.provision !== undefined).length);
  });
});
