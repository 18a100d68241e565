/**
 * Forms that print no ids (the 2020 question form, or any form without an id column): each row's question
 * or requirement text is matched to the catalogue by wording. Rows that match nothing are pieces of the
 * row above (text wrapped across rows or pages, sub-rows such as "a) residents?") and are joined to it.
 */
import { restoreLostZero } from './lost-zero.js';
import type { Catalogue } from '../../catalogue/types.js';
import { provisionWords } from '../../catalogue/words.js';
import { wordSet } from '../../util/text.js';
import { unmatchedId } from './ids.js';
import { bestMatch, bestMatchInOrder, similarity } from './match-text.js';
import { resolveUnnumbered } from './unnumbered-rows.js';
import { addTexts, type RawRow } from './types.js';

function join(into: RawRow, piece: RawRow): void {
  addTexts(into, {
    requirement: piece.requirement,
    answer: piece.answer,
    evidence: piece.evidence,
    commentary: piece.commentary,
    ...piece.choices,
  });
}

const hasAnswerText = (r: RawRow): boolean =>
  [r.answer, r.evidence, r.commentary, ...Object.values(r.choices)].some((t) => (t ?? '').trim() !== '');

/** Whether `piece` completes the question above: joined, it reads more like that question than the row alone does. */
function completes(current: RawRow, piece: RawRow, catalogue: Catalogue): boolean {
  const own = current.id === undefined ? undefined : provisionWords(catalogue, current.id);
  if (!own) return false;
  const joined = `${current.requirement} ${piece.requirement}`;
  return (
    bestMatch(joined, catalogue, current.section)?.id === current.id &&
    similarity(wordSet(joined), own.words) > similarity(wordSet(current.requirement), own.words)
  );
}

/**
 * Ids for rows printed without one. Rows left without an id in tables of numbered rows are settled first
 * (unnumbered-rows.ts). Rows that already carry an id are kept as they are, unless `rematch` is set (2020:
 * printed numbers are not catalogue ids) and their text matches a question.
 */
export function assignIdsByText(rows: RawRow[], catalogue: Catalogue, opts: { rematch?: boolean } = {}): RawRow[] {
  const known = new Set(catalogue.provisions.map((p) => p.id));
  const out: RawRow[] = [];
  let current: RawRow | undefined;
  let pending = false;
  for (const source of resolveUnnumbered(rows, catalogue)) {
    const row: RawRow = { ...source, choices: { ...source.choices } };
    if (row.id !== undefined && !(opts.rematch && !known.has(row.id))) {
      row.id = restoreLostZero(row.id, row.requirement, catalogue);
      out.push(row);
      current = row;
      pending = false;
      continue;
    }
    let match = row.requirement.trim() !== '' ? bestMatch(row.requirement, catalogue, row.section) : undefined;
    const sameSection = current !== undefined && current.section === row.section;
    const complete = current !== undefined && /\?\s*$/.test(current.requirement);
    if (
      current &&
      sameSection &&
      !pending &&
      !complete &&
      row.requirement.trim() !== '' &&
      completes(current, row, catalogue)
    ) {
      // The rest of the question above, carried to the next page ("stage two?", "have good reason?"), though it
      // reads as a sub-row or a question of its own.
      join(current, row);
      continue;
    }
    if (current && sameSection && match && !pending) {
      if (match.id === current.id && complete && hasAnswerText(row) && hasAnswerText(current)) {
        // A question with its own answer, worded like the complete one above ("... resolved at stage one?" then a
        // piece of "... resolved at stage two?" cut by a page break): the next such question in the Code's order.
        const next = bestMatchInOrder(row.requirement, catalogue, row.section, { after: current.id });
        match = next && next.id !== current.id ? next : undefined;
        if (!match) {
          out.push(row);
          current = row;
          pending = true;
          continue;
        }
      }
    }
    if (current && sameSection && pending && row.requirement.trim() !== '') {
      // The first piece of a wrapped question matched nothing alone: try it with this piece.
      const merged = bestMatch(`${current.requirement} ${row.requirement}`, catalogue, row.section);
      if (merged && (!match || merged.id === match.id || merged.score >= match.score)) {
        join(current, row);
        current.id = merged.id;
        pending = false;
        continue;
      }
    }
    if (match && !(current && sameSection && current.id === match.id)) {
      row.id = match.id;
      out.push(row);
      current = row;
      pending = false;
      continue;
    }
    // A piece continues the row above unless it is a question of its own, or the row above is a complete
    // question and the piece brings no answer (a label such as "Evidence relied upon": kept apart, and
    // dropped if nothing answers it).
    const ownQuestion = /\?\s*$/.test(row.requirement) && wordSet(row.requirement).size >= 3;
    if (current && sameSection && !ownQuestion && (row.requirement.trim() === '' || !complete || hasAnswerText(row))) {
      join(current, row);
      if (pending) {
        const again = bestMatch(current.requirement, catalogue, current.section);
        if (again) {
          current.id = again.id;
          pending = false;
        }
      }
      continue;
    }
    // A question the catalogue does not know, or the first piece of a wrapped one.
    out.push(row);
    current = row;
    pending = true;
  }
  return out
    .filter((r) => r.id !== undefined || hasAnswerText(r))
    .map((r) => (r.id !== undefined ? r : { ...r, id: unmatchedId(r.section, catalogue) }));
}
