/**
 * Which Code version a form follows, scored per catalogue from what the document shows:
 * - the printed requirement and question wording (the strongest signal): each row whose text follows one
 *   version's wording more closely than any other's counts for that version (2022 and 2024 share most ids and
 *   many words; a form on another version's template, a row that lost its id, still reads as its own version);
 * - provision ids only that version has (computed from the catalogues: 2024's 9.x, 2022's 5.20...), and ids it knows;
 * - the version's typical header labels and distinctive phrases (catalogue `recognise`).
 * The signals say what pointed to the version found, and what pointed elsewhere ("against: ..."), so the
 * confidence can be read from them. `--code` overrides it all (method 'flag').
 */
import { failed, type Failed } from '../../failure/failure.js';
import type { Catalogue, CodeVersion } from '../../catalogue/types.js';
import type { Detection } from '../assessment.js';
import { wordingFit } from './match-text.js';
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

/** A row worded as this version and no other: as strong as an id only it has, or its header. */
const W_WORDING = 3;
const W_EXCLUSIVE_ID = 3;
const W_KNOWN_ID = 0.5;
const W_UNKNOWN_ID = -0.5;
const W_HEADER = 3;
const W_PHRASE = 3;
/** A printed text agreeing with this much of a version's nearest wording (Dice over content words) counts. */
const WORDING_AGREES = 0.5;
/** How much closer to one version's wording than to any other's a printed text must be. */
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

/** One thing the document shows that points to a version, and how much it weighs. */
interface Evidence {
  weight: number;
  signal: string;
  /** Short form, for the list of what points elsewhere. */
  brief: string;
}

interface Score {
  version: CodeVersion;
  score: number;
  evidence: Evidence[];
}

function listIds(ids: string[], max = 4): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

interface Wording {
  /** Rows worded as each version and no other. */
  wins: Map<CodeVersion, number>;
  /** Rows worded alike in two or more versions (they tell nothing). */
  shared: number;
}

/** Per version, the printed requirements and questions worded more like that version than any other. */
function wording(input: DetectInput, catalogues: Catalogue[]): Wording {
  const wins = new Map<CodeVersion, number>();
  let shared = 0;
  /** The provision the row above read as: a piece printed under it and worded as the same one is not counted again. */
  let above: string | undefined;
  for (const r of input.rows) {
    if (r.requirement.trim() === '') continue;
    const scored = catalogues
      .map((c) => ({ version: c.version, ...wordingFit(r.requirement, c) }))
      .sort((a, b) => b.fit - a.fit);
    const [first, second] = scored;
    const same = r.unnumbered?.joins === 'above' && first?.id !== undefined && `${first.version} ${first.id}` === above;
    above = first?.id !== undefined ? `${first.version} ${first.id}` : undefined;
    if (!first || first.fit < WORDING_AGREES || same) continue;
    if (first.fit - (second?.fit ?? 0) < WORDING_MARGIN) shared++;
    else wins.set(first.version, (wins.get(first.version) ?? 0) + 1);
  }
  return { wins, shared };
}

function scoreCatalogue(cat: Catalogue, input: DetectInput, others: Catalogue[], worded: Wording): Score {
  const own = new Set(cat.provisions.map((p) => p.id));
  const elsewhere = new Set(others.flatMap((c) => c.provisions.map((p) => p.id)));
  const printed = [...new Set(input.rows.flatMap((r) => (r.id !== undefined ? [r.id] : [])))];
  const exclusive = printed.filter((id) => own.has(id) && !elsewhere.has(id));
  const known = printed.filter((id) => own.has(id));
  const unknown = printed.filter((id) => !own.has(id) && elsewhere.has(id));
  const evidence: Evidence[] = [];

  const wins = worded.wins.get(cat.version) ?? 0;
  if (wins > 0) {
    const noun =
      cat.answers === 'questions'
        ? `questions of the ${cat.version} form`
        : `requirement texts worded as in ${cat.version}`;
    const rivals = others
      .map((o) => [o.version, worded.wins.get(o.version) ?? 0] as const)
      .filter(([, n]) => n > 0)
      .map(([v, n]) => `${n} as in ${v}`);
    if (worded.shared > 0) rivals.push(`${worded.shared} alike in more than one version`);
    evidence.push({
      weight: W_WORDING * wins,
      signal: `${wins} ${noun}${rivals.length > 0 ? ` (${rivals.join(', ')})` : ''}`,
      brief: plural(
        wins,
        `requirement text worded as in ${cat.version}`,
        `requirement texts worded as in ${cat.version}`,
      ),
    });
  }
  if (exclusive.length > 0)
    evidence.push({
      weight: W_EXCLUSIVE_ID * exclusive.length,
      signal: `ids only in ${cat.version}: ${listIds(exclusive)}`,
      brief: plural(exclusive.length, `id only in ${cat.version}`, `ids only in ${cat.version}`),
    });
  const idWeight = W_KNOWN_ID * known.length + W_UNKNOWN_ID * unknown.length;
  if (known.length > 0)
    evidence.push({
      weight: idWeight,
      signal: `${known.length} of ${printed.length} ids in the ${cat.version} Code`,
      brief: `${known.length} of ${printed.length} ids in the ${cat.version} Code`,
    });
  else if (unknown.length > 0) evidence.push({ weight: idWeight, signal: '', brief: '' });

  const labels = [...input.headerLabels, ...(input.headings ?? [])].map(straighten);
  for (const h of cat.recognise.headers) {
    if (labels.some((l) => l.includes(straighten(h))))
      evidence.push({ weight: W_HEADER, signal: `header "${h}"`, brief: `header "${h}"` });
  }
  for (const phrase of cat.recognise.phrases) {
    if (input.text.includes(straighten(phrase)))
      evidence.push({ weight: W_PHRASE, signal: `phrase "${phrase}"`, brief: `phrase "${phrase}"` });
  }
  const score = evidence.reduce((sum, e) => sum + e.weight, 0);
  return { version: cat.version, score, evidence: evidence.filter((e) => e.signal !== '') };
}

/**
 * The signals of the version found, strongest first, with what pointed to another version second
 * ("against: header "code section", phrase "mandatory" (2022)").
 */
function signalsOf(best: Score, rest: Score[]): string[] {
  const mine = [...best.evidence].sort((a, b) => b.weight - a.weight).map((e) => e.signal);
  const against = rest
    .map((s) => {
      const points = s.evidence.filter((e) => e.weight > 0 && !e.brief.includes(' ids in the '));
      return points.length > 0 ? `${points.map((e) => e.brief).join(', ')} (${s.version})` : undefined;
    })
    .filter((a): a is string => a !== undefined);
  if (against.length === 0) return mine;
  return [...mine.slice(0, 1), `against: ${against.join('; ')}`, ...mine.slice(1)];
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
  const worded = wording(input, catalogues);
  const scores = catalogues
    .map((cat) =>
      scoreCatalogue(
        cat,
        input,
        catalogues.filter((c) => c !== cat),
        worded,
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
  return {
    ok: true,
    version: best.version,
    detection: { method: 'detected', confidence, signals: signalsOf(best, scores.slice(1)) },
  };
}
