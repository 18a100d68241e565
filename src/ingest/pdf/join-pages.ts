/**
 * Putting the pages' tables and paragraphs into one ordered block list. A table that ends a page and one that
 * starts the next page with the same columns are one table: the repeated top rows are dropped, and a first
 * row split from the last one by the page break (an empty first cell under an id row, or a first cell that
 * carries on the label above) is joined onto it; the joined row keeps its pieces (`Row.pieces`).
 */
import type { Block, Cell, Row, TableBlock } from '../document.js';
import { joinLines } from './clean-text.js';
import { PROVISION_ID } from './text-lines.js';
import { collapse, dice, wordSet } from '../../util/text.js';
import type { PageParagraph, PageTable } from './types.js';

type Item = { kind: 'table'; table: PageTable } | { kind: 'paragraph'; paragraph: PageParagraph };

/** How many rows at the top of a table a writer may repeat on each page. */
const REPEATED_TOP_ROWS = 3;

const sameColumns = (a: number[], b: number[]): boolean =>
  a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? Infinity)) <= 6);

const rowKey = (row: Row): string => row.cells.map((c) => collapse(c.text).toLowerCase()).join('|');

const joinCell = (a: Cell, b: Cell): Cell => {
  const text = joinLines([a.text, b.text], '\n');
  const cell: Cell = { ...a, text };
  if (text) delete cell.mergedFromAbove;
  return cell;
};

/**
 * A header row repeating another: the same text, or (read by OCR, which may see "/" as "|" on one page and not
 * the next) nearly all the same words.
 */
const sameLabels = (a: string, b: string): boolean => a === b || dice(wordSet(a), wordSet(b)) >= 0.9;

/**
 * Leading rows of `next` that repeat the table's top rows: copies of its first rows in order from the first (a
 * writer repeats a table's top rows, column labels and any title row above them, on every page, whether or not
 * they were recognised as a header), or a header row copying one of them (a title row that is not repeated).
 * A body row that merely equals a later top row is kept: in a table of key/value cards "Comply | Yes" at the top
 * of a page is the rest of a card, not a repeat of the first card's answer.
 */
function dropRepeatedTop(table: TableBlock, next: Row[]): Row[] {
  const top = table.rows.slice(0, REPEATED_TOP_ROWS).map(rowKey);
  const blank = (k: string) => k.replace(/\|/g, '') === '';
  let rows = next;
  let k = 0;
  while (rows[0] && !blank(rowKey(rows[0]))) {
    const key = rowKey(rows[0]);
    if (key === top[k]) k++;
    else if (!(rows[0].header && top.some((t) => sameLabels(t, key)))) break;
    rows = rows.slice(1);
  }
  return rows;
}

/** A first cell that reads as the rest of the cell above, wrapped over the page break ("and any explanations"). */
const continuesAbove = (above: string, text: string): boolean =>
  above !== '' && !/[.:?!]$/.test(above.trim()) && /^\p{Ll}[\p{Ll}'’-]+(\s|$)/u.test(text);

/** Appends `next` (the same table continued on the next page) to `table`. */
function continueTable(table: TableBlock, next: PageTable): void {
  let rows = dropRepeatedTop(table, next.rows);
  const first = rows[0];
  const last = table.rows[table.rows.length - 1];
  // A row split by the page break. With an empty first cell, only when the row above is a provision row (its
  // first cell an id such as "6.12"): after a heading row ("5  Cooperation ...") or in a question form with no
  // ids, a new row cannot be told from a continuation here, and the normaliser decides. A first cell that
  // continues the one above (a label wrapped over the break) always is the same row.
  const firstCell = first?.cells[0]?.text ?? '';
  const lastCell = last?.cells[0]?.text ?? '';
  if (
    first &&
    last &&
    !first.header &&
    first.cells.length === last.cells.length &&
    ((!firstCell && PROVISION_ID.test(lastCell)) || continuesAbove(lastCell, firstCell))
  ) {
    // The pieces are kept: the normaliser, which knows the Code's wording, may find the next page's piece is a
    // row of its own (a provision printed without its number at the top of a new table).
    const { pieces, ...lastPiece } = last;
    table.rows[table.rows.length - 1] = {
      ...last,
      cells: last.cells.map((c, i) => joinCell(c, first.cells[i] ?? { text: '' })),
      pieces: [...(pieces ?? [lastPiece]), first],
    };
    rows = rows.slice(1);
  }
  table.rows.push(...rows);
}

export function joinPages(tables: readonly PageTable[], paragraphs: readonly PageParagraph[]): Block[] {
  const pages = [...new Set([...tables.map((t) => t.page), ...paragraphs.map((p) => p.page)])].sort((a, b) => a - b);
  const blocks: Block[] = [];
  let lastTable: { block: TableBlock; table: PageTable } | undefined;
  for (const page of pages) {
    const items: (Item & { top: number })[] = [
      ...tables.filter((t) => t.page === page).map((t) => ({ kind: 'table' as const, table: t, top: t.top })),
      ...paragraphs
        .filter((p) => p.page === page)
        .map((p) => ({ kind: 'paragraph' as const, paragraph: p, top: p.top })),
    ].sort((a, b) => a.top - b.top);
    items.forEach((item, i) => {
      if (item.kind === 'paragraph') {
        const p = item.paragraph;
        blocks.push({ kind: 'paragraph', text: p.text, location: { page: p.page, line: p.line } });
        lastTable = undefined;
        return;
      }
      const t = item.table;
      if (
        i === 0 &&
        lastTable &&
        lastTable.table.page === page - 1 &&
        sameColumns(lastTable.table.columns, t.columns)
      ) {
        continueTable(lastTable.block, t);
        lastTable = { block: lastTable.block, table: t };
        return;
      }
      const block: TableBlock = {
        kind: 'table',
        rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) })),
        location: { ...(t.rows[0]?.location ?? { page }) },
      };
      blocks.push(block);
      lastTable = { block, table: t };
    });
    // Only a table that ends its page can continue on the next one.
    const lastItem = items[items.length - 1];
    if (lastItem?.kind !== 'table') lastTable = undefined;
  }
  return blocks;
}
