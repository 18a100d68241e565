/**
 * From the pages' positioned text and rules to ordered blocks (no pdf.js here, so it can be tested on hand-made
 * pages): ruled tables first, then tables drawn with horizontal rules only, then page furniture dropped from the
 * remaining lines, then borderless tables, then paragraphs, and finally tables continuing over pages joined.
 */
import type { DocumentModel } from '../document.js';
import { findBorderlessTables, type Columns } from './borderless-tables.js';
import { joinPages } from './join-pages.js';
import { dropFurniture, type PageLines } from './page-furniture.js';
import { toParagraphs } from './paragraphs.js';
import { findHRuleTables } from './hrule-tables.js';
import { findRuledTables } from './ruled-tables.js';
import { groupLines } from './text-lines.js';
import type { HSegment, PageContent, PageParagraph, PageTable } from './types.js';

/** A rule that is part of a ruled table (within its box). */
const insideTable = (t: PageTable, s: HSegment): boolean =>
  s.y >= t.top - 2 &&
  s.y <= t.bottom + 2 &&
  s.x2 >= (t.columns[0] ?? 0) - 2 &&
  s.x1 <= (t.columns[t.columns.length - 1] ?? 0) + 2;

/**
 * The document's blocks, and the running header/footer lines that were dropped (a title when metadata has none).
 * `fixTable`, when given, sees each page's table before tables are joined over pages (the OCR reader mends ids).
 */
export function buildDocument(
  pages: readonly PageContent[],
  fixTable?: (table: PageTable) => void,
): { blocks: DocumentModel['blocks']; running: string[] } {
  const ruled = pages.map((p) => findRuledTables(p.page, p.pieces, p.hSegments, p.vSegments));
  const hruled = findHRuleTables(
    pages.map((p, i) => {
      const own = ruled[i]?.tables ?? [];
      return {
        page: p.page,
        width: p.width,
        height: p.height,
        pieces: ruled[i]?.rest ?? [],
        hSegments: p.hSegments.filter((s) => !own.some((t) => insideTable(t, s))),
        ruled: own,
      };
    }),
  );
  const tables: PageTable[] = [...ruled.flatMap((r) => r.tables), ...hruled.tables];
  const lines: PageLines[] = pages.map((p, i) => {
    const own = tables.filter((t) => t.page === p.page);
    return { page: p.page, height: p.height, lines: groupLines(hruled.rest[i] ?? []), tables: own };
  });
  const { pages: cleaned, running } = dropFurniture(lines);
  const paragraphs: PageParagraph[] = [];
  let open: Columns | undefined;
  for (const p of cleaned) {
    const found = findBorderlessTables(p.page, p.lines, open);
    open = found.open;
    tables.push(...found.tables);
    paragraphs.push(...toParagraphs(p.page, found.rest));
  }
  if (fixTable) for (const t of tables) fixTable(t);
  return { blocks: joinPages(tables, paragraphs), running };
}
