/**
 * Tables flattened into tab-separated paragraphs, one row a paragraph ("1.2<TAB>requirement<TAB>Yes<TAB>evidence
 * <TAB>commentary"), with or without a header line: what Word's "Convert table to text" gives, or a form typed with
 * tab stops. Each run of such paragraphs becomes a table in the document model, so that everything the table reader
 * does (header labels, answers in the wrong column, continuation rows, section headings between tables) applies.
 *
 * - A cell that held several paragraphs comes out as several paragraphs: the first ends the row early, the middle
 *   ones have no tab, the last carries on with the row's remaining cells. They are put back into one row.
 * - Trailing empty cells are lost by writers and readers ("6.16<TAB>...<TAB>Yes"): rows are padded to the run's width.
 * - A run is kept as a table only when the table reader can read it: it has a header line, or rows that print
 *   provision ids and answers, or it continues the table just above it (a PDF reader finds the header line alone as a
 *   table when the rows under it wrap). Otherwise its paragraphs stay as they are (a 2020 "question<TAB>answer" list
 *   is read by question-paragraphs.ts).
 */
import type { Block, Cell, DocumentModel, ParagraphBlock, Row, TableBlock } from '../../ingest/document.js';
import { headerOf, inferColumns } from './find-header.js';
import { gridWidth } from './grid.js';
import { parseId, splitLeadingId } from './ids.js';

/** A paragraph that reads as a heading between runs: a heading style, or a short "Section 2 ..." / "Stage 1" line. */
const HEADING_TEXT = /^\s*(section|part|stage|appendix|annex|schedule|mandatory|best practice)\b/i;

const isHeading = (p: ParagraphBlock): boolean =>
  p.heading !== undefined || (HEADING_TEXT.test(p.text) && p.text.length <= 120 && !p.text.includes('\t'));

/** Cells of a paragraph: its text split at tabs (a tab-less paragraph is one cell). */
const fieldsOf = (text: string): string[] => text.replace(/\r/g, '').split('\t');

/** Paragraphs with at least one tab between two texts, or leading tabs before a text (a continuation row). */
function isTabbed(p: ParagraphBlock): boolean {
  if (p.heading !== undefined) return false;
  const fields = fieldsOf(p.text);
  if (fields.length < 2) return false;
  const filled = fields.filter((f) => f.trim() !== '').length;
  return filled >= 2 || (filled === 1 && fields[0]?.trim() === '');
}

interface Run {
  /** Index of the first and the last block of the run (both tabbed paragraphs). */
  from: number;
  to: number;
}

/** Runs of tabbed paragraphs, with the tab-less paragraphs between two of them (pieces of a cell). */
function findRuns(blocks: readonly Block[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && isTabbed(b)) {
      if (run) run.to = i;
      else run = { from: i, to: i };
      return;
    }
    // A plain paragraph may be the middle of a cell: it stays in the run if a tabbed paragraph follows.
    if (run && b.kind === 'paragraph' && !isHeading(b)) return;
    if (run) runs.push(run);
    run = undefined;
  });
  if (run) runs.push(run);
  return runs;
}

/** Whether a paragraph's cells start a row of their own: a header line, or a provision id in the first cell. */
function startsRow(fields: string[]): boolean {
  const first = fields[0]?.trim() ?? '';
  if (first === '') return false;
  if (parseId(first) !== undefined || splitLeadingId(first) !== undefined) return true;
  return headerOf(rowOf(fields, {})) !== undefined;
}

const rowOf = (fields: string[], location: Row['location']): Row => ({
  cells: fields.map((text): Cell => ({ text: text.trim() })),
  location: { ...location },
});

/** The width most rows have (a header line's width when there is one); ties go to the wider. */
function runWidth(rows: string[][]): number {
  const header = rows.find((f) => headerOf(rowOf(f, {})) !== undefined);
  if (header) return header.length;
  const counts = new Map<number, number>();
  for (const f of rows) if (f.length >= 2) counts.set(f.length, (counts.get(f.length) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [width, n] of counts) {
    if (n > most || (n === most && width > best)) {
      best = width;
      most = n;
    }
  }
  return best;
}

/** The run's paragraphs as rows: pieces of a cell that ran over several paragraphs joined back into their row. */
function runRows(paragraphs: ParagraphBlock[], minWidth: number): Row[] {
  const all = paragraphs.map((p) => fieldsOf(p.text));
  const width = Math.max(minWidth, runWidth(all.filter((f) => f.length >= 2)));
  const rows: { fields: string[]; location: Row['location'] }[] = [];
  paragraphs.forEach((p, i) => {
    const fields = all[i] as string[];
    const open = rows[rows.length - 1];
    const short = open !== undefined && open.fields.length < width;
    // A tab-less paragraph goes on with the cell above; a tabbed one does when the row above stopped short and
    // the two fit in one row (Word puts a cell's second paragraph on a line of its own).
    const continues =
      open !== undefined &&
      (fields.length === 1 || (short && !startsRow(fields) && open.fields.length + fields.length - 1 <= width));
    if (open && continues) {
      const last = open.fields.length - 1;
      open.fields[last] = [open.fields[last] ?? '', fields[0] ?? ''].filter((t) => t.trim() !== '').join('\n');
      open.fields.push(...fields.slice(1));
      return;
    }
    rows.push({ fields: [...fields], location: p.location });
  });
  return rows.map((r) => {
    const fields = [...r.fields];
    while (fields.length < width) fields.push('');
    return rowOf(fields, r.location);
  });
}

/** The table just above a run, when the run may continue it: it has a header row the rows can be read under. */
function tableAbove(blocks: readonly Block[], index: number): TableBlock | undefined {
  const above = blocks[index - 1];
  if (above?.kind !== 'table') return undefined;
  return above.rows.some((r) => headerOf(r) !== undefined) ? above : undefined;
}

/** Whether the table reader can read the rows: a header line, or ids and answers it can place without one. */
function readable(rows: Row[], above: TableBlock | undefined): boolean {
  if (above) return true;
  if (rows.some((r) => headerOf(r) !== undefined)) return true;
  const columns = inferColumns(rows);
  return columns !== undefined && [...columns.roles.values()].includes('answer');
}

/**
 * The document with every readable run of tab-separated paragraphs replaced by a table (the same document when
 * there is none). Each row keeps the location of the paragraph it starts at.
 */
export function withTabbedTables(doc: DocumentModel): DocumentModel {
  const runs = findRuns(doc.blocks);
  if (runs.length === 0) return doc;
  const blocks: Block[] = [];
  let next = 0;
  for (const run of runs) {
    const paragraphs = doc.blocks.slice(run.from, run.to + 1) as ParagraphBlock[];
    const above = tableAbove(doc.blocks, run.from);
    const rows = runRows(paragraphs, above ? Math.max(...above.rows.map(gridWidth)) : 0);
    if (!readable(rows, above)) continue;
    blocks.push(...doc.blocks.slice(next, run.from));
    blocks.push({ kind: 'table', rows, location: { ...(paragraphs[0]?.location ?? {}) } });
    next = run.to + 1;
  }
  if (next === 0) return doc;
  blocks.push(...doc.blocks.slice(next));
  return { ...doc, blocks };
}
