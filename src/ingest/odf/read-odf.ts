/**
 * OpenDocument text (ODT) and spreadsheets (ODS) to the neutral document model. `content.xml` comes out of the zip
 * guard (bombs, crafted entries, checksums), passes the linear outline check that keeps the XML parser off damaged
 * parts (xml-damage.ts), and is read with xmldom, entities and DTDs being nothing an OpenDocument writer emits:
 * - ODT: headings (`text:h`, with their outline level), paragraphs and lists in order, and tables
 *   (`table:table-row` / `table:table-cell`, header rows marked, `number-columns-spanned` as colSpan, a
 *   `covered-table-cell` under a vertical merge as `mergedFromAbove`);
 * - ODS: each sheet a table under a heading with its name, rows numbered as the spreadsheet numbers them
 *   (`number-rows-repeated` and `number-columns-repeated` expanded up to a bound: an empty tail is repeated a
 *   million times by the writers).
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Block, Cell, Row } from '../document.js';
import { unreadable, type ReadResult } from '../read-result.js';
import type { ReaderLimits } from '../readers.js';
import { xmlDamage } from '../zip/xml-damage.js';
import { checkZip } from '../zip/zip-guard.js';

const CONTENT = 'content.xml';
const META = 'meta.xml';
/** Repeats beyond these are the writer's way to fill the sheet's tail, not content. */
const MAX_COLUMNS = 64;
const MAX_ROWS = 20_000;

type El = Element;

const children = (el: El): El[] => {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as El);
  return out;
};
const attr = (el: El, name: string): string | undefined => el.getAttribute(name) ?? undefined;
const count = (el: El, name: string): number => {
  const n = Number(attr(el, name) ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/** A paragraph's text: spans, `text:s` spaces, tabs and line breaks as the writer meant them. */
function inlineText(node: Node): string {
  let out = '';
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 4) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const el = n as El;
      if (el.nodeName === 'text:s') out += ' '.repeat(Math.min(count(el, 'text:c'), 100));
      else if (el.nodeName === 'text:tab') out += '\t';
      else if (el.nodeName === 'text:line-break') out += '\n';
      else if (el.nodeName === 'text:note' || el.nodeName === 'office:annotation') continue;
      else out += inlineText(el);
    }
  }
  return out;
}

const tidy = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .trim();

/** The paragraphs of a cell or a list, one line each. */
function blockText(el: El): string {
  const lines: string[] = [];
  for (const c of children(el)) {
    if (c.nodeName === 'text:p' || c.nodeName === 'text:h') lines.push(tidy(inlineText(c)));
    else if (c.nodeName === 'text:list' || c.nodeName === 'text:list-item' || c.nodeName === 'text:section') {
      lines.push(blockText(c));
    }
  }
  return lines.filter((l) => l !== '').join('\n');
}

/** The rows of a table, in order, through header-row, row-group and rows wrappers. */
function tableRows(table: El): { row: El; header: boolean }[] {
  const out: { row: El; header: boolean }[] = [];
  const walk = (el: El, header: boolean): void => {
    for (const c of children(el)) {
      if (c.nodeName === 'table:table-row') out.push({ row: c, header });
      else if (c.nodeName === 'table:table-header-rows') walk(c, true);
      else if (c.nodeName === 'table:table-rows' || c.nodeName === 'table:table-row-group') walk(c, header);
    }
  };
  walk(table, false);
  return out;
}

function rowCells(row: El): Cell[] {
  const cells: Cell[] = [];
  for (const c of children(row)) {
    if (cells.length >= MAX_COLUMNS) break;
    const repeat = Math.min(count(c, 'table:number-columns-repeated'), MAX_COLUMNS - cells.length);
    if (c.nodeName === 'table:covered-table-cell') {
      // Covered from the left (a cell spanning columns) is counted in its colSpan; from above, a merged cell.
      for (let i = 0; i < repeat; i++) cells.push({ text: '', mergedFromAbove: true });
    } else if (c.nodeName === 'table:table-cell') {
      const text = blockText(c);
      const span = count(c, 'table:number-columns-spanned');
      for (let i = 0; i < repeat; i++) cells.push({ text, ...(span > 1 ? { colSpan: span } : {}) });
    }
  }
  // A covered cell right of a spanning one is the span's, not a merge from above.
  const out: Cell[] = [];
  let skip = 0;
  for (const cell of cells) {
    if (skip > 0 && cell.mergedFromAbove) {
      skip--;
      continue;
    }
    skip = (cell.colSpan ?? 1) - 1;
    out.push(cell);
  }
  while (out.length > 0 && out[out.length - 1]?.text === '' && !out[out.length - 1]?.mergedFromAbove) out.pop();
  return out;
}

