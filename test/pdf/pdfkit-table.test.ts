// pdfkit-table.pdf: doc.table() ruled tables, header repeated on page 2, row 6.14 split over the page break,
// "Page N of 2" footers. enc.pdf / owneronly.pdf hold the same content, encrypted.
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { DocumentModel, TableBlock } from '../../src/ingest/document.js';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import {
  HEADER,
  REQ,
  expectLocations,
  expectNoInterleaving,
  fixture,
  flatCells,
  paragraphs,
  readFixture,
  rowById,
  tables,
} from './helpers.js';

/** A w×h RGB PNG of noise (incompressible, so it is a real image to decode). */
function noisePng(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((w * 3 + 1) * h);
  let seed = 7;
  for (let i = 0; i < raw.length; i++)
    raw[i] = i % (w * 3 + 1) === 0 ? 0 : (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function expectPdfkitContent(doc: DocumentModel): void {
  expect(tables(doc)).toHaveLength(1);
  const t = tables(doc)[0] as TableBlock;
  expect(t.rows.map((r) => r.cells[0]?.text)).toEqual(['Code\nprovision', '6.13', '6.14', '6.15']);
  expect(t.rows[0]?.header).toBe(true);
  expect(flatCells(t.rows[0]!)).toEqual(HEADER);
  expect(rowById(t, '6.13').cells.map((c) => c.text)).toEqual([
    '6.13',
    'The person considering the complaint at\nstage 2 must not be the same person\nthat considered the complaint at stage 1.',
    'Yes',
    'Complaints policy v4.2,\nsection 15',
    'Stage 2 reviews are\nallocated by the Head\nof Customer\nExperience.',
  ]);
  // 6.14 was drawn in two parts, one on each page: it comes back whole.
  expect(flatCells(rowById(t, '6.14'))).toEqual([
    '6.14',
    REQ['6.14'],
    'Partial',
    'Performance report Q3 2024-25 Board minutes 2024-03-02',
    '81% of stage 2 responses were issued within 20 working days; an improvement plan was approved by the Board.',
  ]);
  expect(rowById(t, '6.14').cells[3]?.text).toBe('Performance report Q3\n2024-25\nBoard minutes 2024-03-02');
  expect(rowById(t, '6.14').location).toEqual({ page: 1, line: 11 });
  expect(flatCells(rowById(t, '6.15'))).toEqual([
    '6.15',
    REQ['6.15'],
    'No',
    '',
    'Extensions are agreed by the case officer, but the reason is not yet recorded on the case file. Action plan item 7.',
  ]);
  expect(rowById(t, '6.15').location).toEqual({ page: 2, line: 7 });
  expectNoInterleaving(t);
  expectLocations(doc);
  // Page footers are gone; headings stay.
  expect(paragraphs(doc).map((p) => p.text)).toEqual([
    'Riverside Community Housing',
    'Section 6: Complaint stages',
    'Stage 2',
  ]);
}

describe('pdfkit ruled table PDF', () => {
  it('reads the table with the page-break row whole and no footers', async () => {
    expectPdfkitContent(await readFixture('pdfkit-table.pdf'));
  });

  it('reads the user-password PDF when given the password', async () => {
    expectPdfkitContent(await readFixture('enc.pdf', { password: 'secret' }));
  });

  it('reads an owner-password-only PDF without a password', async () => {
    expectPdfkitContent(await readFixture('owneronly.pdf'));
  });

  it('reads the same table with a large image drawn on every page (images are left out, not decoded)', async () => {
    const pdf = await PDFDocument.load(fixture('pdfkit-table.pdf'));
    const image = await pdf.embedPng(noisePng(600, 600));
    for (const page of pdf.getPages()) page.drawImage(image, { x: 380, y: 20, width: 60, height: 60 });
    const result = await readPdf(await pdf.save(), { maxPages: 50 });
    if (!result.ok) throw new Error(result.failure.message);
    expectPdfkitContent(result.document);
  });
});
