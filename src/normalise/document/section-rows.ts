/**
 * Forms laid out one row per Code section, as councils publish their LGSCO self-assessments: "Code section |
 * Action | Do we follow the Code: Yes/No | Explanations and commentary", each row's first cell the section's number
 * and title ("1: Definition of a service request and complaint", "Section 6 - Complaints stages"), then a "We ..."
 * statement of what the council does, its answer and its explanation.
 *
 * A table is read so when it has a header naming an answer column and at least MIN_SECTIONS of its rows open with
 * distinct section numbers of the Code (and none with a provision id, which the provision-level reading takes). Each
 * such row is one record: id the section number ("1"), requirement the title printed after it, commentary the
 * statement and any commentary column, evidence the evidence column.
 */
import type { DocumentModel, TableBlock } from '../../ingest/document.js';
import { gridCells, type GridCell } from './grid.js';
import { cellRole } from './find-header.js';
import { splitLeadingId } from './ids.js';
import { appendLine, BLOCK_SPAN, emptyRaw, type RawRow, type Role } from './types.js';

/** Rows of distinct sections a table needs to be a section-level form. */
const MIN_SECTIONS = 3;
/** The longest cell read as a section's title. */
const TITLE_LENGTH = 80;
/** How far down a table its header row may be. */
const HEADER_ROWS = 3;
/** "1: Title", "1. Title", "1 - Title", "Section 1: Title", "Section 1", "1" (then the title in the next cell). */
const SECTION_CELL = /^\s*(?:(?:code\s+)?section\s+)?([1-9][0-9]?)(?:\s*[:.)–—-]\s*|\s+|$)(?![0-9])([\s\S]*)$/i;

export interface SectionRows {
  rows: RawRow[];
  headerLabels: string[];
}

interface Columns {
  header: number;
  roles: Map<number, Role>;
  answer: number;
  labels: string[];
}

/** The header row and each column's role (every labelled cell, unlike a provision table's one column per role). */
function columnsOf(table: TableBlock): Columns | undefined {
  for (let i = 0; i < Math.min(HEADER_ROWS, table.rows.length); i++) {
    const cells = gridCells(table.rows[i]!);
    const roles = new Map<number, Role>();
    for (const c of cells) {
      const role = cellRole(c.text);
      if (role) roles.set(c.col, role);
    }
    const answer = [...roles].find(([, r]) => r === 'answer')?.[0];
    if (answer !== undefined && roles.size >= 2)
      return { header: i, roles, answer, labels: cells.map((c) => c.text.replace(/\s+/g, ' ')) };
  }
  return undefined;
}

/** The section number and the title after it, when a cell opens with a section number and no provision id. */
function sectionCell(text: string, sections: ReadonlySet<number>): { number: number; title: string } | undefined {
  if (splitLeadingId(text) !== undefined) return undefined;
  const m = SECTION_CELL.exec(text);
  if (!m) return undefined;
  const number = Number(m[1]);
  return sections.has(number) ? { number, title: (m[2] ?? '').trim() } : undefined;
}

function tableRows(table: TableBlock, blockIndex: number, sections: ReadonlySet<number>): RawRow[] {
  const columns = columnsOf(table);
  if (!columns) return [];
  const out: RawRow[] = [];
  for (let i = columns.header + 1; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    const cells = gridCells(row).filter((c) => c.text !== '');
    const first = cells[0];
    const found = first ? sectionCell(first.text, sections) : undefined;
    if (!first || !found) continue;
    const raw = emptyRaw({ ...row.location }, blockIndex * BLOCK_SPAN + i);
    raw.id = String(found.number);
    raw.section = found.number;
    raw.requirement = found.title;
    // "1 | Definition of ... | We ...": a short cell after a bare number is the title, not the statement
    const titled = (c: GridCell): boolean =>
      found.title === '' && c === cells[1] && c.text.length <= TITLE_LENGTH && !/^(we|our)\b/i.test(c.text);
    for (const c of cells.slice(1)) place(raw, c, columns, titled(c));
    out.push(raw);
  }
  return new Set(out.map((r) => r.id)).size >= MIN_SECTIONS ? out : [];
}

/** A cell's text into the record: the answer, the evidence, or the council's own words (statement, commentary). */
function place(raw: RawRow, c: GridCell, columns: Columns, isTitle: boolean): void {
  if (isTitle) {
    raw.requirement = c.text;
    return;
  }
  const role = columns.roles.get(c.col);
  if (c.col === columns.answer || role === 'answer') raw.answer = appendLine(raw.answer, c.text);
  else if (role === 'evidence' || role === 'combined') raw.evidence = appendLine(raw.evidence, c.text);
  else raw.commentary = appendLine(raw.commentary, c.text);
}

/** Every section-level table's rows, in document order. */
export function collectSectionRows(doc: DocumentModel, sectionNumbers: Iterable<number>): SectionRows {
  const sections = new Set(sectionNumbers);
  const rows: RawRow[] = [];
  const headerLabels: string[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const found = tableRows(b, i, sections);
    if (found.length === 0) return;
    rows.push(...found);
    headerLabels.push(...(columnsOf(b)?.labels ?? []));
  });
  return { rows, headerLabels };
}