function textDocument(body: El): Block[] {
  const blocks: Block[] = [];
  let table = 0;
  let paragraph = 0;
  const walk = (el: El): void => {
    for (const c of children(el)) {
      if (c.nodeName === 'text:h' || c.nodeName === 'text:p') {
        const text = tidy(inlineText(c));
        if (text === '') continue;
        paragraph++;
        const level = c.nodeName === 'text:h' ? Math.min(6, count(c, 'text:outline-level')) : undefined;
        blocks.push({ kind: 'paragraph', text, ...(level ? { heading: level } : {}), location: { paragraph } });
      } else if (c.nodeName === 'text:list' || c.nodeName === 'text:list-item' || c.nodeName === 'text:section') {
        walk(c);
      } else if (c.nodeName === 'table:table') {
        table++;
        const rows: Row[] = [];
        tableRows(c).forEach(({ row, header }, i) => {
          const cells = rowCells(row);
          if (cells.length > 0) rows.push({ cells, ...(header ? { header } : {}), location: { table, row: i + 1 } });
        });
        if (rows.length > 0) blocks.push({ kind: 'table', rows, location: { table } });
      }
    }
  };
  walk(body);
  return blocks;
}

function spreadsheet(body: El): Block[] {
  const blocks: Block[] = [];
  children(body)
    .filter((c) => c.nodeName === 'table:table')
    .forEach((sheet, i) => {
      const rows: Row[] = [];
      let number = 0;
      for (const { row, header } of tableRows(sheet)) {
        const repeat = count(row, 'table:number-rows-repeated');
        const cells = rowCells(row);
        for (let k = 0; k < repeat && number < MAX_ROWS; k++) {
          number++;
          if (cells.some((c) => c.text !== '')) {
            rows.push({ cells, ...(header ? { header } : {}), location: { sheet: i + 1, row: number } });
          }
        }
        if (number >= MAX_ROWS) break;
      }
      if (rows.length === 0) return;
      const name = attr(sheet, 'table:name') ?? `Sheet${i + 1}`;
      blocks.push({ kind: 'paragraph', text: name, heading: 2, location: { sheet: i + 1 } });
      blocks.push({ kind: 'table', rows, location: { sheet: i + 1 } });
    });
  return blocks;
}

const LABEL = { odt: 'ODT', ods: 'ODS' } as const;
const NAME = { odt: 'an OpenDocument text (.odt)', ods: 'an OpenDocument spreadsheet (.ods)' } as const;

export async function readOpenDocument(
  bytes: Uint8Array,
  limits: ReaderLimits,
  format: 'odt' | 'ods',
): Promise<ReadResult> {
  const label = LABEL[format];
  if (bytes.length > limits.maxBytes) return unreadable('too-large', `the ${label} is over the size limit`);
  const zip = checkZip(bytes, {
    maxExpandedBytes: limits.maxExpandedBytes,
    keep: [CONTENT, META],
    kind: { label, name: NAME[format], part: CONTENT },
  });
  if (!zip.ok) return zip;
  const content = Buffer.from(zip.parts.get(CONTENT) ?? new Uint8Array()).toString('utf8');
  const damage = xmlDamage(content);
  if (damage) return unreadable('corrupt', `cannot read the ${label} (its XML is damaged: ${damage})`);
  let root: El | null;
  try {
    const doc = new DOMParser({
      errorHandler: { warning: () => {}, error: () => {}, fatalError: () => {} },
    }).parseFromString(content, 'text/xml');
    root = doc.documentElement;
  } catch {
    root = null;
  }
  const body = root && children(root).find((c) => c.nodeName === 'office:body');
  const kindEl =
    body && children(body).find((c) => c.nodeName === (format === 'odt' ? 'office:text' : 'office:spreadsheet'));
  if (!kindEl)
    return unreadable(
      'corrupt',
      `cannot read the ${label} (it has no ${format === 'odt' ? 'text' : 'spreadsheet'} body)`,
    );
  const blocks = format === 'odt' ? textDocument(kindEl) : spreadsheet(kindEl);
  if (blocks.length === 0) return unreadable('empty', `the ${label} has no text`);
  const meta = Buffer.from(zip.parts.get(META) ?? new Uint8Array()).toString('utf8');
  const title = /<dc:title>([^<]{1,300})<\/dc:title>/.exec(meta)?.[1]?.trim();
  return { ok: true, document: { format, blocks, ...(title ? { title } : {}) } };
}
