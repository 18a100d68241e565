import { describe, expect, it } from 'vitest';
import { joinDocuments } from '../../src/ingest/join-documents.js';
import type { DocumentModel } from '../../src/ingest/document.js';

const page = (text: string): DocumentModel => ({
  format: 'html',
  blocks: [
    { kind: 'paragraph', text, location: { paragraph: 1 } },
    { kind: 'table', location: { table: 1 }, rows: [{ cells: [{ text: '6.1' }], location: { table: 1, row: 2 } }] },
  ],
});
const pdf = (pages: number): DocumentModel => ({
  format: 'pdf',
  pages,
  blocks: [{ kind: 'paragraph', text: 'p', location: { page: pages, line: 3 } }],
});

describe('joinDocuments (check --join)', () => {
  it('puts the parts in order, each part a page', () => {
    const joined = joinDocuments([page('one'), page('two')]);
    expect(joined.blocks.map((b) => b.location)).toEqual([
      { paragraph: 1, page: 1 },
      { table: 1, page: 1 },
      { paragraph: 1, page: 2 },
      { table: 1, page: 2 },
    ]);
    const table = joined.blocks[3];
    expect(table?.kind === 'table' && table.rows[0]?.location).toEqual({ table: 1, row: 2, page: 2 });
  });

  it('counts PDF pages on from the parts before', () => {
    const joined = joinDocuments([pdf(3), pdf(2)]);
    expect(joined.blocks.map((b) => b.location)).toEqual([
      { page: 3, line: 3 },
      { page: 5, line: 3 },
    ]);
    expect(joined.pages).toBe(5);
  });

  it('carries the pages read by OCR, numbered on and naming their part, and the unsure rows with them', () => {
    const scan: DocumentModel = {
      ...pdf(2),
      ocr: {
        pages: [{ page: 2, confidence: 81, rotation: 1.5 }],
        lowConfidence: [{ kind: 'row', location: { page: 2, line: 3 }, confidence: 40, words: ['Na'] }],
      },
    };
    const joined = joinDocuments([pdf(3), scan], ['a.pdf', 'b.pdf']);
    expect(joined.ocr).toEqual({
      pages: [{ page: 5, confidence: 81, rotation: 1.5, part: 'b.pdf', partPage: 2 }],
      lowConfidence: [{ kind: 'row', location: { page: 5, line: 3 }, confidence: 40, words: ['Na'] }],
    });
    expect(joinDocuments([pdf(3), pdf(2)]).ocr).toBeUndefined();
  });

  it('leaves a single document as it is', () => {
    const one = page('only');
    expect(joinDocuments([one])).toBe(one);
  });
});
