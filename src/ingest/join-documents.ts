/**
 * Several documents read as one (`check --join`: a form published as a web page per section, or in two PDFs): their
 * blocks in the order given, each part's locations naming it as a page. A PDF part keeps its own page numbers,
 * counted on from the pages of the parts before it; any other part is page N, the N-th part.
 */
import type { Block, DocumentModel, Location, Row } from './document.js';

const onPage = (location: Location, page: number): Location => ({ ...location, page });

function shiftRow(row: Row, at: (l: Location) => Location): Row {
  return {
    ...row,
    location: at(row.location),
    ...(row.pieces ? { pieces: row.pieces.map((p) => shiftRow(p, at)) } : {}),
  };
}

function shiftBlock(block: Block, at: (l: Location) => Location): Block {
  return block.kind === 'table'
    ? { ...block, location: at(block.location), rows: block.rows.map((r) => shiftRow(r, at)) }
    : { ...block, location: at(block.location) };
}

export function joinDocuments(documents: readonly DocumentModel[]): DocumentModel {
  const first = documents[0];
  if (!first) return { format: 'html', blocks: [] };
  if (documents.length === 1) return first;
  const blocks: Block[] = [];
  let pagesBefore = 0;
  documents.forEach((doc, i) => {
    const at =
      doc.format === 'pdf'
        ? (l: Location): Location => onPage(l, (l.page ?? 1) + pagesBefore)
        : (l: Location): Location => onPage(l, i + 1);
    blocks.push(...doc.blocks.map((b) => shiftBlock(b, at)));
    pagesBefore += doc.format === 'pdf' ? (doc.pages ?? 1) : 1;
  });
  return { format: first.format, blocks, ...(first.title ? { title: first.title } : {}), pages: pagesBefore };
}
