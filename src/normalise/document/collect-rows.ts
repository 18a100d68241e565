/**
 * Provision rows from the document's tables. Handles what real forms do: header rows repeated on every
 * page (dropped), spacer rows (dropped), section heading rows inside tables or glued above a header row,
 * rows printed without an id in a table of numbered rows (kept whole and marked `unnumbered`: the rest of
 * the provision above, wrapped across a page break or split into sub-rows, a lead-in to the row below, or a
 * provision whose number was lost; its wording tells which once the Code version is known, unnumbered-rows.ts),
 * lead-in text ending in ":" above the first numbered row, vertically merged cells (the merged text applies
 * to each row it covers), ids printed at the start of the requirement text, PDF rows joined over a page break
 * (read piece by piece), and tables without a header row (columns carried over from the previous table,
 * inferred, or, for a table of questions that opens the form mid-page, taken from the next table's header).
 * A section pasted twice gives both rows (the duplicate-provision rule reports it).
 * Tables without any id are 2020-style question tables: every row is kept for text matching later.
 */
import type { DocumentModel, Row, TableBlock } from '../../ingest/document.js';
import { isKeyValueTable } from './cards.js';
import { parseAnswer } from '../answer.js';
import { headerOf, inferColumns } from './find-header.js';
import { gridCells, gridWidth, nonEmpty, type GridCell } from './grid.js';
import { joinLines } from '../../ingest/pdf/clean-text.js';
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

/** Columns a heading can be written in, when it does not span the table. */
const HEADING_ROLES = new Set<Role | undefined>([undefined, 'id', 'requirement']);

/**
 * A row holding one short text across the table, or a text that reads as a heading ("Section 2: Exclusions") in
 * the id or requirement column (in an answer or evidence column, "Stage 1" is the end of the row above).
 */
function isHeadingRow(cells: readonly GridCell[], map: ColumnMap): boolean {
  const filled = nonEmpty(cells);
  if (filled.length !== 1) return false;
  const only = filled[0];
  if (!only || only.text.length > 160 || /:\s*$/.test(only.text)) return false;
  const spans = only.span >= Math.max(2, map.width - 1);
  return (
    (HEADING_WORDS.test(only.text) && (spans || HEADING_ROLES.has(roleOf(map, only)))) ||
    (spans && only.text.length <= 120)
  );
}

/**
 * The role of the columns a cell covers: the first, or the first that no cell to its left in the row has (a PDF
 * grid laid over tables whose columns do not quite line up can give a cell that reaches into its neighbour's).
 */
/** Roles of the columns where an answer, evidence or commentary is written. */
const ANSWER_ROLES = new Set<Role>(['answer', 'evidence', 'commentary', 'combined', ...CHOICE_ROLES]);

/**
 * The section a numbered heading row opens when its number sits in a column no label names ("2 | Accessibility"
 * under a header whose first cell is blank): a bare number, then a short title that is no question and no answer,
 * and nothing where answers go.
 */
function numberedHeading(cells: readonly GridCell[], map: ColumnMap): number | undefined {
  const filled = nonEmpty(cells);
  const [number, title] = filled;
  if (filled.length !== 2 || !number || !title || roleOf(map, number) !== undefined) return undefined;
  if (!/^\d{1,2}\.?$/.test(number.text) || filled.some((c) => ANSWER_ROLES.has(roleOf(map, c) as Role)))
    return undefined;
  const t = title.text.replace(/\s+/g, ' ');
  if (t.length > 80 || !/^[A-Z]/.test(t) || /[?:]$/.test(t) || parseAnswer(t).comply !== undefined) return undefined;
  return Number(number.text.replace('.', ''));
}

function roleOf(map: ColumnMap, cell: GridCell, taken?: Set<Role>): Role | undefined {
  let first: Role | undefined;
  for (let k = 0; k < cell.span; k++) {
    const role = map.roles.get(cell.col + k);
    if (!role) continue;
    if (!taken?.has(role)) return role;
    first ??= role;
  }
  return first;
}

