/**
 * Putting the pages' tables and paragraphs into one ordered block list. A table that ends a page and one that
 * starts the next page with the same columns are one table: the repeated header rows are dropped, and a first
 * row with an empty first cell (a row split by the page break) is joined onto the row it continues when that
 * row has a first cell (an id); the joined row keeps its pieces (`Row.pieces`).
 */
import type { Block, Cell, Row, TableBlock } from '../document.js';
import { joinLines } from './clean-text.js';
import { PROVISION_ID } from './text-lines.js';
import { collapse } from '../../util/text.js';
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

/** Appends `next` (the same table continued on the next page) to `table`. */
function continueTable(table: TableBlock, next: PageTable): void {
  // A writer repeats the table's top rows (column labels, and any title row above them) on every page:
  // a leading row that copies one of the first rows is a repeat, whether or not it was recognised as a header.
  const top = new Set(
    table.rows
      .slice(0, REPEATED_TOP_ROWS)
      .map(rowKey)
      .filter((k) => k.replace(/\|/g, '') !== ''),
  );
  let rows = next.rows;
  while (rows[0] && top.has(rowKey(rows[0]))) rows = rows.slice(1);
  const first = rows[0];
  const last = table.rows[table.rows.length - 1];
  // Only when the row above is a provision row (its first cell an id such as "6.12"): after a heading row
  // ("5  Cooperation ...") or in a question form with no ids, a new row cannot be told from a continuation
  // here, and the normaliser decides.
  if (
    first &&
    last &&
    !first.header &&
    !first.cells[0]?.text &&
    PROVISION_ID.test(last.cells[0]?.text ?? '') &&
    first.cells.length === last.cells.length
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
