/**
 * From the pages' positioned text and rules to ordered blocks (no pdf.js here, so it can be tested on hand-made
 * pages): ruled tables first, then page furniture dropped from the remaining lines, then borderless tables,
 * then paragraphs, and finally tables continuing over pages joined.
 */
import type { DocumentModel } from '../document.js';
import { findBorderlessTables, type Columns } from './borderless-tables.js';
import { joinPages } from './join-pages.js';
import { dropFurniture, type PageLines } from './page-furniture.js';
import { toParagraphs } from './paragraphs.js';
import { findRuledTables } from './ruled-tables.js';
import { groupLines } from './text-lines.js';
import type { PageContent, PageParagraph, PageTable } from './types.js';

/** The document's blocks, and the running header/footer lines that were dropped (a title when metadata has none). */
export function buildDocument(pages: readonly PageContent[]): { blocks: DocumentModel['blocks']; running: string[] } {
  const tables: PageTable[] = [];
  const lines: PageLines[] = pages.map((p) => {
    const ruled = findRuledTables(p.page, p.pieces, p.hSegments, p.vSegments);
    tables.push(...ruled.tables);
    return { page: p.page, height: p.height, lines: groupLines(ruled.rest), tables: ruled.tables };
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
  return { blocks: joinPages(tables, paragraphs), running };
}
