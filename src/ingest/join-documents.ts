/**
 * Several documents read as one (`check --join`: a form published as a web page per section, or in two PDFs): their
 * blocks in the order given, each part's locations naming it as a page. A PDF part keeps its own page numbers,
 * counted on from the pages of the parts before it; any other part is page N, the N-th part. Pages read by OCR
 * are numbered the same way, each naming the part it came from (`names`, in order) and its page there, and the
 * rows OCR was unsure of move with their pages, so the report says which pages of which part were scanned.
 */
import type { Block, DocumentModel, Location, LowConfidence, OcrPage, Row } from './document.js';

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

export function joinDocuments(documents: readonly DocumentModel[], names: readonly string[] = []): DocumentModel {
  const first = documents[0];
  if (!first) return { format: 'html', blocks: [] };
  if (documents.length === 1) return first;
  const blocks: Block[] = [];
  const ocrPages: OcrPage[] = [];
  const lowConfidence: LowConfidence[] = [];
  let pagesBefore = 0;
  documents.forEach((doc, i) => {
    const at =
      doc.format === 'pdf'
        ? (l: Location): Location => onPage(l, (l.page ?? 1) + pagesBefore)
        : (l: Location): Location => onPage(l, i + 1);
    blocks.push(...doc.blocks.map((b) => shiftBlock(b, at)));
    const part = names[i];
    for (const p of doc.ocr?.pages ?? [])
      ocrPages.push({ ...p, page: at({ page: p.page }).page ?? p.page, ...(part ? { part, partPage: p.page } : {}) });
    for (const u of doc.ocr?.lowConfidence ?? []) lowConfidence.push({ ...u, location: at(u.location) });
    pagesBefore += doc.format === 'pdf' ? (doc.pages ?? 1) : 1;
  });
  return {
    format: first.format,
    blocks,
    ...(first.title ? { title: first.title } : {}),
    pages: pagesBefore,
    ...(ocrPages.length > 0 ? { ocr: { pages: ocrPages, lowConfidence } } : {}),
  };
}
