/**
 * Cross-check against pdf-parse's getTable(), which reads ruled tables from the same pdf.js: on every row it
 * finds with a provision id, our reader gives the same cells. Where pdf-parse stops at a page break, our cell
 * continues past it (we join rows split across pages), so ours must start with its text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';

const norm = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (?=\w)/g, '$1-')
    .trim();

describe.each(['pdf/council-2024-table.pdf', 'pdf/lo-association-2022.pdf', 'pdf-special/pdfkit-table.pdf'])(
  '%s',
  (rel) => {
    it('agrees with pdf-parse getTable() on every id row', async () => {
      const bytes = readFileSync(new URL(`../../fixtures/${rel}`, import.meta.url));
      const parser = new PDFParse({ data: new Uint8Array(bytes) });
      const theirs = new Map<string, string[]>();
      try {
        for (const page of (await parser.getTable()).pages) {
          for (const table of page.tables) {
            for (const row of table) {
              const id = (row[0] ?? '').trim();
              if (/^\d+\.\d+$/.test(id) && !theirs.has(id)) theirs.set(id, row.map(norm));
            }
          }
        }
      } finally {
        await parser.destroy();
      }
      const ours = await readPdf(bytes, { maxPages: 100 });
      if (!ours.ok) throw new Error(ours.failure.message);
      const rows = ours.document.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
      expect(theirs.size).toBeGreaterThan(2);
      for (const [id, cells] of theirs) {
        const mine = rows.find((r) => r.cells[0]?.text.trim() === id)?.cells.map((c) => norm(c.text));
        expect(mine, id).toBeDefined();
        expect(mine!.length, id).toBe(cells.length);
        cells.forEach((text, i) =>
          expect(mine![i]!.startsWith(text), `${id} cell ${i}: "${mine![i]}" should start with "${text}"`).toBe(true),
        );
      }
    });
  },
);
