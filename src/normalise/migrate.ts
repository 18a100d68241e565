/**
 * A form of one Code version carried forward to a newer one through the crosswalks (catalogue/crosswalk.ts):
 * the canonical assessment of the newer version, each of its provisions filled from its ancestors in the form.
 *
 * - mapped one-to-one: answer, evidence and commentary carried over as they are (with the crosswalk's note on what
 *   changed in the wording, if any, as a comment);
 * - merged or split: carried over (a merged row gets every source's text, each marked with its source; a split row
 *   is copied to each part) with a `review:` note saying where from and what changed. So is a row whose answer
 *   cannot stand as an answer to the requirement (a 2020 figure, a Yes to a question of fact);
 * - new: left blank, with the requirement text to answer.
 * Pure: the caller loads the form and writes the result.
 */
import { mapProvision, versionChain, type MappingNote, type ProvisionMapping } from '../catalogue/crosswalk.js';
import { loadCatalogue } from '../catalogue/load.js';
import { type Catalogue, type CatalogueProvision, type CodeVersion } from '../catalogue/types.js';
import type { Assessment, Comply, ProvisionRecord } from './assessment.js';
import type { CanonicalAssessment } from './yaml/normalise-yaml.js';

const WORDS: Record<Comply, string> = { yes: 'Yes', no: 'No', partial: 'Partial', 'n/a': 'N/A' };

type CanonicalProvision = CanonicalAssessment['provisions'][number];

export interface Migrated {
  canonical: CanonicalAssessment;
  /**
   * What changed in each provision carried over one-to-one whose wording changed materially (the crosswalk's
   * note), by position in `canonical.provisions`: said as a comment, not a review.
   */
  comments: (string | undefined)[];
  /** Provisions carried over as they were. */
  carried: string[];
  /** Provisions carried over with a review note. */
  review: string[];
  /** Provisions new in the target version, left blank. */
  blank: string[];
  /** Provisions of the form's version with no counterpart in the target's (their answers are not carried). */
  dropped: string[];
  /** Rows of the form that are no provision of its version (not carried). */
  unknown: string[];
}

/** Migration goes to a newer version only (a newer form is compared with an older through the crosswalk itself). */
/** A form migrates to a newer version of its own scheme's Code. */
export const canMigrate = (from: CodeVersion, to: CodeVersion): boolean => {
  const chain = versionChain(from);
  return chain.includes(to) && chain.indexOf(to) > chain.indexOf(from);
};

const hasContent = (r: ProvisionRecord): boolean =>
  r.comply !== undefined || (r.rawAnswer ?? '').trim() !== '' || r.evidence !== '' || r.commentary !== '';

/**
 * The answer a row's Comply cell carries into a compliance form: a Yes/No/Partial/N/A to a provision (or a 2020
 * question whose No is a shortfall). A figure, prose, or a Yes/No to a question of fact is not an answer to a
 * requirement: it is moved into the commentary.
 */
function carriedAnswer(r: ProvisionRecord, p: CatalogueProvision | undefined): string | undefined {
  if (!r.comply || r.rawAnswer !== undefined) return undefined;
  if (p?.answer === 'text' || p?.answer === 'none' || p?.compliant === 'either') return undefined;
  return WORDS[r.comply];
}

/** A Comply cell that is not carried as an answer, said in words for the commentary. */
function answerInWords(r: ProvisionRecord, p: CatalogueProvision | undefined): string {
  if (carriedAnswer(r, p) !== undefined) return '';
  const said = r.rawAnswer ?? (r.comply ? WORDS[r.comply] : '');
  return said.trim() ? `answered "${said.trim()}"` : '';
}

