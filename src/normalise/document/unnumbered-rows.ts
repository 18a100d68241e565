/**
 * Rows printed without an id in a table whose other rows carry ids (RawRow.unnumbered), settled by their wording
 * once the Code version is known. Such a row is one of:
 * - the rest of the provision row above: its requirement, evidence or commentary wrapped onto a row of its own
 *   (the real forms' page-break continuations, or a PDF row split by a page break);
 * - a lead-in to the row below (a requirement-only row above the first numbered row);
 * - a provision whose number was lost (a common export fault: the first row of each section loses it).
 *
 * A row is a provision of its own when its requirement is worded as a provision other than the row it would join,
 * more closely than the joined text is worded as that row's provision (adding it to the row above does not make that
 * row read more like its own provision), or when it carries an answer of its own under a row that has one too. It
 * then takes the id of the provision its wording matches (among near-equal wordings, the one that falls in the
 * Code's order between its neighbours), or an unmatched id such as "6.?" (reported as an unknown provision). Every
 * other row is joined to the row it belongs to, as the table printed it. A row with no id, no matching wording
 * and no answer is left out, as before.
 */
import type { Catalogue } from '../../catalogue/types.js';
import { provisionWords } from '../../catalogue/words.js';
import { joinLines } from '../../ingest/pdf/clean-text.js';
import { wordSet } from '../../util/text.js';
import { parseAnswer } from '../answer.js';
import { bestMatchInOrder, readsAsWell, similarity } from './match-text.js';
import { unmatchedId } from './ids.js';
import { addTexts, appendLine, blockOf, CHOICE_ROLES, type RawRow, type Unnumbered } from './types.js';

/** A requirement shorter than this (in content words) is too short to be told by its wording. */
const MIN_WORDS = 4;

/** An answer the row states in its own answer column (or answer-choice columns). */
const answered = (r: RawRow): boolean =>
  parseAnswer(r.answer).comply !== undefined || CHOICE_ROLES.some((c) => (r.choices[c] ?? '').trim() !== '');

const hasAnswerText = (r: RawRow): boolean =>
  [r.answer, r.evidence, r.commentary, ...Object.values(r.choices)].some((t) => (t ?? '').trim() !== '');

/** How well a row's requirement reads as its own provision (0 when the id is unknown or there is no text). */
function ownScore(requirement: string, id: string | undefined, catalogue: Catalogue): number {
  const own = id === undefined ? undefined : provisionWords(catalogue, id);
  return own ? similarity(wordSet(requirement), own.words) : 0;
}

/**
 * The provision `piece` is worded as, when it is one of its own rather than part of `host` (the row it would join):
 * `joined` is the host's requirement with the piece's in place.
 */
function ownProvision(
  piece: RawRow,
  host: RawRow | undefined,
  joined: string,
  catalogue: Catalogue,
  between: { after?: string; before?: string },
): string | undefined {
  if (wordSet(piece.requirement).size < MIN_WORDS) return undefined;
  const match = bestMatchInOrder(piece.requirement, catalogue, piece.section, between);
  if (!match || match.id === host?.id) return undefined;
  if (!host) return match.id;
  // Worded as the row it would join as well as anything (a stage 2 row sharing a stage 1 row's wording): its rest.
  if (host.id !== undefined && readsAsWell(piece.requirement, host.id, match, catalogue, piece.section))
    return undefined;
  const alone = ownScore(host.requirement, host.id, catalogue);
  const together = ownScore(joined, host.id, catalogue);
  return together <= alone || match.score > together ? match.id : undefined;
}

const pageSplitJoin = (to: string, text: string): string => joinLines([to, text], '\n');

/** `piece` added to the row above it, as the table reading would have added it. */
function joinAbove(host: RawRow, piece: Unnumbered): void {
  addTexts(host, piece.texts, new Set(piece.skip), piece.pageSplit ? pageSplitJoin : appendLine);
}

/**
 * For each row, the id of the next numbered row below it (a lost number lies between its neighbours') and the
 * next row that is not a lead-in (the row a lead-in introduces), computed in one pass from the end.
 */
function lookAhead(rows: RawRow[]): { nextId: (string | undefined)[]; nextHost: (RawRow | undefined)[] } {
  const nextId: (string | undefined)[] = new Array<string | undefined>(rows.length);
  const nextHost: (RawRow | undefined)[] = new Array<RawRow | undefined>(rows.length);
  let id: string | undefined;
  let host: RawRow | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    nextId[i] = id;
    nextHost[i] = host;
    const r = rows[i] as RawRow;
    if (r.id !== undefined && !r.unnumbered) id = r.id;
    if (r.unnumbered?.joins !== 'below') host = r;
  }
  return { nextId, nextHost };
}

