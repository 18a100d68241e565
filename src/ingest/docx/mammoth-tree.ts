/**
 * Walks the document tree mammoth builds (handed over through `transformDocument`) into the neutral
 * DocumentModel: top-level paragraphs and tables, rows of cells with colSpan/rowSpan, cells continued by a
 * vertical merge put back as `mergedFromAbove` placeholders (so every row lines up with the grid), nested
 * tables folded into their cell's text, checkboxes as ☒/☐ glyphs (as a PDF export shows them), line breaks as "\n".
 */
import type { Block, Cell, DocumentModel, Row } from '../document.js';

/** The parts of mammoth's (unstable, pinned 1.13.0) element shapes we read. */
export interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  checked?: boolean;
  breakType?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { level?: number | string; isOrdered?: boolean } | null;
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

export const CHECKED = '☒';
export const UNCHECKED = '☐';

/** Heading level from a paragraph style: "Heading 2", "heading2", "Title" (1), "Subtitle" (2). */
export function headingLevel(p: MammothElement): number | undefined {
  for (const name of [p.styleName, p.styleId]) {
    if (!name) continue;
    const m = /^\s*heading\s*([1-6])\b/i.exec(name);
    if (m) return Number(m[1]);
    if (/^\s*title\s*$/i.test(name)) return 1;
    if (/^\s*subtitle\s*$/i.test(name)) return 2;
  }
  return undefined;
}

/** Inline text of a paragraph (or any inline container): runs, hyperlinks, tabs, breaks, checkboxes. */
function inlineText(el: MammothElement): string {
  switch (el.type) {
    case 'text':
      return el.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    case 'checkbox':
      return el.checked ? CHECKED : UNCHECKED;
    case 'table':
      return tableText(el);
    case 'paragraph':
      return paragraphText(el);
    default:
      return (el.children ?? []).map(inlineText).join('');
  }
}

function paragraphText(p: MammothElement): string {
  const text = (p.children ?? []).map(inlineText).join('');
  if (p.numbering && p.numbering.isOrdered === false && text.trim() !== '') return `• ${text}`;
  return text;
}

/** A block-level container's children (cell, nested cell) as lines: paragraphs one per line. */
function blockText(children: MammothElement[]): string {
  const lines: string[] = [];
  for (const child of children) {
    const text =
      child.type === 'table' ? tableText(child) : child.type === 'paragraph' ? paragraphText(child) : inlineText(child);
    if (text.trim() !== '') lines.push(text.replace(/[ \t]+$/gm, ''));
  }
  return lines.join('\n');
}

/** A nested table folded to text: one line per row, its cells separated by spaces. */
function tableText(table: MammothElement): string {
  return (table.children ?? [])
    .filter((r) => r.type === 'tableRow')
    .map((r) =>
      (r.children ?? [])
        .map((c) =>
          blockText(c.children ?? [])
            .replace(/\n/g, ' ')
            .trim(),
        )
        .filter((t) => t !== '')
        .join(' '),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** Checkboxes in a cell, each with the text up to the next checkbox (or end of its line). */
export function checkboxesOf(text: string): { checked: boolean; label: string }[] {
  const out: { checked: boolean; label: string }[] = [];
  const re = /([☒☐])([^☒☐\n]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ checked: m[1] === CHECKED, label: (m[2] ?? '').trim() });
  }
  return out;
}

function toCell(el: MammothElement): Cell {
  const text = blockText(el.children ?? []);
  const cell: Cell = { text };
  if ((el.colSpan ?? 1) > 1) cell.colSpan = el.colSpan;
  if ((el.rowSpan ?? 1) > 1) cell.rowSpan = el.rowSpan;
  const boxes = checkboxesOf(text);
  if (boxes.length > 0) cell.checkboxes = boxes;
  return cell;
}

/**
 * Rows of a top-level table. mammoth drops the cells a vertical merge continues; put back an empty
 * `mergedFromAbove` cell in each so that cell i of every row sits in the same grid columns.
 */
function tableRows(table: MammothElement, tableNo: number): Row[] {
  const rows: Row[] = [];
  /** Grid column → rows still covered by a cell spanning down from above, with that cell's colSpan. */
  const pending = new Map<number, { left: number; colSpan: number }>();
  let rowNo = 0;
  for (const r of table.children ?? []) {
    if (r.type !== 'tableRow') continue;
    rowNo++;
    const cells: Cell[] = [];
    let col = 0;
    const place = (): void => {
      for (let p = pending.get(col); p; p = pending.get(col)) {
        cells.push({ text: '', mergedFromAbove: true, ...(p.colSpan > 1 ? { colSpan: p.colSpan } : {}) });
        p.left--;
        if (p.left <= 0) pending.delete(col);
        col += p.colSpan;
      }
    };
    for (const c of r.children ?? []) {
      if (c.type !== 'tableCell') continue;
      place();
      const cell = toCell(c);
      const span = cell.colSpan ?? 1;
      if ((cell.rowSpan ?? 1) > 1) pending.set(col, { left: (cell.rowSpan ?? 1) - 1, colSpan: span });
      cells.push(cell);
      col += span;
    }
    // Merged cells at the end of the row.
    while ([...pending.keys()].some((k) => k >= col)) {
      const next = Math.min(...[...pending.keys()].filter((k) => k >= col));
      col = next;
      place();
    }
    rows.push({ cells, ...(r.isHeader ? { header: true } : {}), location: { table: tableNo, row: rowNo } });
  }
  return rows;
}

/** The whole document: top-level paragraphs (non-empty) and tables, numbered in document order. */
export function toDocumentModel(root: MammothElement): DocumentModel {
  const blocks: Block[] = [];
  let tableNo = 0;
  let paragraphNo = 0;
  let title: string | undefined;
  const walk = (children: MammothElement[]): void => {
    for (const el of children) {
      if (el.type === 'table') {
        tableNo++;
        blocks.push({ kind: 'table', rows: tableRows(el, tableNo), location: { table: tableNo } });
      } else if (el.type === 'paragraph') {
        paragraphNo++;
        const text = paragraphText(el).replace(/[ \t]+$/gm, '');
        if (text.trim() === '') continue;
        const heading = headingLevel(el);
        if (title === undefined && /^\s*title\s*$/i.test(el.styleName ?? el.styleId ?? '')) title = text.trim();
        blocks.push({
          kind: 'paragraph',
          text,
          ...(heading !== undefined ? { heading } : {}),
          location: { paragraph: paragraphNo },
        });
      } else if (el.children) {
        // Other containers at body level (content controls already unwrapped by mammoth, hyperlinks...).
        walk(el.children);
      }
    }
  };
  walk(root.children ?? []);
  return { format: 'docx', blocks, ...(title !== undefined ? { title } : {}) };
}
