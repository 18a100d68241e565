/**
 * Which Code version a form follows, scored per catalogue from what the document shows:
 * - provision ids only that version has (computed from the catalogues: 2024's 9.x, 2022's 5.20...), and ids it knows;
 * - printed requirement wording that matches the version's wording for the same id (2022 and 2024 share
 *   most ids but not the text);
 * - rows without ids (2020 questions) whose text matches one of the version's questions;
 * - the version's typical header labels and distinctive phrases (catalogue `recognise`).
 * `--code` overrides it all (method 'flag').
 */
import { failed, type Failed } from '../../failure/failure.js';
import type { Catalogue, CodeVersion } from '../../catalogue/types.js';
import type { Detection } from '../assessment.js';
import { bestMatch, ownMatch } from './match-text.js';
import type { RawRow } from './types.js';

export interface DetectInput {
  rows: RawRow[];
  headerLabels: string[];
  /** Heading rows seen inside tables (some forms put their recognisable title there). */
  headings?: string[];
  /** All the document's text (paragraphs and cells), lower-cased with straight quotes. */
  text: string;
}

export type Detected = { ok: true; version: CodeVersion; detection: Detection } | Failed;

const W_EXCLUSIVE_ID = 3;
const W_KNOWN_ID = 0.5;
const W_UNKNOWN_ID = -0.5;
const W_WORDING = 1;
const W_QUESTION = 1.5;
const W_HEADER = 3;
const W_PHRASE = 3;
/** A printed requirement agreeing with this much of the version's own wording counts for the version. */
const WORDING_AGREES = 0.5;
/** How much closer to one version's wording than to any other's a printed requirement must be. */
const WORDING_MARGIN = 0.03;
/** Scores this close cannot be told apart. */
const MIN_MARGIN = 1;
/** The score at which confidence stops growing with evidence. */
const FULL_EVIDENCE = 15;

export const straighten = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’´`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');

interface Score {
  version: CodeVersion;
  score: number;
  signals: string[];
}

function listIds(ids: string[], max = 4): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

/**
 * Per version, the printed requirements worded more like that version than any other
 * (2022 and 2024 share most ids, and often most words, for the same provision).
 */
function wordingWins(input: DetectInput, catalogues: Catalogue[]): Map<CodeVersion, number> {
  const wins = new Map<CodeVersion, number>();
  for (const r of input.rows) {
    if (r.id === undefined) continue;
    const scored = catalogues
      .map((c) => ({ version: c.version, score: ownMatch(r.id as string, r.requirement, c) ?? 0 }))
      .sort((a, b) => b.score - a.score);
    const [first, second] = scored;
    if (!first || first.score < WORDING_AGREES || first.score - (second?.score ?? 0) < WORDING_MARGIN) continue;
    wins.set(first.version, (wins.get(first.version) ?? 0) + 1);
  }
  return wins;
}

function scoreCatalogue(cat: Catalogue, input: DetectInput, others: Catalogue[], wording: number): Score {
  const own = new Set(cat.provisions.map((p) => p.id));
  const elsewhere = new Set(others.flatMap((c) => c.provisions.map((p) => p.id)));
  const printed = [...new Set(input.rows.flatMap((r) => (r.id !== undefined ? [r.id] : [])))];
  const exclusive = printed.filter((id) => own.has(id) && !elsewhere.has(id));
  const known = printed.filter((id) => own.has(id));
  const unknown = printed.filter((id) => !own.has(id) && elsewhere.has(id));
  const signals: string[] = [];
  let score = W_EXCLUSIVE_ID * exclusive.length + W_KNOWN_ID * known.length + W_UNKNOWN_ID * unknown.length;
  if (exclusive.length > 0) signals.push(`ids only in ${cat.version}: ${listIds(exclusive)}`);
  if (known.length > 0) signals.push(`${known.length} of ${printed.length} ids in the ${cat.version} Code`);

  let questions = 0;
  for (const r of input.rows) {
    if (r.id === undefined && r.requirement.trim() !== '' && bestMatch(r.requirement, cat, r.section)) questions++;
  }
  score += W_WORDING * wording + W_QUESTION * questions;
  if (wording > 0) signals.push(`${wording} requirement texts worded as in ${cat.version}`);
  if (questions > 0) signals.push(`${questions} questions of the ${cat.version} form`);

  const labels = [...input.headerLabels, ...(input.headings ?? [])].map(straighten);
  for (const h of cat.recognise.headers) {
    const needle = straighten(h);
    if (labels.some((l) => l.includes(needle))) {
      score += W_HEADER;
      signals.push(`header "${h}"`);
    }
  }
  for (const phrase of cat.recognise.phrases) {
    if (input.text.includes(straighten(phrase))) {
      score += W_PHRASE;
      signals.push(`phrase "${phrase}"`);
    }
  }
  return { version: cat.version, score, signals };
}

/** What the document showed, for the message when the version cannot be told. */
function seen(input: DetectInput): string {
  const ids = [...new Set(input.rows.flatMap((r) => (r.id !== undefined ? [r.id] : [])))];
  const parts = [ids.length > 0 ? `ids ${listIds(ids, 6)}` : 'no provision ids', `${input.rows.length} rows`];
  if (input.headerLabels.length > 0)
    parts.push(
      `headers ${[...new Set(input.headerLabels)]
        .slice(0, 5)
        .map((h) => `"${h}"`)
        .join(', ')}`,
    );
  return parts.join(', ');
}

export function detectVersion(input: DetectInput, catalogues: Catalogue[], flag?: CodeVersion): Detected {
  const wins = wordingWins(input, catalogues);
  const scores = catalogues
    .map((cat) =>
      scoreCatalogue(
        cat,
        input,
        catalogues.filter((c) => c !== cat),
        wins.get(cat.version) ?? 0,
      ),
    )
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores;

  if (flag !== undefined) {
    const signals = [`--code ${flag}`];
    if (best && best.version !== flag && best.score - (second?.score ?? 0) >= MIN_MARGIN)
      signals.push(`the document looks like ${best.version}`);
    return { ok: true, version: flag, detection: { method: 'flag', confidence: 1, signals } };
  }
  const versions = catalogues.map((c) => c.version).join('|');
  if (!best || best.score <= 0 || best.score - (second?.score ?? 0) < MIN_MARGIN) {
    const tie = best && best.score > 0 && second ? ` (it fits ${best.version} and ${second.version} equally)` : '';
    return failed('unknown-version', `cannot tell the Code version: saw ${seen(input)}${tie}; pass --code ${versions}`);
  }
  const margin = (best.score - Math.max(0, second?.score ?? 0)) / best.score;
  const confidence = Math.round(Math.min(1, margin * Math.min(1, best.score / FULL_EVIDENCE)) * 100) / 100;
  return { ok: true, version: best.version, detection: { method: 'detected', confidence, signals: best.signals } };
}
