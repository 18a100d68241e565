/**
 * Forms that print no ids (the 2020 question form, or any form without an id column): each row's question
 * or requirement text is matched to the catalogue by wording. Rows that match nothing are pieces of the
 * row above (text wrapped across rows or pages, sub-rows such as "a) residents?") and are joined to it.
 */
import type { Catalogue } from '../../catalogue/types.js';
import { wordSet } from '../../util/text.js';
import { unmatchedId } from './ids.js';
import { bestMatch } from './match-text.js';
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
      out.push(row);
      current = row;
      pending = false;
      continue;
    }
    const match = row.requirement.trim() !== '' ? bestMatch(row.requirement, catalogue, row.section) : undefined;
    const sameSection = current !== undefined && current.section === row.section;
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
    const complete = current !== undefined && /\?\s*$/.test(current.requirement);
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
    .map((r) => (r.id !== undefined ? r : { ...r, id: unmatchedId(r.section, catalogue.version) }));
}