const list = (ids: readonly string[]): string =>
  ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}`;

/** The crosswalk's notes, each once, with the step they belong to when the path has several. */
function notesText(notes: readonly MappingNote[], steps: number): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of notes) {
    // Over several steps, a branch lost on the way (removed, or new in between) says nothing of this row.
    if (seen.has(n.note) || (steps > 1 && (n.newerIds.length === 0 || n.olderIds.length === 0))) continue;
    seen.add(n.note);
    out.push(steps > 1 ? `${n.older} to ${n.newer}: ${n.note}` : n.note);
  }
  return out.join('; ');
}

interface Sources {
  mapping: ProvisionMapping;
  records: { record: ProvisionRecord; provision: CatalogueProvision | undefined }[];
}

/** One target provision's row, from its sources in the form. */
function migrateRow(
  target: CatalogueProvision,
  sources: Sources,
  from: Catalogue,
  to: Catalogue,
): { row: CanonicalProvision; how: 'carried' | 'review' | 'blank'; comment?: string } {
  const base: CanonicalProvision = { id: target.id, requirement: target.text };
  const { mapping, records } = sources;
  const blank = { row: { ...base, comply: '', evidence: '', commentary: '' }, how: 'blank' as const };
  if (mapping.kind === 'new' || records.length === 0) return blank;

  const combinedToSeparate = from.evidence === 'combined' && to.evidence === 'separate';
  const several = records.length > 1;
  const label = (id: string): string => `[${from.version} ${id}]`;
  const answers = records.map(({ record, provision }) => carriedAnswer(record, provision));
  const given = answers.filter((a): a is string => a !== undefined);
  const agreed = given.length > 0 && given.every((a) => a === given[0]) ? given[0] : undefined;
  // Several sources whose answers differ: none is carried (the landlord must answer the merged provision).
  const comply = several && given.length > 0 && given.length < records.length ? undefined : agreed;
  const explanationInEvidence = combinedToSeparate && (comply === 'No' || comply === 'Partial');

  const evidence: string[] = [];
  const commentary: string[] = [];
  for (const { record, provision } of records) {
    const tag = several ? `${label(record.id)} ` : '';
    const said = answerInWords(record, provision);
    // 2022's one "Evidence, commentary and any explanations" column: the explanation of a No or Partial belongs
    // in 2024's Commentary / explanation column.
    const [ev, com] =
      explanationInEvidence && record.commentary === '' ? ['', record.evidence] : [record.evidence, record.commentary];
    if (ev) evidence.push(`${tag}${ev}`);
    const words = [said ? `${from.version} ${record.id} ${said}.` : '', com].filter(Boolean).join(' ');
    if (words) commentary.push(`${tag}${words}`);
  }

  const ids = records.map((r) => r.record.id);
  const chain = versionChain(from.version);
  const steps = Math.abs(chain.indexOf(to.version) - chain.indexOf(from.version));
  const forwardKind = reverseKind(mapping.kind);
  const shape =
    forwardKind === 'one-to-many' || forwardKind === 'many-to-many'
      ? ` (${ids.length > 1 ? 'each ' : ''}also carried to ${list(others(target.id, ids, from.version, to.version))})`
      : forwardKind === 'many-to-one' && several
        ? ' (merged)'
        : '';
  const why: string[] = [];
  const noted = notesText(mapping.notes, steps);
  if (several && given.length > 0 && comply === undefined) {
    const each = records
      .map((r, i) => `${r.record.id} ${answers[i] ?? (answerInWords(r.record, r.provision) || 'no answer')}`)
      .join(', ');
    const differ = given.some((a) => a !== given[0]);
    why.push(
      `${differ ? 'the answers differed' : 'not every source has an answer to carry'} (${each}), so none is carried`,
    );
  }
  const row: CanonicalProvision = {
    ...base,
    comply: comply ?? '',
    evidence: evidence.join(' '),
    commentary: commentary.join(' '),
  };
  const via = mapping.via.length > 0 ? ` via ${mapping.via.map((v) => `${v.version} ${list(v.ids)}`).join(', ')}` : '';
  const source = `${from.version} ${list(ids)}${via}`;
  const plain = forwardKind === 'one-to-one' && records.every((r) => answerInWords(r.record, r.provision) === '');
  if (plain) return { row, how: 'carried', ...(noted ? { comment: ` ${target.id} from ${source}: ${noted}` } : {}) };
  if (noted) why.unshift(noted);
  const review = `carried over from ${source}${shape}${why.length > 0 ? `: ${why.join('; ')}` : ''}`;
  return { row: { ...row, review }, how: 'review' };
}

/** The reverse mapping's kind, seen from the older version. */
const reverseKind = (kind: ProvisionMapping['kind']): ProvisionMapping['kind'] =>
  kind === 'one-to-many' ? 'many-to-one' : kind === 'many-to-one' ? 'one-to-many' : kind;

/** The other target provisions the sources were carried to. */
function others(target: string, ids: readonly string[], from: CodeVersion, to: CodeVersion): string[] {
  const all = new Set(ids.flatMap((id) => mapProvision(from, to, id)?.ids ?? []));
  all.delete(target);
  return loadCatalogue(to)
    .provisions.map((p) => p.id)
    .filter((id) => all.has(id));
}

/** The landlord's own timescales block (a YAML form's), carried as it was written. */
function timescalesBlock(assessment: Assessment): CanonicalAssessment['timescales'] {
  const block: NonNullable<CanonicalAssessment['timescales']> = {};
  for (const t of assessment.timescales) {
    if (t.source !== 'timescales') continue;
    const value = t.quote.slice(t.quote.indexOf(': ') + 2);
    (block[`stage${t.stage}`] ??= {})[t.kind] = /^\d+$/.test(value) ? Number(value) : value;
  }
  const stages = assessment.stageCounts.find((s) => s.source === 'timescales');
  const out = { ...(stages ? { stages: stages.count } : {}), ...block };
  return Object.keys(out).length > 0 ? out : undefined;
}

export function migrateAssessment(assessment: Assessment, to: CodeVersion): Migrated {
  const from = loadCatalogue(assessment.code);
  const target = loadCatalogue(to);
  const known = new Map(from.provisions.map((p) => [p.id, p]));
  // The first row of each provision with anything in it (a section pasted twice is read once).
  const rows = new Map<string, ProvisionRecord>();
  const unknown: string[] = [];
  for (const r of assessment.provisions) {
    if (!known.has(r.id)) {
      if (!unknown.includes(r.id)) unknown.push(r.id);
      continue;
    }
    const had = rows.get(r.id);
    if (!had || (!hasContent(had) && hasContent(r))) rows.set(r.id, r);
  }

  const result: Migrated = {
    canonical: { code: to, landlord: assessment.landlord, provisions: [] },
    comments: [],
    carried: [],
    review: [],
    blank: [],
    dropped: [],
    unknown,
  };
  const timescales = timescalesBlock(assessment);
  if (timescales) result.canonical.timescales = timescales;

  for (const p of target.provisions) {
    const mapping = mapProvision(to, assessment.code, p.id);
    if (!mapping) continue;
    const records = mapping.ids.flatMap((id) => {
      const record = rows.get(id);
      return record && hasContent(record) ? [{ record, provision: known.get(id) }] : [];
    });
    const { row, how, comment } = migrateRow(p, { mapping, records }, from, target);
    result.canonical.provisions.push(row);
    result.comments.push(comment);
    result[how].push(p.id);
  }
  for (const p of from.provisions) {
    const m = mapProvision(assessment.code, to, p.id);
    const record = rows.get(p.id);
    if (m?.kind === 'removed' && record && hasContent(record)) result.dropped.push(p.id);
  }
  return result;
}
