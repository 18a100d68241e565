/**
 * A web page (a saved page, or one fetched by `check https://…`) to the neutral document model, parsed by
 * htmlparser2, which reads any HTML a browser would (unclosed tags, entities, no root) in one linear pass:
 * - headings `h1`-`h6`, and the `summary` of an accordion (`details`), as heading paragraphs;
 * - paragraphs, list items, and the text a layout `div` holds, as paragraphs; `br` keeps its line break;
 * - `table`s with `thead`/`th` header rows, `colspan` and `rowspan` (the cells a rowspan covers marked
 *   `mergedFromAbove`, as the DOCX reader marks them);
 * - `dl` label/value lists as two-column tables ("Code provision | 6.1", "Comply | Yes"), which the normaliser
 *   reads as key/value cards;
 * - text hidden only visually (`.visually-hidden`, `.sr-only` labels) is text; `script`, `style`, `template`,
 *   `noscript`, `nav`, `svg`, forms' `select` options and anything `hidden` or `aria-hidden` are not.
 * Locations are paragraph and table/row numbers in reading order, as for a DOCX.
 */
import type { ChildNode, Element } from 'domhandler';
import type { Block, Cell, Row } from '../document.js';
import { unreadable, type ReadResult } from '../read-result.js';
import type { ReaderLimits } from '../readers.js';

