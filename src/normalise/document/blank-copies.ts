/**
 * A blank copy of the form printed beside the filled one: a committee report with the blank form as one
 * appendix and the completed form as another, or a form that opens with an empty template. Read as it
 * stands, the blank copy is a second, unanswered row for every provision, and every one of them would be
 * reported twice (missing answer, duplicate with conflicting answers).
 *
 * A table is a blank copy when none of its rows has an answer, evidence or commentary, it has at least
 * MIN_ROWS rows with an id, and every one of those provisions is also in another table that does have
 * answers (rows left without an id, such as a definition printed under its 2020 question, do not count).
 * Those tables are dropped. A form that is blank on its own, or a blank row inside a filled table, is kept
 * and reported as it is.
 */
import type { LeftOut } from '../assessment.js';
import { blockOf, CHOICE_ROLES, type RawRow } from './types.js';

/** Fewer unanswered rows than this are a gap in the form, not a copy of it. */
const MIN_ROWS = 3;

const isBlank = (r: RawRow): boolean =>
  r.answer.trim() === '' &&
  CHOICE_ROLES.every((c) => (r.choices[c] ?? '').trim() === '') &&
  r.evidence.trim() === '' &&
  r.commentary.trim() === '';

export interface BlankCopies {
  kept: RawRow[];
  /** One entry per table left out. */
  dropped: LeftOut[];
}

export function dropBlankCopies(rows: RawRow[]): BlankCopies {
  const byBlock = new Map<number, RawRow[]>();
  for (const r of rows) {
    const block = blockOf(r.order);
    const list = byBlock.get(block);
    if (list) list.push(r);
    else byBlock.set(block, [r]);
  }
  // Ids in tables with any answer: never a candidate blank table itself, so "elsewhere" for every candidate.
  const answeredIds = new Set(
    [...byBlock.values()]
      .filter((rs) => rs.some((r) => !isBlank(r)))
      .flatMap((rs) => rs.flatMap((r) => (r.id !== undefined ? [r.id] : []))),
  );

  const blank = new Set<number>();
  const dropped: LeftOut[] = [];
  for (const [block, rs] of byBlock) {
    const withIds = rs.filter((r) => r.id !== undefined);
    if (withIds.length < MIN_ROWS || !rs.every(isBlank)) continue;
    if (!withIds.every((r) => answeredIds.has(r.id as string))) continue;
    blank.add(block);
    const where = rs[0]?.location;
    dropped.push({
      rows: withIds.length,
      reason: 'a blank copy of the form: its provisions are answered elsewhere in the document',
      ...(where ? { location: { ...where } } : {}),
    });
  }
  return { kept: blank.size === 0 ? rows : rows.filter((r) => !blank.has(blockOf(r.order))), dropped };
}