/**
 * Whether a requirement-only row under a provision row is a lead-in to the numbered row right below it in the same
 * table (its first words, the id printed a row late: "A complaints policy must ... Acceptable exclusions include:")
 * rather than the rest of the row above: it makes the row below read more like its own provision than the row above.
 */
function leadsIn(row: RawRow, u: Unnumbered, above: RawRow, next: RawRow | undefined, catalogue: Catalogue): boolean {
  if (!next || next.id === undefined || next.unnumbered || blockOf(next.order) !== blockOf(row.order)) return false;
  if (!Object.keys(u.texts).every((k) => k === 'requirement')) return false;
  const gain = (host: RawRow, text: string): number =>
    ownScore(text, host.id, catalogue) - ownScore(host.requirement, host.id, catalogue);
  const below = gain(next, appendLine(row.requirement, next.requirement));
  return below > 0 && below > gain(above, appendLine(above.requirement, row.requirement));
}

type Between = { after?: string; before?: string };

/** The section an id names ("6.14" → 6), for a row whose section no heading gave. */
const sectionOf = (id: string | undefined): number | undefined => {
  const m = /^Q?(\d{1,2})\./.exec(id ?? '');
  return m ? Number(m[1]) : undefined;
};

export function resolveUnnumbered(rows: RawRow[], catalogue: Catalogue): RawRow[] {
  if (!rows.some((r) => r.unnumbered)) return rows;
  const out: RawRow[] = [];
  /** Lead-ins waiting for the row they introduce. */
  let leadIn = '';
  /** A row of its own whose wording matched nothing yet: the pieces below it may complete it. */
  let unidentified: { row: RawRow; index: number; between: Between } | undefined;
  const settle = (): void => {
    if (!unidentified) return;
    const { row, index, between } = unidentified;
    unidentified = undefined;
    const match = bestMatchInOrder(row.requirement, catalogue, row.section, between);
    if (match) row.id = match.id;
    else if (hasAnswerText(row)) row.id = unmatchedId(row.section ?? sectionOf(between.after), catalogue);
    else out.splice(index, 1);
  };
  const emit = (row: RawRow, between: Between): void => {
    if (leadIn !== '') row.requirement = appendLine(leadIn, row.requirement);
    leadIn = '';
    out.push(row);
    if (row.id === undefined) unidentified = { row, index: out.length - 1, between };
  };
  const { nextId, nextHost } = lookAhead(rows);
  rows.forEach((source, i) => {
    const u = source.unnumbered;
    if (u?.joins !== 'above') settle();
    const previous = out[out.length - 1];
    const before = nextId[i];
    const between = { ...(previous?.id !== undefined ? { after: previous.id } : {}), ...(before ? { before } : {}) };
    if (!u) {
      emit(source, between);
      return;
    }
    const { unnumbered: _, ...rest } = source;
    const row: RawRow = { ...rest, choices: { ...rest.choices } };
    const match = (): string | undefined => bestMatchInOrder(row.requirement, catalogue, row.section, between)?.id;
    if (u.joins === 'above' && previous) {
      if (leadsIn(row, u, previous, rows[i + 1], catalogue)) {
        leadIn = appendLine(leadIn, row.requirement);
        return;
      }
      const ownAnswer = answered(row) && answered(previous);
      if (previous === unidentified?.row) {
        // The row above has no id yet: the piece completes it, unless it answers for itself.
        if (!ownAnswer) joinAbove(previous, u);
        else {
          settle();
          emit({ ...row, ...optionalId(match()) }, between);
        }
        return;
      }
      const own =
        ownProvision(row, previous, appendLine(previous.requirement, row.requirement), catalogue, between) ??
        (ownAnswer ? (match() ?? unmatchedId(row.section ?? sectionOf(previous.id), catalogue)) : undefined);
      if (own === undefined) joinAbove(previous, u);
      else emit({ ...row, id: own }, between);
      return;
    }
    if (u.joins === 'below') {
      const next = nextHost[i];
      const host = next && next.id !== undefined ? next : undefined;
      const own = ownProvision(row, host, appendLine(row.requirement, host?.requirement ?? ''), catalogue, between);
      if (own === undefined) leadIn = appendLine(leadIn, row.requirement);
      else emit({ ...row, id: own }, between);
      return;
    }
    emit({ ...row, ...optionalId(match()) }, between);
  });
  settle();
  return out;
}

const optionalId = (id: string | undefined): { id?: string } => (id !== undefined ? { id } : {});
