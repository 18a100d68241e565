/**
 * Which rows of the read document hold a word the recogniser was unsure of. Every row and paragraph of a PDF
 * carries the page line it starts on; on a page read by OCR, a row runs from its own first line to the line
 * before the next row or paragraph starts (a table row's cells share the page's lines), so its words are the
 * words on those lines. A row joined over a page break is unsure when any of its pieces is.
 */
import type { Block, Location, LowConfidence, Row } from '../document.js';
import type { PageContent } from '../pdf/types.js';

/** A word below this confidence (0..100) makes its row worth a look by eye. */
export const LOW_CONFIDENCE = 75;

interface Unit {
  page: number;
  line: number;
  kind: LowConfidence['kind'];
  /** Where its unsure words are reported: its own row, and for a piece of a row joined over a page break also
   * the joined row (the normaliser may keep it joined or find the piece is a row of its own). Header rows: none. */
  owners: Location[];
}

function units(blocks: readonly Block[]): Unit[] {
  const out: Unit[] = [];
  const add = (loc: Location, kind: Unit['kind'], owners: Location[]): void => {
    if (loc.page !== undefined && loc.line !== undefined) out.push({ page: loc.page, line: loc.line, kind, owners });
  };
  const addRow = (row: Row): void => {
    const owners = row.header ? [] : [row.location];
    if (row.pieces?.length)
      row.pieces.forEach((piece, i) => add(piece.location, 'row', i === 0 ? owners : [...owners, piece.location]));
    else add(row.location, 'row', owners);
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') add(b.location, 'paragraph', [b.location]);
    else for (const row of b.rows) addRow(row);
  }
  return out.sort((a, z) => a.page - z.page || a.line - z.line);
}

export function lowConfidenceRows(
  blocks: readonly Block[],
  ocrPages: readonly PageContent[],
  threshold = LOW_CONFIDENCE,
): LowConfidence[] {
  const byPage = new Map(ocrPages.map((p) => [p.page, p]));
  const found = new Map<Location, LowConfidence>();
  const list = units(blocks);
  list.forEach((u, i) => {
    const page = byPage.get(u.page);
    if (!page) return;
    const next = list[i + 1];
    const end = next && next.page === u.page ? next.line : Infinity;
    const unsure = page.pieces.filter(
      (p) => p.line >= u.line && p.line < end && p.confidence !== undefined && p.confidence < threshold,
    );
    if (unsure.length === 0) return;
    for (const owner of u.owners) {
      const entry = found.get(owner) ?? { kind: u.kind, location: { ...owner }, confidence: 100, words: [] };
      for (const p of unsure) {
        entry.confidence = Math.min(entry.confidence, Math.round(p.confidence ?? 0));
        entry.words.push(p.str);
      }
      found.set(owner, entry);
    }
  });
  return [...found.values()];
}
