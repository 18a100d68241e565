/**
 * Whole forms built from the real catalogues (codes/*.yaml), laid out as each version's form is, with the usual mess.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Catalogue, CodeVersion } from '../../src/catalogue/types.js';
import type { ParagraphBlock } from '../../src/ingest/document.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import { doc, para, table, type CellSpec, type TableSpec } from './helpers.js';

const load = (v: CodeVersion): Catalogue =>
  parse(readFileSync(new URL(`../../codes/${v}.yaml`, import.meta.url), 'utf8')) as Catalogue;
const CATS = (['2020', '2022', '2024'] as const).map(load);
const cat = (v: CodeVersion): Catalogue => CATS.find((c) => c.version === v) as Catalogue;

const run = (blocks: (TableSpec | ParagraphBlock)[], file = 'riverside-homes-2024.docx') => {
  const r = normaliseDocument(doc(...blocks), { file, catalogues: CATS });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
};

const sectionsOf = (c: Catalogue): number[] => [...new Set(c.provisions.map((p) => p.section))];

describe('whole 2024 form', () => {
  const c = cat('2024');
  const header = ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'];
  const blocks: (TableSpec | ParagraphBlock)[] = [para('Self-assessment form 2024', 1)];
  for (const s of sectionsOf(c)) {
    blocks.push(para(`Section ${s}: ${c.sections.find((x) => x.number === s)?.title ?? ''}`, 2));
    const rows: CellSpec[][] = [header];
    for (const p of c.provisions.filter((x) => x.section === s)) {
      if (p.id === '6.3') {
        // wrapped across a page break: the header repeats and the row continues with an empty id cell
        const words = p.text.split(' ');
        const half = Math.floor(words.length / 2);
        rows.push([p.id, words.slice(0, half).join(' '), 'Yes', 'Policy section', 'Most within']);
        rows.push(header);
        rows.push(['', words.slice(half).join(' '), '', '12.1', '10 working days']);
      } else if (p.id === '9.3') rows.push([p.id, p.text, 'Partial', 'Policy 20.1 and 20.2', '']);
      else if (p.id === '6.16') rows.push([p.id, p.text, 'Yes', '', '']);
      else if (p.id === '7.2') rows.push([p.id, p.text, '', 'Yes – remedies policy 4', '']);
      else rows.push([p.id, p.text, 'Yes', `Policy ${p.id}`, '']);
    }
    blocks.push(table(rows));
  }

  it('reads every row, detects 2024 with high confidence', () => {
    const a = run(blocks);
    expect(a.code).toBe('2024');
    expect(a.detection.confidence).toBeGreaterThan(0.8);
    expect(a.provisions.map((p) => p.id)).toEqual(c.provisions.map((p) => p.id));
    expect(a.landlord).toBe('riverside homes');
  });

  it('joins the wrapped row and reads the odd answers', () => {
    const a = run(blocks);
    const byId = new Map(a.provisions.map((p) => [p.id, p]));
    expect(byId.get('6.3')).toMatchObject({
      comply: 'yes',
      evidence: 'Policy section 12.1',
      commentary: 'Most within 10 working days',
      requirement: c.provisions.find((p) => p.id === '6.3')?.text,
    });
    expect(byId.get('9.3')).toMatchObject({ comply: 'partial', commentary: '' });
    expect(byId.get('6.16')).toMatchObject({ comply: 'yes', evidence: '' });
    expect(byId.get('7.2')).toMatchObject({ comply: 'yes', evidence: 'remedies policy 4' });
  });

  it('reads the same form with the id printed at the start of the requirement (no id column)', () => {
    const rows: CellSpec[][] = [['Requirement', 'Do we comply?', 'Evidence', 'Comments']];
    for (const p of c.provisions) rows.push([`${p.id} ${p.text}`, 'Yes', `Policy ${p.id}`, '']);
    const a = run([table(rows)]);
    expect(a.code).toBe('2024');
    expect(a.provisions.map((p) => p.id)).toEqual(c.provisions.map((p) => p.id));
  });

  it('matches rows by their wording when the form prints no ids at all', () => {
    const rows: CellSpec[][] = [['Requirement', 'Do we comply?', 'Evidence', 'Comments']];
    for (const p of c.provisions) rows.push([p.text, 'Yes', `Policy ${p.id}`, '']);
    const a = run([table(rows)]);
    expect(a.code).toBe('2024');
    const matched = a.provisions.filter((p, i) => p.id === c.provisions[i]?.id).length;
    expect(matched / c.provisions.length).toBeGreaterThan(0.95);
  });
});

describe('whole 2022 form', () => {
  const c = cat('2022');
  const header = ['Code section', 'Code requirement', 'Comply: Yes/No', 'Evidence, commentary and any explanations'];
  const tables: TableSpec[] = [];
  for (const s of sectionsOf(c)) {
    const title = c.sections.find((x) => x.number === s)?.title ?? '';
    for (const obligation of ['must', 'should'] as const) {
      const ps = c.provisions.filter((p) => p.section === s && p.obligation === obligation);
      if (ps.length === 0) continue;
      const heading =
        obligation === 'must'
          ? `Section ${s} - ${title} Mandatory ‘must’ requirements`
          : 'Best practice ‘should’ requirements';
      tables.push(
        table([
          [{ text: heading, colSpan: 4 }],
          header,
          ...ps.map((p): CellSpec[] => [
            p.id,
            p.text.replace(/'/g, '’'),
            p.id === '4.3' ? '' : 'Yes',
            `Section ${p.id} of the policy`,
          ]),
        ]),
      );
    }
  }

  it('reads the must and should tables of every section and detects 2022', () => {
    const a = run([para('Appendix B – Self-assessment form'), ...tables], 'b3-2022.docx');
    expect(a.code).toBe('2022');
    expect(a.detection.confidence).toBeGreaterThan(0.8);
    expect([...a.provisions.map((p) => p.id)].sort()).toEqual([...c.provisions.map((p) => p.id)].sort());
    expect(a.provisions.find((p) => p.id === '4.3')).toMatchObject({
      evidence: 'Section 4.3 of the policy',
      commentary: '',
    });
    expect(a.provisions.find((p) => p.id === '4.3')?.comply).toBeUndefined();
  });
});

describe('whole 2020 form', () => {
  const c = cat('2020');
  const rows: CellSpec[][] = [['', { text: 'Compliance with the Complaint Handling Code', colSpan: 3 }]];
  for (const s of sectionsOf(c)) {
    const title = c.sections.find((x) => x.number === s)?.title ?? '';
    rows.push(s === 1 ? ['1', title, 'Yes', 'No'] : [String(s), title, '', '']);
    for (const [i, p] of c.provisions.filter((x) => x.section === s).entries()) {
      if (p.answer === 'text') rows.push(['', p.text, `Answer to ${p.id}`, '']);
      else if (i % 3 === 1) rows.push(['', p.text, '', `No, not for ${p.id}`]);
      else rows.push(['', p.text, 'Yes', '']);
    }
    if (s === 1) rows.push(['', 'Evidence relied upon', '', '']);
  }

  it('detects 2020 and gives each question its id by its wording', () => {
    const a = run(
      [para('Housing Ombudsman Complaint Handling Code: Self-assessment form', 1), table(rows)],
      'council.docx',
    );
    expect(a.code).toBe('2020');
    expect(a.provisions.map((p) => p.id)).toEqual(c.provisions.map((p) => p.id));
  });

  it('reads the answer from the column the text sits in, and keeps text answers as rawAnswer', () => {
    const a = run([table(rows)], 'council.docx');
    for (const [i, p] of a.provisions.entries()) {
      const q = c.provisions[i];
      if (q?.answer === 'text') expect(p).toMatchObject({ rawAnswer: `Answer to ${q.id}`, commentary: '' });
      else if (p.comply === 'no') expect(p.commentary).toBe(`No, not for ${q?.id}`);
      else expect(p).toMatchObject({ comply: 'yes', commentary: '' });
      if (q?.answer === 'text') expect(p.comply).toBeUndefined();
    }
  });
});
