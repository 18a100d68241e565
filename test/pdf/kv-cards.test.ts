// Key/value cards (one small two-column table per provision, or several stacked in one table) in PDFs: a card
// that runs over a page break is one card, whether the break falls between its rows, inside a row (the rest of a
// value under an empty label cell, or the rest of a wrapped label), or just before a row that reads like one of
// the table's first rows; and every card is located by page and line. The kv-2024 / lo-kv-2022 fixtures are
// LibreOffice exports with cards split every way (kv-inside-2024: cards ruled only between their rows).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentModel, TableBlock } from '../../src/ingest/document.js';
import { buildDocument } from '../../src/ingest/pdf/build-document.js';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import { numberLines } from '../../src/ingest/pdf/text-lines.js';
import type { HSegment, PageContent, TextPiece, VSegment } from '../../src/ingest/pdf/types.js';
import { normaliseDocument } from '../../src/normalise/document/normalise-document.js';
import type { Assessment } from '../../src/normalise/assessment.js';
import { loadAssessment } from '../../src/pipeline/load-assessment.js';
import { DEFAULT_READ_OPTIONS } from '../../src/pipeline/options.js';
import { CATALOGUES, TEXT_2024, doc, table } from '../normalise-document/helpers.js';

const t = (str: string, x: number, y: number): TextPiece => ({
  str,
  x,
  y,
  width: Math.min(str.length * 5, 340),
  size: 10,
  font: 'regular',
  line: 0,
});

/** A two-column ruled grid (label 50-200, value 200-550) with a row boundary at each y. */
function grid(ys: number[]): { h: HSegment[]; v: VSegment[] } {
  const top = ys[0] ?? 0;
  const bottom = ys[ys.length - 1] ?? 0;
  return {
    h: ys.map((y) => ({ y, x1: 50, x2: 550 })),
    v: [50, 200, 550].map((x) => ({ x, y1: top, y2: bottom })),
  };
}

/** A page of label/value rows, 20 points apart from y = `from`, drawn as one grid. */
function cardsPage(n: number, rows: [string, string][], from = 60): PageContent {
  const ys = rows.map((_, i) => from + 20 * i);
  const { h, v } = grid([...ys, from + 20 * rows.length]);
  const pieces = rows.flatMap(([label, value], i) => [
    ...(label ? [t(label, 55, (ys[i] ?? 0) + 14)] : []),
    ...(value ? [t(value, 205, (ys[i] ?? 0) + 14)] : []),
  ]);
  return { page: n, width: 600, height: 800, pieces: numberLines(pieces), hSegments: h, vSegments: v };
}

const onlyTable = (blocks: DocumentModel['blocks']): TableBlock => {
  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return tables[0]!;
};
const texts = (table: TableBlock) => table.rows.map((r) => r.cells.map((c) => c.text));

function normalise(blocks: DocumentModel['blocks']): Assessment {
  const r = normaliseDocument({ format: 'pdf', blocks }, { file: 'cards.pdf', catalogues: CATALOGUES, code: '2024' });
  if (!r.ok) throw new Error(r.failure.message);
  return r.assessment;
}

