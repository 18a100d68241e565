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
 *   provision ids and answers, or id rows that continue the table just above them, or (once one run of the document
 *   reads) id rows under a heading of their own. Otherwise its paragraphs stay as they are (a 2020
 *   "question<TAB>answer" list without a header line is read by question-paragraphs.ts).
 * - A PDF line wrapped at a number ("... policy Section" / "15.5<TAB>...") is no new row: a row's id follows the id
 *   of the row above.
 */
import type { Block, Cell, DocumentModel, ParagraphBlock, Row, TableBlock } from '../../ingest/document.js';
import { isBareAnswer } from '../answer.js';
import { headerOf, inferColumns } from './find-header.js';
import { gridWidth } from './grid.js';
import { parseId, splitLeadingId } from './ids.js';

/**
 * A paragraph that reads as a heading between runs: a heading style, or a short line that is no sentence ("Section 2:
 * Exclusions", "Stage 1", "Mandatory 'must' requirements"; not "Section 3.2 of the policy applies.", a cell's text).
 */
const HEADING_TEXT =
  /^\s*((section|part|appendix|annex|schedule)\s+[\dA-Z]|stage\s+(\d|one|two|three)\b|mandatory\b|best practice\b)/i;
const MAX_HEADING = 120;

const isHeading = (p: ParagraphBlock): boolean =>
  p.heading !== undefined ||
  (HEADING_TEXT.test(p.text) && p.text.length <= MAX_HEADING && !p.text.includes('\t') && !/[.;,]\s*$/.test(p.text));

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

/**
 * A plain paragraph after a run's last row that goes on with its last cell: a sentence cut in two (the paragraph
 * starts in lower case, or the cell is text that stops short of a sentence's end). Never after a bare answer or id.
 */
const CELL_TEXT = 40;
function goesOn(last: ParagraphBlock, next: Block | undefined): boolean {
  if (next?.kind !== 'paragraph' || isHeading(next) || isTabbed(next)) return false;
  const cell = last.text.split('\t').pop()?.trim() ?? '';
  if (cell === '') return false;
  return /^\p{Ll}/u.test(next.text.trim()) || (cell.length >= CELL_TEXT && !/[.!?:;)"'’”]$/.test(cell));
}

/** Runs of tabbed paragraphs, with the tab-less paragraphs between two of them (pieces of a cell). */
function findRuns(blocks: readonly Block[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  const end = (): void => {
    if (!run) return;
    while (goesOn(blocks[run.to] as ParagraphBlock, blocks[run.to + 1])) run.to++;
    runs.push(run);
    run = undefined;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && isTabbed(b)) {
      if (run) run.to = i;
      else run = { from: i, to: i };
      return;
    }
    // A plain paragraph may be the middle of a cell: it stays in the run if a tabbed paragraph follows.
    if (run && b.kind === 'paragraph' && !isHeading(b)) return;
    end();
  });
  end();
  return runs;
}

