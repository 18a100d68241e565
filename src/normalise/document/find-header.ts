/**
 * Header rows: recognising column labels and mapping grid columns to roles. Labels vary from form to form
 * ("Code provision", "Code section", "Ref"; "Comply: Yes / No", "Do we comply?"; "Evidence, commentary and any
 * explanations"), so each is matched by its key words, not its exact wording.
 */
import type { Row } from '../../ingest/document.js';
import { parseAnswer } from '../answer.js';
import { gridCells, gridWidth, nonEmpty, type GridCell } from './grid.js';
import { parseId, splitLeadingId } from './ids.js';
import { CHOICE_ROLES, type ColumnMap, type Role } from './types.js';

/** Labels longer than this are prose, not column headers. */
const MAX_LABEL = 80;
const MAX_LABEL_WORDS = 8;

const normLabel = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’´`“”"]/g, '')
    .replace(/[*:?()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The role a single label names, if any. */
function labelRole(label: string): Role | undefined {
  // Cheap rejection first: most cells are long requirement texts, never labels.
  if (label.length > MAX_LABEL * 2) return undefined;
  const t = normLabel(label);
  if (t === '' || t.length > MAX_LABEL) return undefined;
  // Labels are short; a long question is a row of a question form, not a column label.
  const words = t.split(' ').length;
  if (words > MAX_LABEL_WORDS || (/\?\s*$/.test(label.trim()) && words > 5)) return undefined;
  if (/^(yes|y|yes ?✓|✓)$/.test(t)) return 'yes';
  if (/^(no|n|no ?✗|✗)$/.test(t)) return 'no';
  if (/^(partial|partially|part)$/.test(t)) return 'partial';
  if (/^(n\/a|na|not applicable)$/.test(t)) return 'na';
  if (/evidence/.test(t) && /comment|explanation|narrative|notes/.test(t)) return 'combined';
  if (
    /evidence|how (do|does) (we|the landlord) (comply|meet|evidence|demonstrate)|supporting (documents|information)/.test(
      t,
    )
  )
    return 'evidence';
  if (
    /\bcompl(y|iant|iance|ies)\b|^answer|^response$|yes ?\/ ?no|^met\b|^status$|^rag\b|meets? (the )?(code|requirement)|^(self[- ])?assessment$|^rating$/.test(
      t,
    )
  ) {
    return /^compliance with\b/.test(t) ? undefined : 'answer';
  }
  if (
    /comment|explanation|^notes?$|remarks|narrative|^(actions?|improvements?)( (plan|required|needed|to be taken))?$|further (information|details)/.test(
      t,
    )
  )
    return 'commentary';
  if (
    /^(code )?(provision|section|clause|para|paragraph|ref|reference|item|id|no|no\.|number|#)( (no|no\.|number|ref|id))?\.?$/.test(
      t,
    )
  )
    return 'id';
  if (
    /requirement|question|provision text|code (text|wording)|^description$|^standard$|what the code|^the code\b|^code$|^expectation/.test(
      t,
    )
  )
    return 'requirement';
  return undefined;
}

/**
 * Cell texts' roles, remembered: a form repeats its header row on every page, and its short cells ("Yes", "N/A")
 * on every row. Bounded, and cleared when full.
 */
const roleOfText = new Map<string, Role | null>();
const MAX_REMEMBERED = 2000;

/** A header cell's role: the whole text, else its last line (a heading glued above the label), else its first line. */
export function cellRole(text: string): Role | undefined {
  let role = roleOfText.get(text);
  if (role === undefined) {
    if (roleOfText.size >= MAX_REMEMBERED) roleOfText.clear();
    role = readRole(text) ?? null;
    roleOfText.set(text, role);
  }
  return role ?? undefined;
}

function readRole(text: string): Role | undefined {
  const whole = labelRole(text.replace(/\n/g, ' '));
  if (whole) return whole;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 2) return undefined;
  return labelRole(lines[lines.length - 1] ?? '') ?? labelRole(lines[0] ?? '');
}

const isNumberOnly = (text: string): boolean => /^\d{1,2}\.?$/.test(text.trim());

/**
 * The column map a row announces when it is a header row, else undefined. A header names at least two
 * roles, one of them where the answer or evidence goes, and most of its cells are labels.
 */
export function headerOf(row: Row): ColumnMap | undefined {
  const cells = nonEmpty(gridCells(row));
  if (cells.length < 2) return undefined;
  const roles = new Map<number, Role>();
  const seen = new Set<Role>();
  let unlabelled = 0;
  // Cells do not overlap, so a cell left without a role stays unlabelled: the row is refused at the first such
  // cell that reads as data (most rows are data, refused at their first cell), or once unlabelled cells are
  // more than half.
  for (const c of cells) {
    const role = cellRole(c.text);
    if (!role || seen.has(role)) {
      if (c.text.length > MAX_LABEL || parseId(c.text) !== undefined || parseAnswer(c.text).comply !== undefined)
        return undefined;
      if (++unlabelled * 2 > cells.length) return undefined;
      continue;
    }
    seen.add(role);
    for (let k = 0; k < c.span; k++) roles.set(c.col + k, role);
  }
  const recognised = cells.length - unlabelled;
  const choices = CHOICE_ROLES.filter((r) => seen.has(r)).length;
  const answerish = seen.has('answer') || seen.has('evidence') || seen.has('combined') || choices >= 2;
  if (recognised < 2 || !answerish) return undefined;
  // A data row whose cells merely say "Yes" / "No" is not a header: a header has other labels too, or
  // (2020) a section title next to its Yes / No columns.
  if (choices === 1 || (choices === recognised && cells.length === recognised)) return undefined;
  if (cells.some((c) => roles.get(c.col) === 'id' && splitLeadingId(c.text) !== undefined)) return undefined;
  fillUnlabelled(roles, cells);
  return { roles, labels: cells.map((c) => c.text.replace(/\s+/g, ' ')), width: gridWidth(row) };
}

/**
 * Columns a header leaves unlabelled beside answer-choice columns (2020: "1 | Definition of a complaint | Yes | No"):
 * the section number is the id column, the title's column holds the questions.
 */
function fillUnlabelled(roles: Map<number, Role>, cells: GridCell[]): void {
  const has = (r: Role): boolean => [...roles.values()].includes(r);
  for (const c of cells) {
    if (roles.has(c.col)) continue;
    if (!has('id') && isNumberOnly(c.text)) roles.set(c.col, 'id');
    else if (!has('requirement') && !isNumberOnly(c.text))
      for (let k = 0; k < c.span; k++) roles.set(c.col + k, 'requirement');
  }
  if (!has('requirement')) {
    // The first unlabelled column left of the answer.
    const answerCol = Math.min(...[...roles].filter(([, r]) => r !== 'id').map(([col]) => col));
    for (let col = 0; col < answerCol; col++) {
      if (!roles.has(col)) {
        roles.set(col, 'requirement');
        break;
      }
    }
  }
}

/**
 * Columns inferred from the data of a table that has no header row: ids in one column, answers in another,
 * the longest text before the answer is the requirement, and what follows is evidence, then commentary.
 */
export function inferColumns(rows: Row[]): ColumnMap | undefined {
  const stats = new Map<number, { filled: number; ids: number; leadingIds: number; answers: number; length: number }>();
  let width = 0;
  for (const row of rows) {
    width = Math.max(width, gridWidth(row));
    for (const c of nonEmpty(gridCells(row))) {
      const s = stats.get(c.col) ?? { filled: 0, ids: 0, leadingIds: 0, answers: 0, length: 0 };
      s.filled++;
      if (parseId(c.text)) s.ids++;
      else if (splitLeadingId(c.text)) s.leadingIds++;
      if (c.text.length < 40 && parseAnswer(c.text).comply !== undefined) s.answers++;
      s.length += c.text.length;
      stats.set(c.col, s);
    }
  }
  const cols = [...stats.entries()].sort((a, b) => a[0] - b[0]);
  const pick = (
    score: (s: { filled: number; ids: number; leadingIds: number; answers: number; length: number }) => number,
    min: number,
    exclude: Set<number>,
  ): number | undefined => {
    let best: [number, number] | undefined;
    for (const [col, s] of cols) {
      if (exclude.has(col)) continue;
      const v = score(s);
      if (v >= min && (!best || v > best[1])) best = [col, v];
    }
    return best?.[0];
  };
  const used = new Set<number>();
  const roles = new Map<number, Role>();
  const idCol = pick((s) => (s.ids >= 2 ? s.ids / s.filled : 0), 0.5, used);
  if (idCol !== undefined) {
    roles.set(idCol, 'id');
    used.add(idCol);
  }
  const answerCol = pick((s) => (s.answers >= 2 ? s.answers / s.filled : 0), 0.5, used);
  if (answerCol === undefined) return undefined;
  roles.set(answerCol, 'answer');
  used.add(answerCol);
  if (idCol === undefined) {
    // Ids printed at the start of the requirement text ("6.14 Landlords must ...").
    const leading = pick((s) => (s.leadingIds >= 2 ? s.leadingIds / s.filled : 0), 0.5, used);
    if (leading === undefined) return undefined;
  }
  const before = cols.filter(([col]) => col < answerCol && !used.has(col));
  const requirement = before.sort((a, b) => b[1].length / b[1].filled - a[1].length / a[1].filled)[0];
  if (requirement) roles.set(requirement[0], 'requirement');
  if (answerCol + 1 < width) roles.set(answerCol + 1, 'evidence');
  if (answerCol + 2 < width) roles.set(answerCol + 2, 'commentary');
  return { roles, labels: [], width };
}
