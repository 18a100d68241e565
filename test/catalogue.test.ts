/**
 * The Code catalogues in codes/*.yaml: schema-valid, internally consistent, and matching the row lists of
 * the real published forms (2020 question form, 2022 Appendix B, 2024 self-assessment form) and, for the LGSCO's
 * Code, the paragraphs of its published web pages that could be read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../src/catalogue/types.js';

const codesDir = new URL('../codes/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../schemas/catalogue.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

// codes/crosswalk-*.yaml are the crosswalks between versions (test/catalogue/crosswalk.test.ts).
const files = readdirSync(codesDir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('crosswalk-'))
  .sort();
const raw = new Map<string, unknown>(
  files.map((f) => [f, parse(readFileSync(new URL(f, codesDir), 'utf8')) as unknown]),
);
const catalogue = (version: string): Catalogue => raw.get(`${version}.yaml`) as Catalogue;

/** Rows per version, and how many are must / should, counted from the published forms. */
const EXPECTED = {
  '2020': { total: 44, must: 44, should: 0 },
  '2022': { total: 72, must: 45, should: 27 },
  '2024': { total: 72, must: 72, should: 0 },
  // 1.1-1.8, 2.1-2.5, 3.1-3.8, 5.1-5.7, 6.1-6.8, 7.1-7.5, 8.1-8.3, 9.1-9.7: every paragraph of the pages read
  'lgsco-2024': { total: 51, must: 0, should: 51 },
} as const;
const VERSIONS = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];

/** 2024 rows per section: 1.2-1.6, 2.1-2.5, 3.1-3.7, 4.1-4.3, 5.1-5.15, 6.1-6.20, 7.1-7.4, 8.1-8.5, 9.1-9.8. */
const IDS_2024 = (
  [
    [1, 2, 6],
    [2, 1, 5],
    [3, 1, 7],
    [4, 1, 3],
    [5, 1, 15],
    [6, 1, 20],
    [7, 1, 4],
    [8, 1, 5],
    [9, 1, 8],
  ] as const
).flatMap(([section, first, last]) => Array.from({ length: last - first + 1 }, (_, i) => `${section}.${first + i}`));

/** The 2022 Appendix B must/should split, section by section (Stage 1/2/3 sub-tables for section 5). */
const SPLIT_2022 = {
  must: [
    '1.2',
    '1.3',
    '1.6',
    '1.7',
    '1.8',
    '1.9',
    '2.1',
    '2.3',
    '2.4',
    '2.5',
    '2.6',
    '2.7',
    '2.8',
    '3.1',
    '3.2',
    '4.1',
    '4.2',
    '4.6',
    '4.7',
    '4.11',
    '4.12',
    '4.13',
    '4.14',
    '4.15',
    '4.18',
    '5.1',
    '5.5',
    '5.6',
    '5.8',
    '5.9',
    '5.10',
    '5.11',
    '5.12',
    '5.13',
    '5.16',
    '5.17',
    '5.20',
    '6.1',
    '6.2',
    '6.5',
    '6.6',
    '7.2',
    '8.1',
    '8.2',
    '8.3',
  ],
  should: [
    '1.4',
    '1.5',
    '2.2',
    '3.3',
    '4.3',
    '4.4',
    '4.5',
    '4.8',
    '4.9',
    '4.10',
    '4.16',
    '4.17',
    '4.19',
    '5.2',
    '5.3',
    '5.4',
    '5.7',
    '5.14',
    '5.15',
    '5.18',
    '5.19',
    '6.3',
    '6.7',
    '7.3',
    '7.4',
    '7.5',
    '7.6',
  ],
};

/** 2020 questions per heading (sub-items printed as their own rows counted). */
const QUESTIONS_2020 = { 1: 3, 2: 4, 3: 8, 4: 14, 5: 2, 6: 5, 7: 1, 8: 7 } as const;

const idOrder = (id: string): number[] => id.replace(/^Q/, '').split('.').map(Number);
const lower = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