/** Role texts of a row; cells continued by a vertical merge take the text of the cell they continue. */
function roleTexts(
  map: ColumnMap,
  cells: readonly GridCell[],
  above: Map<number, string>,
  pageSplit = false,
): { texts: RoleTexts; merged: Set<Role> } {
  const texts: RoleTexts = {};
  const merged = new Set<Role>();
  const taken = new Set<Role>();
  for (const c of cells) {
    const role = roleOf(map, c, taken);
    if (role) taken.add(role);
    let text = c.text;
    if (c.cell.mergedFromAbove) {
      text = above.get(c.col) ?? '';
      if (role) merged.add(role);
    } else {
      // The piece of a row split by a page break: a merge below it continues the whole cell.
      above.set(c.col, pageSplit ? joinLines([above.get(c.col) ?? '', c.text], '\n') : c.text);
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
  /** Grid width of the last table whose rows carry ids. */
  let keyedWidth: number | undefined;
  /** Requirement-only rows without an id above any provision row: lead-ins of the next row, unless worded as one. */
  let below: RawRow[] = [];
  /** A heading or the end of a table's reading: lead-ins above no longer introduce anything. */
  const endLeadIn = (): void => {
    leadIn = undefined;
    for (const r of below) delete r.unnumbered?.joins;
    below = [];
  };

  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'paragraph') {
      // Headings end the provision above; other paragraphs (page headers and footers between the
      // pieces of a table split by a page break) do not.
      const s = block.heading !== undefined || /^\s*section\b/i.test(block.text) ? sectionOf(block.text) : undefined;
      if (s !== undefined) section = s;
      if (block.heading !== undefined || s !== undefined || HEADING_WORDS.test(block.text)) {
        current = undefined;
        endLeadIn();
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
      map = inferColumns(block.rows) ?? columnsFromBelow(doc, blockIndex, block);
    }
    if (!map && !first) return;
    const above = new Map<number, string>();
    // A table without ids that follows a provision row is the rest of that table after a page break; one shaped as
    // the last table with ids is a table of the same form whose rows lost their numbers (a one-row section).
    const columns = first ?? (map as ColumnMap);
    const keyed = hasIds(block, columns) || current !== undefined || keyedWidth === columns.width;
    if (hasIds(block, columns)) keyedWidth = columns.width;

    // A row a PDF page break split is read piece by piece: a later piece may be a row of its own.
    const entries = block.rows.flatMap((row, rowIndex) =>
      row.pieces && row.pieces.length > 1
        ? row.pieces.map((piece, k) => ({ row: piece, rowIndex, pageSplit: k > 0 }))
        : [{ row, rowIndex, pageSplit: false }],
    );
    for (const { row, rowIndex, pageSplit } of entries) {
      const cells = gridCells(row);
      const filled = nonEmpty(cells.filter((c) => !c.cell.mergedFromAbove));
      if (filled.length === 0) continue;
      const header = pageSplit ? undefined : headers[rowIndex];
      if (header) {
        map = header;
        headerLabels.push(...header.labels);
        const idCell = cells.find((c) => header.roles.get(c.col) === 'id');
        const s = idCell ? sectionOf(idCell.text) : undefined;
        if (s !== undefined) {
          section = s;
          current = undefined;
        }
        continue;
      }
      if (!map) {
        // Rows above the table's first header: read with its columns when it has the same shape.
        map = first && first.width === gridWidth(row) ? first : undefined;
        if (!map) continue;
      }
      const numbered = numberedHeading(cells, map);
      if (numbered !== undefined) {
        headings.push(filled.map((c) => c.text.replace(/\s+/g, ' ')).join(' '));
        section = numbered;
        current = undefined;
        endLeadIn();
        continue;
      }
      if (isHeadingRow(cells, map) || (row.header && !filled.some((c) => parseId(c.text)))) {
        headings.push(filled.map((c) => c.text.replace(/\s+/g, ' ')).join(' '));
        const s = sectionOf(filled[0]?.text ?? '');
        if (s !== undefined) section = s;
        current = undefined;
        endLeadIn();
        continue;
      }
      const { texts, merged } = roleTexts(map, cells, above, pageSplit);
      const location = { ...row.location };
      const order = blockIndex * BLOCK_SPAN + rowIndex;
      const found = rowId(map, texts);
      const base = (): RawRow => ({ ...emptyRaw(location, order), ...(section !== undefined ? { section } : {}) });

      const push = (id: string, requirement?: string): void => {
        const raw: RawRow = { ...base(), id };
        addTexts(raw, requirement !== undefined ? { ...texts, requirement } : texts);
        if (leadIn) raw.requirement = appendLine(leadIn, raw.requirement);
        leadIn = undefined;
        below = [];
        rows.push(raw);
        current = raw;
      };
      /** A row printed without an id: kept whole, to be joined or identified by its wording (unnumbered-rows.ts). */
      const unnumbered = (joins?: 'above' | 'below'): RawRow => {
        const raw: RawRow = {
          ...base(),
          unnumbered: { ...(joins ? { joins } : {}), texts, skip: [...merged], ...(pageSplit ? { pageSplit } : {}) },
        };
        addTexts(raw, texts);
        rows.push(raw);
        return raw;
      };
      if (found.id) {
        // "6.9 (b)" under "6.9 (a)" or "6.9": a sub-item row of the same provision.
        if (found.sub && current?.id === found.id) addTexts(current, texts, merged);
        else push(found.id, found.requirement);
        continue;
      }
      if (found.nonId !== undefined) {
        // Text in the id column that is not an id: a section heading ("2 | Accessibility"), a mistyped id,
        // or (PDF) a nested table's row leaking out as a short row.
        const s = sectionOf(found.nonId);
        if (s !== undefined) {
          section = s;
          current = undefined;
          endLeadIn();
          continue;
        }
        if (keyed) {
          if (looksLikeMistypedId(found.nonId, texts)) push(found.nonId.replace(/\s+/g, ' '));
          else if (gridWidth(row) >= map.width - 1) {
            current = undefined;
            endLeadIn();
          }
          continue;
        }
        if (!texts.requirement) {
          current = undefined;
          continue;
        }
      }
      if (!keyed) {
        // Question tables (2020): every row is kept; the question matcher joins wrapped pieces.
        const raw = base();
        addTexts(raw, texts);
        rows.push(raw);
        continue;
      }
      const onlyRequirement = Object.keys(texts).every((k) => k === 'requirement');
      // Under a provision row, the wording tells a lead-in from the rest of the row above (unnumbered-rows.ts).
      if (
        !current &&
        onlyRequirement &&
        /:\s*$/.test(texts.requirement ?? '') &&
        nextRowHasId(block.rows, rowIndex, map)
      ) {
        leadIn = appendLine(leadIn ?? '', texts.requirement ?? '');
        continue;
      }
      // No id in a table of numbered rows: the rest of the provision above (wrapped over a page break), a lead-in
      // to the next, or a provision whose number was lost. The wording tells, once the version is known.
      if (current) unnumbered('above');
      else if (onlyRequirement) below.push(unnumbered('below'));
      else {
        below = [];
        current = unnumbered();
      }
    }
  });
  endLeadIn();
  return { rows, headerLabels, headings };
}

