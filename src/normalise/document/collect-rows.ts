/**
 * Provision rows from the document's tables. Handles what real forms do: header rows repeated on every
 * page (dropped), spacer rows (dropped), section heading rows inside tables or glued above a header row,
 * rows wrapped across a page break or split into sub-rows (a row with an empty id cell continues the
 * provision above), lead-in text ending in ":" that introduces the next numbered row, vertically merged
 * cells (the merged text applies to each row it covers), ids printed at the start of the requirement
 * text, and tables without a header row (columns carried over from the previous table or inferred).
 * A section pasted twice gives both rows (the duplicate-provision rule reports it).
 * Tables without any id are 2020-style question tables: every row is kept for text matching later.
 */
import type { DocumentModel, Row, TableBlock } from '../../ingest/document.js';
import { isKeyValueTable } from './cards.js';
import { headerOf, inferColumns } from './find-header.js';
import { gridCells, gridWidth, nonEmpty, type GridCell } from './grid.js';
import { parseId, splitLeadingId } from './ids.js';
import {
  addTexts,
  appendLine,
  BLOCK_SPAN,
  CHOICE_ROLES,
  emptyRaw,
  type ColumnMap,
  type RawRow,
  type Role,
  type RoleTexts,
} from './types.js';

export interface CollectedRows {
  rows: RawRow[];
  /** Header labels seen, for version detection. */
  headerLabels: string[];
  /** Heading rows inside tables ("Compliance with the Complaint Handling Code", "Section 2 - ..."). */
  headings: string[];
}

