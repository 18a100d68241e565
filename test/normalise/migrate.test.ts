/** normalise/migrate.ts: a form carried forward through the crosswalks, row by row. */
import { describe, expect, it } from 'vitest';
import { canMigrate, migrateAssessment } from '../../src/normalise/migrate.js';
import { assessment } from '../helpers/assessment.js';

const row = (m: ReturnType<typeof migrateAssessment>, id: string) => {
  const found = m.canonical.provisions.find((p) => p.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('migrateAssessment 2022 → 2024', () => {
  const form = () =>
    assessment('2022', [
      { id: '5.12', comply: 'Yes', evidence: 'Policy 5.4', commentary: 'Different officer at stage 2' },
      { id: '4.6', comply: 'Yes', evidence: 'Policy 4.1' },
      { id: '4.7', comply: 'Yes', evidence: 'Policy 4.2' },
      { id: '4.12', comply: 'Yes', evidence: 'Policy 4.3' },
      { id: '2.3', comply: 'Yes', evidence: 'Policy 2' },
      { id: '2.4', comply: 'No', evidence: 'The website has no complaints page yet; by March 2025' },
      { id: '5.13', comply: 'Partial', evidence: 'Stage 2 answered in 25 days; the policy changes by June 2025' },
      { id: '1.4', comply: 'Yes', evidence: 'Policy 1.4' },
      { id: '99.1', comply: 'Yes' },
    ]);

  it('carries a one-to-one row as it was, requirement from the new Code', () => {
    const m = migrateAssessment(form(), '2024');
    expect(m.canonical.code).toBe('2024');
    expect(row(m, '6.13')).toEqual({
      id: '6.13',
      requirement: expect.stringMatching(/^The person considering the complaint at stage 2/) as unknown as string,
      comply: 'Yes',
      evidence: 'Policy 5.4',
      commentary: 'Different officer at stage 2',
    });
    expect(m.carried).toContain('6.13');
  });

  it('says what changed in a one-to-one row as a comment, not a review', () => {
    const m = migrateAssessment(form(), '2024');
    const i = m.canonical.provisions.findIndex((p) => p.id === '1.4');
    expect(m.canonical.provisions[i]?.review).toBeUndefined();
    expect(m.comments[i]).toMatch(/^ 1\.4 from 2022 1\.4: was a should, now a must/);
    expect(m.comments[m.canonical.provisions.findIndex((p) => p.id === '6.13')]).toBeUndefined();
  });

  it('merges many-to-one: every source labelled, the answer carried when they agree', () => {
    const r = row(migrateAssessment(form(), '2024'), '5.8');
    expect(r.comply).toBe('Yes');
    expect(r.evidence).toBe('[2022 4.6] Policy 4.1 [2022 4.7] Policy 4.2 [2022 4.12] Policy 4.3');
    expect(r.review).toMatch(/^carried over from 2022 4\.6, 4\.7 and 4\.12 \(merged\): one list at each stage/);
  });

  it('leaves the answer of a merged row blank when the sources disagree, and says so', () => {
    const r = row(migrateAssessment(form(), '2024'), '3.4');
    expect(r.comply).toBe('');
    expect(r.review).toMatch(/the answers differed \(2\.3 Yes, 2\.4 No\), so none is carried/);
  });

  it('copies a split row to each part with the review note, the timescale change in it', () => {
    const m = migrateAssessment(form(), '2024');
    for (const [id, other] of [
      ['6.14', '6.15'],
      ['6.15', '6.14'],
    ] as const) {
      const r = row(m, id);
      expect(r.comply).toBe('Partial');
      expect(r.review).toMatch(
        new RegExp(`^carried over from 2022 5\\.13 \\(also carried to ${other.replace('.', '\\.')}\\)`),
      );
      expect(r.review).toMatch(/up to 20 working days \(was 10\)/);
    }
  });

  it("moves the explanation of a No or Partial from 2022's combined column into the commentary", () => {
    const r = row(migrateAssessment(form(), '2024'), '6.14');
    expect(r.evidence).toBe('');
    expect(r.commentary).toBe('Stage 2 answered in 25 days; the policy changes by June 2025');
  });

  it('leaves the new provisions blank and lists what was dropped or unknown', () => {
    const m = migrateAssessment(form(), '2024');
    expect(row(m, '6.11')).toMatchObject({ comply: '', evidence: '', commentary: '' });
    expect(row(m, '6.11').review).toBeUndefined();
    expect(m.blank).toEqual([
      '2.3',
      '2.5',
      '3.3',
      '5.1',
      '5.4',
      '5.5',
      '5.13',
      '6.11',
      '6.12',
      '6.17',
      '6.18',
      '6.20',
      '8.4',
      '8.5',
      '9.2',
    ]);
    expect(m.dropped).toContain('5.18');
    expect(m.unknown).toEqual(['99.1']);
    expect(m.canonical.provisions.map((p) => p.id)).toHaveLength(72);
  });

  it("keeps the landlord's timescales block and drops the period", () => {
    const a = { ...form(), period: '2022-23' };
    a.timescales = [
      {
        stage: 2,
        kind: 'respond',
        duration: { text: '20 working days', minWorkingDays: 20, maxWorkingDays: 20, converted: false },
        quote: 'stage2.respond: 20 working days',
        source: 'timescales',
      },
    ];
    a.stageCounts = [{ count: 2, quote: 'stages: 2', source: 'timescales' }];
    const m = migrateAssessment(a, '2024');
    expect(m.canonical.timescales).toEqual({ stages: 2, stage2: { respond: '20 working days' } });
    expect(m.canonical.period).toBeUndefined();
  });
});

describe('migrateAssessment 2020 → 2022 and 2024', () => {
  const form = () =>
    assessment('2020', [
      { id: 'Q1.2', comply: 'Yes', commentary: 'Section 4 lists them' },
      { id: 'Q1.3', comply: 'Yes' },
      { id: 'Q3.8', comply: 'Stage one' },
      { id: 'Q2.1', comply: 'No', commentary: 'Only by phone; email from April 2025' },
    ]);

  it('a Yes to a question of fact is no answer to a requirement: it goes into the commentary for review', () => {
    const r = row(migrateAssessment(form(), '2022'), '1.8');
    expect(r.comply).toBe('');
    expect(r.commentary).toBe('[2020 Q1.2] 2020 Q1.2 answered "Yes". Section 4 lists them');
    expect(r.review).toMatch(/^carried over from 2020 Q1\.2 and Q1\.3 \(merged\)/);
    expect(r.review).toMatch(
      /not every source has an answer to carry \(Q1\.2 answered "Yes", Q1\.3 Yes\), so none is carried$/,
    );
  });

  it('a one-to-one question answered Yes or No is carried', () => {
    expect(row(migrateAssessment(form(), '2022'), '2.1')).toMatchObject({
      comply: 'No',
      commentary: 'Only by phone; email from April 2025',
    });
  });

  it('composes through 2022, naming the way', () => {
    const m = migrateAssessment(form(), '2024');
    expect(row(m, '3.1')).toMatchObject({ comply: 'No' });
    expect(row(m, '2.2').review).toMatch(
      /^carried over from 2020 Q1\.2 and Q1\.3 via 2022 1\.8 \(merged\): 2022 to 2024:/,
    );
    expect(m.dropped).toContain('Q3.8');
  });
});

it('canMigrate: only to a newer version', () => {
  expect(canMigrate('2022', '2024')).toBe(true);
  expect(canMigrate('2020', '2022')).toBe(true);
  expect(canMigrate('2024', '2022')).toBe(false);
  expect(canMigrate('2024', '2024')).toBe(false);
});