/** The id a row starts with, as [section, number]. */
function leadingId(fields: string[]): [number, number] | undefined {
  const first = fields[0]?.trim() ?? '';
  const id = parseId(first) ?? splitLeadingId(first)?.id;
  const m = id ? /^Q?(\d+)[.,](\d+)$/.exec(id) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Ids a form prints after `prev`: further on in its section, or early in the next one. */
const FOLLOWS = 6;
const follows = (prev: [number, number] | undefined, next: [number, number]): boolean =>
  prev === undefined ||
  (next[0] === prev[0] && next[1] > prev[1] && next[1] - prev[1] <= FOLLOWS) ||
  (next[0] === prev[0] + 1 && next[1] <= FOLLOWS);

/**
 * Whether a paragraph's cells start a row of their own: a header line, or a provision id in the first cell that
 * can follow the row above (a PDF line wrapped at a number, "... Section" / "15.5<TAB>commentary", is no new row).
 */
function startsRow(fields: string[], above: string[] | undefined): boolean {
  const first = fields[0]?.trim() ?? '';
  if (first === '') return false;
  const id = leadingId(fields);
  if (id) return follows(above ? leadingId(above) : undefined, id);
  return headerOf(rowOf(fields, {})) !== undefined;
}

const rowOf = (fields: string[], location: Row['location']): Row => ({
  cells: fields.map((text): Cell => ({ text: text.trim() })),
  location: { ...location },
});

/** A header line's width when there is one, else the widest row's (writers drop empty cells at a row's end). */
function runWidth(rows: string[][]): number {
  const header = rows.find((f) => headerOf(rowOf(f, {})) !== undefined);
  return header ? header.length : Math.max(0, ...rows.map((f) => f.length));
}

/** The run's paragraphs as rows: pieces of a cell that ran over several paragraphs joined back into their row. */
function runRows(paragraphs: ParagraphBlock[], width: number): Row[] {
  const all = paragraphs.map((p) => fieldsOf(p.text));
  const rows: { fields: string[]; location: Row['location'] }[] = [];
  paragraphs.forEach((p, i) => {
    const fields = all[i] as string[];
    const open = rows[rows.length - 1];
    const short = open !== undefined && open.fields.length < width;
    // A tab-less paragraph goes on with the cell above; a tabbed one does when the row above stopped short and
    // the two fit in one row (Word puts a cell's second paragraph on a line of its own), unless it opens with an
    // empty cell (a row going on with the cells of the row above), the row above ended on its answer or the
    // paragraph opens with a question (rows of a question form, which print no ids).
    const continues =
      open !== undefined &&
      (fields.length === 1 ||
        (short &&
          !startsRow(fields, open.fields) &&
          (fields[0] ?? '').trim() !== '' &&
          !isBareAnswer(open.fields[open.fields.length - 1] ?? '') &&
          !/\?\s*$/.test(fields[0] ?? '') &&
          open.fields.length + fields.length - 1 <= width));
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

/**
 * Whether the table reader can read the rows: a header line, ids and answers it can place, or id rows under a table
 * whose header they can be read by.
 */
function readable(rows: Row[], above: TableBlock | undefined): boolean {
  if (rows.some((r) => headerOf(r) !== undefined) || inferColumns(rows) !== undefined) return true;
  return above !== undefined && allKeyed(rows);
}

/**
 * Rows that all print a provision id, and cells beyond a requirement: a short run (one row under its heading) of a
 * form read elsewhere, not numbered paragraphs ("1.2<TAB>text").
 */
const allKeyed = (rows: Row[]): boolean =>
  rows.every((r) => r.cells[0]?.text.trim() === '' || leadingId(r.cells.map((c) => c.text)) !== undefined) &&
  rows.some((r) => leadingId(r.cells.map((c) => c.text)) !== undefined) &&
  rows.some((r) => r.cells.filter((c) => c.text.trim() !== '').length >= 3);

/**
 * The document with every readable run of tab-separated paragraphs replaced by a table (the same document when
 * there is none). Each row keeps the location of the paragraph it starts at.
 */
export function withTabbedTables(doc: DocumentModel): DocumentModel {
  const found = findRuns(doc.blocks).map((run) => ({
    ...run,
    paragraphs: doc.blocks.slice(run.from, run.to + 1) as ParagraphBlock[],
  }));
  // One table flattened: its width is the widest row's in any run of the form (a run may have no row with every
  // cell). Runs with no header line and no id are other tab-separated text (a list of names and dates).
  const formRuns = found.filter((r) =>
    r.paragraphs.some((p) => leadingId(fieldsOf(p.text)) !== undefined || headerOf(rowOf(fieldsOf(p.text), {}))),
  );
  const width = Math.max(
    0,
    ...formRuns.map((r) => runWidth(r.paragraphs.map((p) => fieldsOf(p.text)).filter((f) => f.length >= 2))),
  );
  const runs = found.map((run) => {
    const above = tableAbove(doc.blocks, run.from);
    const own = runWidth(run.paragraphs.map((p) => fieldsOf(p.text)).filter((f) => f.length >= 2));
    const rows = runRows(
      run.paragraphs,
      Math.max(formRuns.includes(run) ? width : own, above ? Math.max(...above.rows.map(gridWidth)) : 0),
    );
    return { ...run, rows, readable: readable(rows, above) };
  });
  // One layout throughout: once a run reads on its own, runs of id rows read like it.
  const layout = runs.some((r) => r.readable);
  const blocks: Block[] = [];
  let next = 0;
  for (const run of runs) {
    if (!run.readable && !(layout && allKeyed(run.rows))) continue;
    blocks.push(...doc.blocks.slice(next, run.from));
    blocks.push({ kind: 'table', rows: run.rows, location: { ...(run.paragraphs[0]?.location ?? {}) } });
    next = run.to + 1;
  }
  if (next === 0) return doc;
  blocks.push(...doc.blocks.slice(next));
  return { ...doc, blocks };
}