const SECTION_HEADING =
  /^(?:[Ss]ection|SECTION|[Pp]art|PART)?\s*(\d{1,2})(?![.,]?\d)(?:\s*[-–—:.)]?\s+[A-Za-z‘'"][\s\S]{2,}|\s*[-–—:.)]\s*[A-Z‘'"][\s\S]{2,}|\s*[.:)]?)$/;
const HEADING_WORDS =
  /^\s*((section|SECTION|Part|PART)\s+[0-9A-Z]|Stage\s+(\d|[Oo]ne|[Tt]wo|[Tt]hree)\b\s*([:\-–—]\s*\S.{0,40})?\s*$|(Mandatory|MANDATORY|Best practice|BEST PRACTICE|Appendix|Schedule|Annex|Compliance with)\b)/;
/** An id cell saying the row continues the one above. */
const CONTINUED = /^\(?\s*(cont(inued|'d|\.)?|ctd\.?)\s*\)?$/i;

/** The section number a heading states: "Section 2: Exclusions", "2 Accessibility", "2". */
const sectionOf = (text: string): number | undefined => {
  const m = SECTION_HEADING.exec(text.replace(/\s+/g, ' ').trim());
  return m ? Number(m[1]) : undefined;
};

/** A row holding one short text across the table, or a text that reads as a heading ("Section 2: Exclusions"). */
function isHeadingRow(cells: GridCell[], width: number): boolean {
  const filled = nonEmpty(cells);
  if (filled.length !== 1) return false;
  const only = filled[0];
  if (!only || only.text.length > 160 || /:\s*$/.test(only.text)) return false;
  return HEADING_WORDS.test(only.text) || (only.span >= Math.max(2, width - 1) && only.text.length <= 120);
}

function roleOf(map: ColumnMap, cell: GridCell): Role | undefined {
  for (let k = 0; k < cell.span; k++) {
    const role = map.roles.get(cell.col + k);
    if (role) return role;
  }
  return undefined;
}

/** Role texts of a row; cells continued by a vertical merge take the text of the cell they continue. */
function roleTexts(
  map: ColumnMap,
  cells: GridCell[],
  above: Map<number, string>,
): { texts: RoleTexts; merged: Set<Role> } {
  const texts: RoleTexts = {};
  const merged = new Set<Role>();
  for (const c of cells) {
    const role = roleOf(map, c);
    let text = c.text;
    if (c.cell.mergedFromAbove) {
      text = above.get(c.col) ?? '';
      if (role) merged.add(role);
    } else {
      above.set(c.col, c.text);
    }
    if (!role || text === '') continue;
    texts[role] = appendLine(texts[role] ?? '', text);
  }
  return { texts, merged };
}

/** Whether a table's rows carry provision ids (in an id column or at the start of the requirement). */
function hasIds(table: TableBlock, map: ColumnMap): boolean {
  const idCols = [...map.roles].filter(([, r]) => r === 'id' || r === 'requirement').map(([c]) => c);
  return table.rows.some((row) =>
    gridCells(row).some(
      (c) =>
        idCols.includes(c.col) &&
        (parseId(c.text) !== undefined ||
          (map.roles.get(c.col) === 'requirement' && splitLeadingId(c.text) !== undefined)),
    ),
  );
}

/** A sub-item letter after the id: "6.9 (b)", "6.9b". */
const SUB_ITEM = /\d\s*\.?\s*(\(\s*[a-z]{1,3}\s*\)|[a-z])\s*[.:]?\s*$/i;

/**
 * The id a row prints (`sub` for a sub-item "6.9 (b)"), the requirement
 * left once a leading id is split off, or the non-id text in the id cell.
 */
function rowId(map: ColumnMap, texts: RoleTexts): { id?: string; requirement?: string; nonId?: string; sub?: boolean } {
  if (![...map.roles.values()].includes('id')) {
    const lead = splitLeadingId(texts.requirement ?? '');
    return lead ? { id: lead.id, requirement: lead.rest.trim() } : {};
  }
  const idText = (texts.id ?? '').trim();
  if (idText === '' || CONTINUED.test(idText)) return {};
  const id = parseId(idText);
  if (id) return SUB_ITEM.test(idText) ? { id, sub: true } : { id };
  // The requirement typed into the id cell: "6.14 Landlords must ...".
  const lead = splitLeadingId(idText);
  if (lead && lead.rest.trim().length > 20)
    return { id: lead.id, requirement: appendLine(lead.rest.trim(), texts.requirement ?? '') };
  return { nonId: idText };
}

export function collectTableRows(doc: DocumentModel): CollectedRows {
  const rows: RawRow[] = [];
  const headerLabels: string[] = [];
  const headings: string[] = [];
  let map: ColumnMap | undefined;
  let current: RawRow | undefined;
  let section: number | undefined;
  /** Text ending in ":" that introduces the next numbered row ("Acceptable exclusions include:"). */
  let leadIn: string | undefined;

  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'paragraph') {
      // Headings end the provision above; other paragraphs (page headers and footers between the
      // pieces of a table split by a page break) do not.
      const s = block.heading !== undefined || /^\s*section\b/i.test(block.text) ? sectionOf(block.text) : undefined;
      if (s !== undefined) section = s;
      if (block.heading !== undefined || s !== undefined || HEADING_WORDS.test(block.text)) {
        current = undefined;
        leadIn = undefined;
      }
      return;
    }
    if (isKeyValueTable(block)) {
      current = undefined;
      return;
    }
    const headers = block.rows.map(headerOf);
    const first = headers.find((h) => h !== undefined);
    if (!first && (!map || !block.rows.some((r) => gridWidth(r) === map?.width))) {
      map = inferColumns(block.rows);
    }
    if (!map && !first) return;
    const above = new Map<number, string>();
    // A table without ids that follows a provision row is the rest of that table after a page break.
    const keyed = hasIds(block, first ?? (map as ColumnMap)) || current !== undefined;

    block.rows.forEach((row: Row, rowIndex) => {
      const cells = gridCells(row);
      const filled = nonEmpty(cells.filter((c) => !c.cell.mergedFromAbove));
      if (filled.length === 0) return;
      const header = headers[rowIndex];
      if (header) {
        map = header;
        headerLabels.push(...header.labels);
        const idCell = cells.find((c) => header.roles.get(c.col) === 'id');
        const s = idCell ? sectionOf(idCell.text) : undefined;
        if (s !== undefined) {
          section = s;
          current = undefined;
        }
        return;
      }
      if (!map) return;
      const width = map.width;
      if (isHeadingRow(cells, width) || (row.header && !filled.some((c) => parseId(c.text)))) {
        headings.push(filled.map((c) => c.text.replace(/\s+/g, ' ')).join(' '));
        const s = sectionOf(filled[0]?.text ?? '');
        if (s !== undefined) section = s;
        current = undefined;
        leadIn = undefined;
        return;
      }
      const { texts, merged } = roleTexts(map, cells, above);
      const location = { ...row.location };
      const order = blockIndex * BLOCK_SPAN + rowIndex;
      const found = rowId(map, texts);

      const push = (id: string, requirement?: string): void => {
        const raw: RawRow = { ...emptyRaw(location, order), id, ...(section !== undefined ? { section } : {}) };
        addTexts(raw, requirement !== undefined ? { ...texts, requirement } : texts);
        if (leadIn) raw.requirement = appendLine(leadIn, raw.requirement);
        leadIn = undefined;
        rows.push(raw);
        current = raw;
      };
      if (found.id) {
        // "6.9 (b)" under "6.9 (a)" or "6.9": a sub-item row of the same provision.
        if (found.sub && current?.id === found.id) addTexts(current, texts, merged);
        else push(found.id, found.requirement);
        return;
      }
      if (found.nonId !== undefined) {
        // Text in the id column that is not an id: a section heading ("2 | Accessibility"), a mistyped id,
        // or (PDF) a nested table's row leaking out as a short row.
        const s = sectionOf(found.nonId);
        if (s !== undefined) {
          section = s;
          current = undefined;
          leadIn = undefined;
          return;
        }
        if (keyed) {
          if (looksLikeMistypedId(found.nonId, texts)) push(found.nonId.replace(/\s+/g, ' '));
          else if (gridWidth(row) >= map.width - 1) {
            current = undefined;
            leadIn = undefined;
          }
          return;
        }
        if (!texts.requirement) {
          current = undefined;
          return;
        }
      }
      if (!keyed) {
        // Question tables (2020): every row is kept; the question matcher joins wrapped pieces.
        const raw: RawRow = { ...emptyRaw(location, order), ...(section !== undefined ? { section } : {}) };
        addTexts(raw, texts);
        rows.push(raw);
        return;
      }
      const onlyRequirement = Object.keys(texts).every((k) => k === 'requirement');
      if (onlyRequirement && /:\s*$/.test(texts.requirement ?? '') && nextRowHasId(block.rows, rowIndex, map)) {
        leadIn = appendLine(leadIn ?? '', texts.requirement ?? '');
        return;
      }
      if (current) addTexts(current, texts, merged);
      else if (onlyRequirement) leadIn = appendLine(leadIn ?? '', texts.requirement ?? '');
    });
  });
  return { rows, headerLabels, headings };
}

/**
 * "6.l4", "1,2a": short, with a figure, on a row that reads as
 * a provision (requirement text and an answer or evidence).
 */
function looksLikeMistypedId(text: string, texts: RoleTexts): boolean {
  const words = (texts.requirement ?? '').split(/\s+/).filter((w) => w !== '').length;
  const answered = [
    texts.answer,
    texts.evidence,
    texts.commentary,
    texts.combined,
    ...CHOICE_ROLES.map((c) => texts[c]),
  ].some((t) => (t ?? '').trim() !== '');
  return text.length <= 8 && /\d/.test(text) && words >= 4 && answered;
}

/** Whether the next row with any text prints an id (so a lead-in above it belongs to it). */
function nextRowHasId(rows: Row[], index: number, map: ColumnMap): boolean {
  for (const row of rows.slice(index + 1)) {
    const cells = gridCells(row).filter((c) => !c.cell.mergedFromAbove);
    if (nonEmpty(cells).length === 0) continue;
    const { texts } = roleTexts(map, cells, new Map());
    return rowId(map, texts).id !== undefined;
  }
  return false;
}