describe('key/value cards over a page break (PDF)', () => {
  it('keeps a row at the top of the page that reads like one of the table’s first rows', () => {
    // Cards stacked in one table: 9.3's "Comply | Yes" opens page 2, like 6.14's answer near the table's top.
    const { blocks } = buildDocument([
      cardsPage(1, [
        ['Code provision', '6.14'],
        ['Comply', 'Yes'],
        ['Evidence', 'Policy 15'],
        ['Code provision', '9.3'],
      ]),
      cardsPage(2, [
        ['Comply', 'Yes'],
        ['Evidence', 'Board minutes'],
      ]),
    ]);
    expect(texts(onlyTable(blocks))).toEqual([
      ['Code provision', '6.14'],
      ['Comply', 'Yes'],
      ['Evidence', 'Policy 15'],
      ['Code provision', '9.3'],
      ['Comply', 'Yes'],
      ['Evidence', 'Board minutes'],
    ]);
    expect(normalise(blocks).provisions.map((p) => [p.id, p.comply, p.evidence, p.location])).toEqual([
      ['6.14', 'yes', 'Policy 15', { page: 1, line: 1 }],
      ['9.3', 'yes', 'Board minutes', { page: 1, line: 4 }],
    ]);
  });

  it('still drops the table’s top rows when a writer repeats them on the next page', () => {
    const { blocks } = buildDocument([
      cardsPage(1, [
        ['Provision', 'Response'],
        ['Code provision', '6.14'],
        ['Comply', 'Yes'],
      ]),
      cardsPage(2, [
        ['Provision', 'Response'],
        ['Code provision', '6.14'],
        ['Evidence', 'Policy 15'],
      ]),
    ]);
    expect(texts(onlyTable(blocks))).toEqual([
      ['Provision', 'Response'],
      ['Code provision', '6.14'],
      ['Comply', 'Yes'],
      ['Evidence', 'Policy 15'],
    ]);
  });

  it('joins a label wrapped over the break to the row it starts', () => {
    const { blocks } = buildDocument([
      cardsPage(1, [
        ['Code provision', '6.14'],
        ['Do we comply?', 'Partial'],
        ['Evidence, commentary', 'Performance report Q3,'],
      ]),
      cardsPage(2, [
        ['and any explanations', 'section 4'],
        ['Code provision', '9.3'],
        ['Do we comply?', 'Yes'],
      ]),
    ]);
    expect(texts(onlyTable(blocks))).toEqual([
      ['Code provision', '6.14'],
      ['Do we comply?', 'Partial'],
      ['Evidence, commentary\nand any explanations', 'Performance report Q3,\nsection 4'],
      ['Code provision', '9.3'],
      ['Do we comply?', 'Yes'],
    ]);
  });

  it('gives the rest of a value under an empty label to the row above', () => {
    const text = TEXT_2024['9.3'];
    const cut = text.indexOf('. ') + 1;
    const [first, rest] = [text.slice(0, cut), text.slice(cut + 1)];
    const { blocks } = buildDocument([
      cardsPage(1, [
        ['Code provision', '9.3'],
        ['Code requirement', first],
      ]),
      cardsPage(2, [
        ['', rest],
        ['Comply', 'Partial'],
        ['Evidence', 'Board minutes'],
        ['Commentary', 'Panel meets quarterly.'],
      ]),
    ]);
    const [card] = normalise(blocks).provisions;
    expect(card).toMatchObject({
      id: '9.3',
      comply: 'partial',
      requirement: TEXT_2024['9.3'],
      evidence: 'Board minutes',
      commentary: 'Panel meets quarterly.',
      location: { page: 1, line: 1 },
    });
  });
});

describe('key/value cards in a DOCX', () => {
  it('reads a value a writer split over two rows, the second with an empty label, as one', () => {
    const text = TEXT_2024['9.3'];
    const cut = text.indexOf('. ') + 1;
    const r = normaliseDocument(
      doc(
        table([
          ['Code provision', '9.3'],
          ['Code requirement', text.slice(0, cut)],
          ['', text.slice(cut + 1)],
          ['Comply', 'Partial'],
          ['Evidence', 'Board minutes'],
          ['', 'Panel terms of reference'],
        ]),
      ),
      { file: 'cards.docx', catalogues: CATALOGUES, code: '2024' },
    );
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.assessment.provisions[0]).toMatchObject({
      id: '9.3',
      comply: 'partial',
      requirement: text,
      evidence: 'Board minutes Panel terms of reference',
      location: { table: 1, row: 1 },
    });
  });
});

describe('key/value card fixtures', () => {
  const path = (rel: string) => new URL(`../../fixtures/${rel}`, import.meta.url).pathname;
  const load = async (rel: string) => {
    const loaded = await loadAssessment(path(rel), rel, DEFAULT_READ_OPTIONS);
    if (!loaded.ok) throw new Error(loaded.failure.message);
    return loaded.assessment;
  };

  it.each(['kv-2024', 'lo-kv-2022', 'kv-inside-2024'])('%s.pdf has cards split over page breaks', async (name) => {
    const r = await readPdf(new Uint8Array(readFileSync(path(`pdf/${name}.pdf`))), { maxPages: 50 });
    if (!r.ok) throw new Error(r.failure.message);
    // Rows of one card (from one "Code ..." id row to the next) on two pages.
    const split = r.document.blocks
      .filter((b): b is TableBlock => b.kind === 'table')
      .flatMap((b) => {
        const cards: number[][] = [];
        for (const row of b.rows) {
          if (/^(Code )?(provision|section)$/i.test(row.cells[0]?.text ?? '')) cards.push([]);
          cards[cards.length - 1]?.push(row.location.page ?? 0);
        }
        return cards.filter((pages) => new Set(pages).size > 1);
      });
    expect(split.length).toBeGreaterThanOrEqual(5);
  });

  it.each(['kv-2024', 'lo-kv-2022'])(
    '%s: PDF cards located by page and line, DOCX cards by table and row',
    async (name) => {
      const pdf = await load(`pdf/${name}.pdf`);
      const docx = await load(`docx/${name}.docx`);
      expect(pdf.provisions).toHaveLength(72);
      for (const p of pdf.provisions) expect(Object.keys(p.location ?? {}).sort()).toEqual(['line', 'page']);
      for (const p of docx.provisions) expect(p.location).toEqual({ table: expect.any(Number), row: 1 });
    },
  );
});