describe('codes/*.yaml', () => {
  it('has one catalogue per Code version, named after it', () => {
    expect(files).toEqual(VERSIONS.map((v) => `${v}.yaml`));
    for (const v of VERSIONS) expect(catalogue(v).version).toBe(v);
  });

  it.each(files)('%s validates against schemas/catalogue.schema.json', (file) => {
    const ok = validate(raw.get(file));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe.each(VERSIONS)('catalogue %s', (version) => {
  const c = catalogue(version);
  const ids = c.provisions.map((p) => p.id);
  const idSet = new Set(ids);
  const timescaleKeys = new Set(c.timescales.map((t) => t.key));
  /** 2022/2024 cite their own rows; 2020 (no numbered rows) may also cite a paragraph of the Code itself ("3.11"). */
  const resolves = (ref: string): boolean => idSet.has(ref) || (version === '2020' && /^\d+\.\d+$/.test(ref));

  it('has unique ids', () => {
    expect(idSet.size).toBe(ids.length);
  });

  it("has the form's number of rows, must and should", () => {
    const must = c.provisions.filter((p) => p.obligation === 'must').length;
    expect({ total: ids.length, must, should: ids.length - must }).toEqual(EXPECTED[version]);
  });

  it('puts every provision in a listed section, and numbered ids in their own section', () => {
    const sections = c.sections.map((s) => s.number);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
    for (const p of c.provisions) {
      expect(sections, p.id).toContain(p.section);
      expect(idOrder(p.id)[0], p.id).toBe(p.section);
    }
    // every section has at least one row, unless the catalogue says its source could not be read whole
    for (const s of c.sections)
      expect(s.incomplete === true || c.provisions.some((p) => p.section === s.number), `section ${s.number}`).toBe(
        true,
      );
  });

  it('refers only to provisions and timescales that exist', () => {
    for (const t of c.timescales)
      if (t.provision !== undefined || c.scheme !== 'lgsco')
        expect(resolves(t.provision ?? ''), `timescale ${t.key} → ${t.provision}`).toBe(true);
    expect(resolves(c.stages.provision), `stages → ${c.stages.provision}`).toBe(true);
    if (c.extraStageProvision !== undefined)
      expect(idSet.has(c.extraStageProvision), `extraStageProvision → ${c.extraStageProvision}`).toBe(true);
    for (const p of c.provisions)
      for (const key of p.timescales ?? []) expect(timescaleKeys.has(key), `${p.id} → ${key}`).toBe(true);
    expect(new Set(c.timescales.map((t) => t.key)).size, 'one limit per key').toBe(c.timescales.length);
  });

  it('tags the provision that sets each timescale (2022, 2024)', () => {
    if (version === '2020') return;
    for (const t of c.timescales) {
      if (t.provision === undefined) continue;
      const p = c.provisions.find((x) => x.id === t.provision);
      expect(p?.timescales ?? [], `${t.provision} sets ${t.key}`).toContain(t.key);
    }
  });

  it('has consistent stage rules', () => {
    expect(c.stages.expected).toBe(2);
    expect(c.stages.max).toBeGreaterThanOrEqual(c.stages.expected);
    expect(c.stages.extraNeedsReasons).toBe(c.stages.max > c.stages.expected);
    const stages = new Set(c.provisions.flatMap((p) => (p.stage ? [p.stage] : [])));
    for (const s of stages) expect(s, 'no provision for a stage beyond max').toBeLessThanOrEqual(c.stages.max);
    for (const t of c.timescales) expect(Number(t.key.slice(5, 6))).toBeLessThanOrEqual(c.stages.max);
  });

  it('has plain, single-line text with straight quotes', () => {
    for (const p of c.provisions) {
      expect(p.text, p.id).not.toMatch(/[\u2018\u2019\u201c\u201d\n]|\s{2}/);
      expect(p.text.length, p.id).toBeGreaterThan(3);
    }
  });

  it('recognises its forms by strings no other version uses', () => {
    const needles = [...c.recognise.headers, ...c.recognise.phrases];
    for (const n of needles) expect(n, n).toBe(lower(n).trim());
    // The scheme is told first (the LGSCO's name and wording, src/normalise/document/scheme.ts), then the version
    // within it: a Housing Ombudsman needle may be LGSCO wording too ("member responsible for complaints"), but an
    // LGSCO needle is in no Housing Ombudsman wording.
    for (const other of VERSIONS.filter((v) => v !== version)) {
      const o = catalogue(other);
      if (o.scheme !== c.scheme && c.scheme === 'hos') continue;
      const otherText = lower([...o.provisions.map((p) => p.text), ...o.sections.map((s) => s.title)].join(' | '));
      const otherNeedles = new Set([...o.recognise.headers, ...o.recognise.phrases]);
      for (const n of needles) {
        expect(otherText.includes(n), `"${n}" (${version}) appears in the ${other} wording`).toBe(false);
        expect(otherNeedles.has(n), `"${n}" is also a ${other} needle`).toBe(false);
      }
    }
  });
});

describe('version specifics', () => {
  it('lgsco-2024: the LGSCO scheme, every provision should, its source and what could not be read', () => {
    const c = catalogue('lgsco-2024');
    expect([c.scheme, c.name]).toEqual(['lgsco', 'LGSCO Complaint Handling Code 2024']);
    for (const v of ['2020', '2022', '2024'] as const) expect(catalogue(v).scheme).toBe('hos');
    expect(c.provisions.every((p) => p.obligation === 'should')).toBe(true);
    expect(c.source?.urls.every((u) => u.startsWith('https://www.lgo.org.uk/'))).toBe(true);
    expect(c.sections.filter((s) => s.incomplete).map((s) => s.number)).toEqual([4, 5, 6, 9]);
    expect(c.provisions.filter((p) => p.partial).map((p) => p.id)).toEqual(['5.7', '6.8', '9.7']);
    // a partial provision is the last one listed in its (incomplete) section
    for (const p of c.provisions.filter((x) => x.partial)) {
      const own = c.provisions.filter((x) => x.section === p.section);
      expect(own.at(-1)?.id).toBe(p.id);
      expect(c.sections.find((s) => s.number === p.section)?.incomplete).toBe(true);
    }
    expect(c.provisions.find((p) => p.id === '7.4')?.text).toMatch(
      /^If a proposed remedy cannot be delivered .* reasons .* alternative remedy .* right to complain to the Ombudsman/,
    );
    expect(c.definition?.provision).toBe('1.4');
    expect(c.timescales.map((t) => [t.key, t.workingDays, t.provision ?? null])).toEqual([
      ['stage1.acknowledge', 5, '6.2'],
      ['stage1.respond', 10, '6.3'],
      ['stage1.extend', 10, '6.4'],
      ['stage2.acknowledge', 5, null],
      ['stage2.respond', 20, null],
    ]);
  });

  it('2024: ids run 1.2 .. 9.8 in form order, every provision must', () => {
    const c = catalogue('2024');
    expect(c.provisions.map((p) => p.id)).toEqual(IDS_2024);
    expect(c.provisions.every((p) => p.obligation === 'must')).toBe(true);
    expect(c.stages).toEqual({ expected: 2, max: 2, extraNeedsReasons: false, provision: '5.3' });
    expect(c.extraStageProvision).toBe('5.2');
    // Section 6 is split into Stage 1 (6.1-6.9) and Stage 2 (6.10-6.20); there is no stage 3.
    for (const p of c.provisions)
      expect(p.stage, p.id).toBe(p.section === 6 ? (idOrder(p.id)[1]! <= 9 ? 1 : 2) : undefined);
  });

  it('2024: timescale limits', () => {
    const c = catalogue('2024');
    expect(c.timescales.map((t) => [t.key, t.workingDays, t.provision])).toEqual([
      ['stage1.acknowledge', 5, '6.2'],
      ['stage1.respond', 10, '6.3'],
      ['stage1.extend', 10, '6.4'],
      ['stage2.acknowledge', 5, '6.11'],
      ['stage2.respond', 20, '6.14'],
      ['stage2.extend', 20, '6.15'],
    ]);
  });

  it('2022: the Appendix B must/should split, in form order within each section', () => {
    const c = catalogue('2022');
    const by = (o: 'must' | 'should'): string[] =>
      c.provisions
        .filter((p) => p.obligation === o)
        .map((p) => p.id)
        .sort((a, b) => compare(a, b));
    expect(by('must')).toEqual([...SPLIT_2022.must].sort(compare));
    expect(by('should')).toEqual([...SPLIT_2022.should].sort(compare));
    // Sections appear in order; inside a section the must table comes before the should table.
    const sections = c.provisions.map((p) => p.section);
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
    for (const s of c.sections) {
      const obligations = c.provisions.filter((p) => p.section === s.number).map((p) => p.obligation);
      expect(obligations.join(' '), `section ${s.number}`).toMatch(/^(must ?)*(should ?)*$/);
    }
    // Section 5 is split into stages 5.1-5.8, 5.9-5.16, 5.17-5.20; other sections carry no stage.
    for (const p of c.provisions) {
      const n = idOrder(p.id)[1]!;
      expect(p.stage, p.id).toBe(p.section === 5 ? (n <= 8 ? 1 : n <= 16 ? 2 : 3) : undefined);
    }
    expect(c.stages).toEqual({ expected: 2, max: 3, extraNeedsReasons: true, provision: '5.17' });
    expect(c.extraStageProvision).toBe('4.1');
    expect(c.timescales.map((t) => [t.key, t.workingDays, t.provision])).toEqual([
      ['stage1.acknowledge', 5, '4.1'],
      ['stage1.respond', 10, '5.1'],
      ['stage1.extend', 10, '5.1'],
      ['stage2.respond', 20, '5.13'],
      ['stage2.extend', 10, '5.13'],
      ['stage3.respond', 20, '5.18'],
    ]);
  });

  it('2020: Q<heading>.<n> ids numbered 1.. under each of the eight headings', () => {
    const c = catalogue('2020');
    const expected = Object.entries(QUESTIONS_2020).flatMap(([h, n]) =>
      Array.from({ length: n }, (_, i) => `Q${h}.${i + 1}`),
    );
    expect(c.provisions.map((p) => p.id)).toEqual(expected);
    expect(c.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(c.provisions.every((p) => p.obligation === 'must')).toBe(true);
    expect(c.extraStageProvision).toBeUndefined();
    expect(c.stages).toEqual({ expected: 2, max: 3, extraNeedsReasons: true, provision: '3.8' });
    const byId = new Map(c.provisions.map((p) => [p.id, p]));
    expect(byId.get('Q1.1')?.text).toMatch(
      /^Does the complaints process use the following definition of a complaint\? An expression of dissatisfaction, .* group of residents\.$/,
    );
    expect(byId.get('Q4.3')?.timescales).toEqual(['stage1.acknowledge']);
    expect(byId.get('Q4.9')?.text).toBe('Stage one (with extension)');
    expect(
      c.provisions.some((p) => /evidence relied upon/i.test(p.text)),
      '"Evidence relied upon" is not a question',
    ).toBe(false);
    // Questions answered with a figure or prose.
    expect(c.provisions.filter((p) => p.answer === 'text').map((p) => p.id)).toEqual([
      'Q3.8',
      'Q4.5',
      'Q4.6',
      'Q4.8',
      'Q4.9',
      'Q4.10',
      'Q4.11',
      'Q4.14',
      'Q6.3',
      'Q6.4',
      'Q8.1',
      'Q8.3',
      'Q8.4',
      'Q8.5',
      'Q8.7',
    ]);
    // Heading questions whose sub-rows carry the answers.
    expect(c.provisions.filter((p) => p.answer === 'none').map((p) => p.id)).toEqual(['Q4.7', 'Q8.2']);
    expect(c.evidence).toBe('none');
    expect(c.timescales.map((t) => [t.key, t.workingDays])).toEqual([
      ['stage1.acknowledge', 5],
      ['stage1.respond', 10],
      ['stage1.extend', 10],
      ['stage2.respond', 20],
      ['stage2.extend', 10],
      ['stage3.respond', 20],
    ]);
  });
});

function compare(a: string, b: string): number {
  const [x, y] = [idOrder(a), idOrder(b)];
  return x[0]! - y[0]! || x[1]! - y[1]!;
}