/** Tables of question or requirement rows have this many rows of at least MIN_WORDS words in the requirement column. */
const MIN_TEXT_ROWS = 2;
const MIN_WORDS = 4;

/**
 * The columns of a table that has no header and whose columns cannot be inferred (no ids, answers written out):
 * those of the next table's header, when it has the same shape and this table's rows read as question or
 * requirement rows under it. A form that starts mid-page (its column labels and first heading on a page before,
 * or lost) prints its first table so, and the labels come with the next section's table.
 */
function columnsFromBelow(doc: DocumentModel, blockIndex: number, block: TableBlock): ColumnMap | undefined {
  let next: TableBlock | undefined;
  for (let i = blockIndex + 1; i < doc.blocks.length && !next; i++) {
    const b = doc.blocks[i];
    if (b?.kind === 'table') next = b;
  }
  if (!next) return undefined;
  const header = next.rows.map(headerOf).find((h) => h !== undefined);
  if (!header || !block.rows.every((r) => gridWidth(r) === header.width)) return undefined;
  const requirementCols = [...header.roles].filter(([, r]) => r === 'requirement').map(([c]) => c);
  let texts = 0;
  for (const row of block.rows) {
    const cells = nonEmpty(gridCells(row));
    if (cells.some((c) => parseId(c.text) !== undefined || splitLeadingId(c.text) !== undefined)) return undefined;
    const requirement = cells.find((c) => requirementCols.includes(c.col))?.text ?? '';
    if (requirement.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS) texts++;
  }
  return texts >= MIN_TEXT_ROWS && texts * 2 >= block.rows.length ? header : undefined;
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