const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'nav',
  'svg',
  'head',
  'select',
  'button',
  'iframe',
  'object',
]);
const HEADING = /^h([1-6])$/;
/** Elements whose text is a paragraph of its own. */
const PARAGRAPHS = new Set(['p', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'caption', 'address', 'pre']);
/** Elements inside which text runs on (inline). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'font',
  'ins',
  'del',
  'input',
]);
const MAX_ROWS = 20_000;
const MAX_COLUMNS = 64;

const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const hidden = (el: Element): boolean =>
  SKIPPED.has(el.name) ||
  el.attribs['hidden'] !== undefined ||
  el.attribs['aria-hidden'] === 'true' ||
  /display:\s*none/i.test(el.attribs['style'] ?? '');

/** Text of a node with line breaks for `br` and block boundaries, spaces tidied line by line. */
function textOf(node: ChildNode): string {
  const parts: string[] = [];
  const walk = (n: ChildNode): void => {
    if (n.type === 'text') parts.push(n.data);
    else if (isElement(n)) {
      if (hidden(n)) return;
      if (n.name === 'br') {
        parts.push('\n');
        return;
      }
      if (n.name === 'input' && (n.attribs['type'] === 'checkbox' || n.attribs['type'] === 'radio')) {
        parts.push(n.attribs['checked'] !== undefined ? '☒ ' : '☐ ');
        return;
      }
      const block = !INLINE.has(n.name);
      if (block) parts.push('\n');
      for (const c of n.children) walk(c);
      if (block) parts.push('\n');
    }
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

const cellsOf = (tr: Element): Element[] =>
  tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
const span = (el: Element, name: string): number => {
  const n = Number(el.attribs[name] ?? '1');
  return Number.isInteger(n) && n > 1 ? Math.min(n, MAX_COLUMNS) : 1;
};

/** The rows of a table, through thead/tbody/tfoot, and not those of tables nested in its cells. */
function tableRows(table: Element): { tr: Element; head: boolean }[] {
  const out: { tr: Element; head: boolean }[] = [];
  const walk = (el: Element, head: boolean): void => {
    for (const c of el.children) {
      if (!isElement(c) || hidden(c)) continue;
      if (c.name === 'tr') out.push({ tr: c, head });
      else if (c.name === 'thead') walk(c, true);
      else if (c.name === 'tbody' || c.name === 'tfoot') walk(c, false);
    }
  };
  walk(table, false);
  return out.slice(0, MAX_ROWS);
}

function readTable(table: Element, number: number): Row[] {
  const rows: Row[] = [];
  /** Columns still covered by a rowspan from above: column → rows left. */
  const covered = new Map<number, number>();
  tableRows(table).forEach(({ tr, head }, i) => {
    const cells: Cell[] = [];
    let col = 0;
    const fillCovered = (): void => {
      while ((covered.get(col) ?? 0) > 0 && col < MAX_COLUMNS) {
        covered.set(col, (covered.get(col) ?? 1) - 1);
        cells.push({ text: '', mergedFromAbove: true });
        col++;
      }
    };
    const tds = cellsOf(tr);
    for (const td of tds) {
      fillCovered();
      if (col >= MAX_COLUMNS) break;
      const colSpan = span(td, 'colspan');
      const rowSpan = span(td, 'rowspan');
      cells.push({ text: textOf(td), ...(colSpan > 1 ? { colSpan } : {}) });
      for (let k = 0; k < colSpan; k++) if (rowSpan > 1) covered.set(col + k, rowSpan - 1);
      col += colSpan;
    }
    fillCovered();
    const header = head || (tds.length > 0 && tds.every((td) => td.name === 'th'));
    if (cells.some((c) => c.text !== ''))
      rows.push({ cells, ...(header ? { header } : {}), location: { table: number, row: i + 1 } });
  });
  return rows;
}

/** A `dl` as a two-column table: each `dt` with the `dd`s after it. */
function readDefinitionList(dl: Element, number: number): Row[] {
  const rows: Row[] = [];
  let label: string | undefined;
  const values: string[] = [];
  const flush = (): void => {
    if (label !== undefined)
      rows.push({
        cells: [{ text: label }, { text: values.join('\n') }],
        location: { table: number, row: rows.length + 1 },
      });
    label = undefined;
    values.length = 0;
  };
  const items = dl.children.flatMap((c) => (isElement(c) && c.name === 'div' ? c.children : [c]));
  for (const c of items) {
    if (!isElement(c) || hidden(c)) continue;
    if (c.name === 'dt') {
      flush();
      label = textOf(c);
    } else if (c.name === 'dd') values.push(textOf(c));
  }
  flush();
  return rows;
}

export async function readHtml(bytes: Uint8Array, limits: ReaderLimits): Promise<ReadResult> {
  if (bytes.length > limits.maxBytes) return unreadable('too-large', 'the page is over the size limit');
  const { parseDocument } = await import('htmlparser2');
  const source = new TextDecoder(charsetOf(bytes), { fatal: false }).decode(bytes);
  const dom = parseDocument(source, { decodeEntities: true });
  const blocks: Block[] = [];
  let paragraph = 0;
  let table = 0;
  let title: string | undefined;
  const pushText = (text: string, heading?: number): void => {
    if (text === '') return;
    paragraph++;
    blocks.push({ kind: 'paragraph', text, ...(heading ? { heading } : {}), location: { paragraph } });
  };
  const walk = (nodes: ChildNode[]): void => {
    let loose = '';
    const flushLoose = (): void => {
      pushText(loose.replace(/\s+/g, ' ').trim());
      loose = '';
    };
    for (const n of nodes) {
      if (n.type === 'text') {
        loose += n.data;
        continue;
      }
      if (!isElement(n)) continue;
      if (n.name === 'title' && title === undefined) title = textOf(n) || undefined;
      if (hidden(n)) continue;
      if (INLINE.has(n.name) || n.name === 'br') {
        loose += n.name === 'br' ? ' ' : ` ${textOf(n)} `;
        continue;
      }
      flushLoose();
      const h = HEADING.exec(n.name);
      if (h) pushText(textOf(n), Number(h[1]));
      else if (n.name === 'summary') pushText(textOf(n), 3);
      else if (n.name === 'table') {
        table++;
        const rows = readTable(n, table);
        if (rows.length > 0) blocks.push({ kind: 'table', rows, location: { table } });
      } else if (n.name === 'dl') {
        table++;
        const rows = readDefinitionList(n, table);
        if (rows.length > 0) blocks.push({ kind: 'table', rows, location: { table } });
      } else if (PARAGRAPHS.has(n.name)) {
        // A list item or paragraph holding a table or a list: its own text, then what it holds.
        if (
          n.children.some(
            (c) => isElement(c) && (c.name === 'table' || c.name === 'ul' || c.name === 'ol' || c.name === 'dl'),
          )
        )
          walk(n.children);
        else pushText(textOf(n));
      } else walk(n.children);
    }
    flushLoose();
  };
  // The title is in the head, which is not walked for content.
  const head = findFirst(dom.children, 'title');
  if (head) title = textOf(head) || undefined;
  walk(dom.children);
  if (blocks.length === 0) return unreadable('empty', 'the page has no text');
  return { ok: true, document: { format: 'html', blocks, ...(title ? { title } : {}) } };
}

function findFirst(nodes: ChildNode[], name: string): Element | undefined {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === name) return n;
    const inner = findFirst(n.children, name);
    if (inner) return inner;
  }
  return undefined;
}

/** The page's declared encoding (a BOM, or `<meta charset>` in its first KiB); UTF-8 otherwise. */
function charsetOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!declared) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}
