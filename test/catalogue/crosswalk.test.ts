/**
 * The crosswalks in codes/crosswalk-*.yaml: schema-valid, complete (every provision of both catalogues once), and
 * the mapping API over them (src/catalogue/crosswalk.ts) in both directions and through 2022.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.js';
import {
  versionChain,
  ancestors,
  descendants,
  loadAllCrosswalks,
  loadCrosswalk,
  mapProvision,
  type Crosswalk,
} from '../../src/catalogue/crosswalk.js';
import { CODE_VERSIONS, type CodeVersion } from '../../src/catalogue/types.js';

const codesDir = new URL('../../codes/', import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL('../../schemas/crosswalk.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
const files = readdirSync(codesDir)
  .filter((f) => f.startsWith('crosswalk-'))
  .sort();

const ids = (version: CodeVersion): string[] => loadCatalogue(version).provisions.map((p) => p.id);
const counts = (list: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const id of list) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
};

describe('the crosswalk files', () => {
  it("are one per pair of consecutive versions of a scheme's Code", () => {
    const pairs = CODE_VERSIONS.flatMap((older) => {
      const chain = versionChain(older);
      const newer = chain[chain.indexOf(older) + 1];
      return newer === undefined ? [] : [`crosswalk-${older}-${newer}.yaml`];
    });
    expect(pairs).toEqual(['crosswalk-2020-2022.yaml', 'crosswalk-2022-2024.yaml']);
    expect(files).toEqual(pairs);
    expect(versionChain('lgsco-2024')).toEqual(['lgsco-2024']);
  });

  it.each(files)('%s validates against schemas/crosswalk.schema.json', (file) => {
    const ok = validate(parse(readFileSync(new URL(file, codesDir), 'utf8')));
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema refuses a kind its ids do not have', () => {
    const bad = {
      from: '2022',
      to: '2024',
      removed: [],
      new: [],
      mappings: [{ kind: 'one-to-one', from: ['1.2'], to: ['1.2', '1.3'] }],
    };
    expect(validate(bad)).toBe(false);
  });

  describe.each(loadAllCrosswalks().map((c) => [`${c.from} → ${c.to}`, c] as [string, Crosswalk]))('%s', (_, c) => {
    it('names each provision of the older catalogue exactly once, as a source or as removed', () => {
      const sources = counts([...c.mappings.flatMap((m) => m.from), ...c.removed.map((r) => r.id)]);
      expect([...sources.keys()].sort()).toEqual([...ids(c.from)].sort());
      for (const [id, n] of sources) expect(n, `${c.from} ${id}`).toBe(1);
    });

    it('names each provision of the newer catalogue exactly once, as a target or as new', () => {
      const targets = counts([...c.mappings.flatMap((m) => m.to), ...c.new.map((r) => r.id)]);
      expect([...targets.keys()].sort()).toEqual([...ids(c.to)].sort());
      for (const [id, n] of targets) expect(n, `${c.to} ${id}`).toBe(1);
    });

    it('gives each entry the kind its ids have', () => {
      for (const m of c.mappings) {
        const kind = `${m.from.length > 1 ? 'many' : 'one'}-to-${m.to.length > 1 ? 'many' : 'one'}`;
        expect(m.kind, `${m.from.join(',')} → ${m.to.join(',')}`).toBe(kind);
      }
    });

    it('explains every removed provision', () => {
      for (const r of c.removed) expect(r.note, `${c.from} ${r.id}`).toBeTruthy();
    });
  });

  it('loadCrosswalk refuses versions that are not consecutive', () => {
    expect(() => loadCrosswalk('2020', '2024')).toThrow(/consecutive/);
  });
});

describe('mapProvision', () => {
  it('one-to-one across one step, with the note on what changed', () => {
    const m = mapProvision('2022', '2024', '1.4');
    expect(m).toMatchObject({ kind: 'one-to-one', ids: ['1.4'], via: [] });
    expect(m?.notes[0]?.note).toMatch(/was a should, now a must/);
  });

  it('one-to-many: 2022 5.13 split into 6.14 and 6.15, the 10 → 20 working days extension noted', () => {
    const m = mapProvision('2022', '2024', '5.13');
    expect(m).toMatchObject({ kind: 'one-to-many', ids: ['6.14', '6.15'] });
    expect(m?.notes.map((n) => n.note).join(' ')).toMatch(/up to 20 working days \(was 10\)/);
  });

  it('many-to-one: 2022 4.6, 4.7 and 4.12 are 2024 5.8', () => {
    for (const id of ['4.6', '4.7', '4.12'])
      expect(mapProvision('2022', '2024', id)).toMatchObject({ kind: 'many-to-one', ids: ['5.8'] });
  });

  it('removed going forward, new going back', () => {
    expect(mapProvision('2022', '2024', '5.18')).toMatchObject({ kind: 'removed', ids: [] });
    expect(mapProvision('2024', '2022', '6.11')).toMatchObject({ kind: 'new', ids: [] });
    expect(mapProvision('2024', '2022', '6.11')?.notes[0]).toMatchObject({
      older: '2022',
      newer: '2024',
      olderIds: [],
      newerIds: ['6.11'],
    });
  });

  it('backwards: a merged provision has several ancestors, a split one shares its ancestor', () => {
    expect(mapProvision('2024', '2022', '5.8')).toMatchObject({ kind: 'one-to-many', ids: ['4.6', '4.7', '4.12'] });
    expect(mapProvision('2024', '2022', '6.14')).toMatchObject({ kind: 'many-to-one', ids: ['5.13'] });
  });

  it('composes 2020 → 2024 through 2022', () => {
    const m = mapProvision('2020', '2024', 'Q4.3');
    expect(m).toMatchObject({ kind: 'one-to-many', ids: ['5.2', '6.2'], via: [{ version: '2022', ids: ['4.1'] }] });
    expect(m?.notes.map((n) => `${n.older}→${n.newer}`)).toEqual(['2020→2022', '2022→2024']);
    expect(mapProvision('2020', '2024', 'Q1.1')).toMatchObject({ kind: 'one-to-one', ids: ['1.2'] });
    // Q4.12 and Q4.13 both feed 2022 5.1 and 5.13, which split into 6.3/6.4 and 6.14/6.15
    expect(mapProvision('2020', '2024', 'Q4.12')).toMatchObject({
      kind: 'many-to-many',
      ids: ['6.3', '6.4', '6.14', '6.15'],
    });
  });

  it('a path that loses a branch keeps the rest: Q3.6 reached 5.16 and 5.20; only 5.16 lives on, as 6.19', () => {
    const m = mapProvision('2020', '2024', 'Q3.6');
    expect(m).toMatchObject({ kind: 'one-to-one', ids: ['6.19'], via: [{ version: '2022', ids: ['5.16', '5.20'] }] });
    expect(m?.notes.some((n) => n.olderIds.includes('5.20') && n.newerIds.length === 0)).toBe(true);
  });

  it('a question removed in 2022 is removed in 2024 too', () => {
    expect(mapProvision('2020', '2024', 'Q4.8')).toMatchObject({
      kind: 'removed',
      ids: [],
      via: [{ version: '2022', ids: [] }],
    });
  });

  it('the same version is itself; an id the version lacks is undefined', () => {
    expect(mapProvision('2024', '2024', '6.14')).toMatchObject({ kind: 'one-to-one', ids: ['6.14'] });
    expect(mapProvision('2024', '2022', '10.1')).toBeUndefined();
    expect(mapProvision('2022', '2024', '6.14')).toBeUndefined();
  });

  it('forward and backward agree: t is among s forward exactly when s is among t backward', () => {
    for (const [a, b] of [
      ['2020', '2022'],
      ['2022', '2024'],
      ['2020', '2024'],
    ] as [CodeVersion, CodeVersion][]) {
      for (const s of ids(a)) {
        for (const t of mapProvision(a, b, s)?.ids ?? [])
          expect(mapProvision(b, a, t)?.ids, `${a} ${s} / ${b} ${t}`).toContain(s);
      }
      for (const t of ids(b)) {
        for (const s of mapProvision(b, a, t)?.ids ?? [])
          expect(mapProvision(a, b, s)?.ids, `${b} ${t} / ${a} ${s}`).toContain(t);
      }
    }
  });
});

describe('ancestors and descendants', () => {
  it('2024 6.14: 2022 5.13, then the 2020 questions on extended timescales', () => {
    const found = ancestors('2024', '6.14');
    expect(found?.map((m) => [m.to, m.ids])).toEqual([
      ['2022', ['5.13']],
      ['2020', ['Q4.12', 'Q4.13']],
    ]);
  });

  it('none for the oldest version, undefined for an id the version lacks', () => {
    expect(ancestors('2020', 'Q1.1')).toEqual([]);
    expect(ancestors('2020', 'Q9.9')).toBeUndefined();
  });

  it('2020 Q1.1 lives on as 1.2 in 2022 and 2024', () => {
    expect(descendants('2020', 'Q1.1')?.map((m) => [m.to, m.kind, m.ids])).toEqual([
      ['2022', 'one-to-one', ['1.2']],
      ['2024', 'one-to-one', ['1.2']],
    ]);
  });
});
