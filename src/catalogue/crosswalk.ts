/**
 * The crosswalks between Code versions: which provisions of one version became which of the next
 * (`codes/crosswalk-<older>-<newer>.yaml`, validated against `schemas/crosswalk.schema.json`), and the
 * mapping of any provision to any other version, composed through the versions between, in either direction.
 *
 * The data is read as the catalogues are (catalogue/load.ts): the bundle reads the build's JSON copies, the
 * sources parse the YAML and validate it. Everything else here is pure.
 */
import { validateCrosswalk } from '../schemas/validators.js';
import { readCodesFile } from './codes-file.js';
import { loadCatalogue } from './load.js';
import { CODE_VERSIONS, type CodeVersion } from './types.js';

/** How the provisions of one side relate to the other's. */
export type LinkKind = 'one-to-one' | 'one-to-many' | 'many-to-one' | 'many-to-many';

/** One entry of a crosswalk file: these provisions of the older version became those of the newer. */
export interface CrosswalkMapping {
  kind: LinkKind;
  from: string[];
  to: string[];
  /** What changed materially between the wordings. */
  note?: string;
}

/** A provision on one side only: `removed` (older, no descendant) or `new` (newer, no ancestor). */
export interface CrosswalkAlone {
  id: string;
  note?: string;
}

/** A crosswalk file: from one version to the next. */
export interface Crosswalk {
  from: CodeVersion;
  to: CodeVersion;
  mappings: CrosswalkMapping[];
  removed: CrosswalkAlone[];
  new: CrosswalkAlone[];
}

/**
 * What a mapping between two versions is: a `LinkKind`, or `new` (the provision has no counterpart in an older
 * `to`: it is new since then) or `removed` (no counterpart in a newer `to`: it was dropped).
 */
export type MappingKind = LinkKind | 'new' | 'removed';

/** A note of the crosswalk met on the way, always worded from the older version to the newer. */
export interface MappingNote {
  older: CodeVersion;
  newer: CodeVersion;
  /** The entry's provisions in the older version (none for a `new` one). */
  olderIds: string[];
  /** The entry's provisions in the newer version (none for a `removed` one). */
  newerIds: string[];
  note: string;
}

export interface ProvisionMapping {
  from: CodeVersion;
  to: CodeVersion;
  /** The provision of `from` that was mapped. */
  id: string;
  /**
   * `one-to-one`: `ids` is one provision whose only counterpart in `from` is `id`; `one-to-many`: several, each
   * from `id` alone; `many-to-one`: one, which other provisions of `from` share; `many-to-many`: several, shared.
   */
  kind: MappingKind;
  /** Its counterparts in `to`, in `to`'s form order (none when `new` or `removed`). */
  ids: string[];
  /** The versions passed through between `from` and `to` and the provisions reached in each (2020 → 2024: 2022's). */
  via: { version: CodeVersion; ids: string[] }[];
  /** The crosswalk's notes on every entry crossed, in the order of the path. */
  notes: MappingNote[];
}

const cache = new Map<string, Crosswalk>();

/**
 * The versions of one scheme's Code, oldest first (the Housing Ombudsman's 2020, 2022, 2024): crosswalks join
 * consecutive versions of a scheme, never one scheme's Code to another's.
 */
export function versionChain(version: CodeVersion): CodeVersion[] {
  const { scheme } = loadCatalogue(version);
  return CODE_VERSIONS.filter((v) => loadCatalogue(v).scheme === scheme);
}

/** Whether two versions are of one scheme, so that a provision of one maps to the other. */
export const sameScheme = (a: CodeVersion, b: CodeVersion): boolean =>
  loadCatalogue(a).scheme === loadCatalogue(b).scheme;

/** The file that maps `older` to the next version, e.g. "crosswalk-2022-2024". */
const fileName = (older: CodeVersion, newer: CodeVersion): string => `crosswalk-${older}-${newer}`;

/** The crosswalk from one version to the next (codes/crosswalk-<older>-<newer>.yaml). */
export function loadCrosswalk(older: CodeVersion, newer: CodeVersion): Crosswalk {
  const name = fileName(older, newer);
  const cached = cache.get(name);
  if (cached) return cached;
  const chain = versionChain(older);
  if (chain.indexOf(newer) !== chain.indexOf(older) + 1) {
    throw new Error(`no crosswalk from ${older} to ${newer}: crosswalks join consecutive versions`);
  }
  const data = readCodesFile<Crosswalk>(name, 'crosswalk', validateCrosswalk);
  if (data.from !== older || data.to !== newer) {
    throw new Error(`codes/${name}.yaml maps ${data.from} to ${data.to}, not ${older} to ${newer}`);
  }
  cache.set(name, data);
  return data;
}

/** Every crosswalk, oldest first: one per pair of consecutive versions. */
export const loadAllCrosswalks = (): Crosswalk[] =>
  CODE_VERSIONS.flatMap((older) => {
    const chain = versionChain(older);
    const newer = chain[chain.indexOf(older) + 1];
    return newer === undefined ? [] : [loadCrosswalk(older, newer)];
  });

/** One step of a path: a crosswalk read forward (older → newer) or backward. */
interface Step {
  crosswalk: Crosswalk;
  forward: boolean;
}

/** The crosswalks from `from` to `to`, each read in the direction of travel. */
function path(from: CodeVersion, to: CodeVersion, crosswalks: readonly Crosswalk[]): Step[] {
  const chain = versionChain(from);
  const a = chain.indexOf(from);
  const b = chain.indexOf(to);
  const steps: Step[] = [];
  const find = (older: CodeVersion, newer: CodeVersion): Crosswalk => {
    const found = crosswalks.find((c) => c.from === older && c.to === newer);
    if (!found) throw new Error(`no crosswalk from ${older} to ${newer}`);
    return found;
  };
  if (a < b) {
    for (let i = a; i < b; i++)
      steps.push({
        crosswalk: find(chain[i] as CodeVersion, chain[i + 1] as CodeVersion),
        forward: true,
      });
  } else {
    for (let i = a; i > b; i--)
      steps.push({
        crosswalk: find(chain[i - 1] as CodeVersion, chain[i] as CodeVersion),
        forward: false,
      });
  }
  return steps;
}

/** The provisions one step reaches from `ids`, with the notes of the entries it crossed. */
function stepOnce(step: Step, ids: ReadonlySet<string>): { ids: Set<string>; notes: MappingNote[] } {
  const { crosswalk, forward } = step;
  const reached = new Set<string>();
  const notes: MappingNote[] = [];
  const noteOf = (olderIds: string[], newerIds: string[], note: string | undefined): void => {
    if (note) notes.push({ older: crosswalk.from, newer: crosswalk.to, olderIds, newerIds, note });
  };
  for (const m of crosswalk.mappings) {
    const [here, there] = forward ? [m.from, m.to] : [m.to, m.from];
    if (!here.some((id) => ids.has(id))) continue;
    for (const id of there) reached.add(id);
    noteOf(m.from, m.to, m.note);
  }
  for (const alone of forward ? crosswalk.removed : crosswalk.new) {
    if (ids.has(alone.id)) noteOf(forward ? [alone.id] : [], forward ? [] : [alone.id], alone.note);
  }
  return { ids: reached, notes };
}

/** Provisions reached from `ids` along `steps`, with each intermediate version's and the notes. */
function walk(
  steps: readonly Step[],
  ids: ReadonlySet<string>,
): { ids: Set<string>; via: { version: CodeVersion; ids: Set<string> }[]; notes: MappingNote[] } {
  let current = new Set(ids);
  const via: { version: CodeVersion; ids: Set<string> }[] = [];
  const notes: MappingNote[] = [];
  steps.forEach((step, i) => {
    const next = stepOnce(step, current);
    notes.push(...next.notes);
    current = next.ids;
    if (i < steps.length - 1)
      via.push({ version: step.forward ? step.crosswalk.to : step.crosswalk.from, ids: current });
  });
  return { ids: current, via, notes };
}

const isProvision = (version: CodeVersion, id: string): boolean =>
  loadCatalogue(version).provisions.some((p) => p.id === id);

/** Ids in the version's form order. */
function inFormOrder(version: CodeVersion, ids: Iterable<string>): string[] {
  const order = new Map(loadCatalogue(version).provisions.map((p, i) => [p.id, i]));
  return [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1));
}

/**
 * A provision of `from` in `to`: its counterparts, how they relate, the provisions passed through and the
 * crosswalk's notes. Either direction (2020 → 2024, or 2024 → 2022 to compare a newer form with an older one),
 * composed through the versions between. `undefined` when `id` is not a provision of `from`, or the two versions are
 * of different schemes' Codes (the LGSCO's and the Housing Ombudsman's: no crosswalk joins them).
 */
export function mapProvision(
  from: CodeVersion,
  to: CodeVersion,
  id: string,
  crosswalks: readonly Crosswalk[] = loadAllCrosswalks(),
): ProvisionMapping | undefined {
  if (!isProvision(from, id) || !sameScheme(from, to)) return undefined;
  if (from === to) return { from, to, id, kind: 'one-to-one', ids: [id], via: [], notes: [] };
  const steps = path(from, to, crosswalks);
  const there = walk(steps, new Set([id]));
  const ids = inFormOrder(to, there.ids);
  const via = there.via.map((v) => ({ version: v.version, ids: inFormOrder(v.version, v.ids) }));
  const chain = versionChain(from);
  const newer = chain.indexOf(to) > chain.indexOf(from);
  let kind: MappingKind;
  if (ids.length === 0) kind = newer ? 'removed' : 'new';
  else {
    // Shared when any counterpart comes back to more provisions of `from` than `id` alone.
    const back = path(to, from, crosswalks);
    const shared = ids.some((t) => walk(back, new Set([t])).ids.size > 1);
    kind = ids.length === 1 ? (shared ? 'many-to-one' : 'one-to-one') : shared ? 'many-to-many' : 'one-to-many';
  }
  return { from, to, id, kind, ids, via, notes: there.notes };
}

/** A provision's mapping into each of `versions` (none that is not of its scheme's). */
function mappedInto(
  version: CodeVersion,
  id: string,
  versions: readonly CodeVersion[],
  crosswalks: readonly Crosswalk[],
): ProvisionMapping[] | undefined {
  if (!isProvision(version, id)) return undefined;
  return versions.flatMap((v) => mapProvision(version, v, id, crosswalks) ?? []);
}

/**
 * A provision's ancestors: its mapping into each older version, the nearest first (2024 6.14: 2022's 5.13, then
 * the 2020 questions). Empty for the oldest version; `undefined` when `id` is not a provision of `version`.
 */
export function ancestors(
  version: CodeVersion,
  id: string,
  crosswalks: readonly Crosswalk[] = loadAllCrosswalks(),
): ProvisionMapping[] | undefined {
  const chain = versionChain(version);
  return mappedInto(version, id, chain.slice(0, chain.indexOf(version)).reverse(), crosswalks);
}

/** A provision's descendants: its mapping into each newer version, the nearest first. */
export function descendants(
  version: CodeVersion,
  id: string,
  crosswalks: readonly Crosswalk[] = loadAllCrosswalks(),
): ProvisionMapping[] | undefined {
  const chain = versionChain(version);
  return mappedInto(version, id, chain.slice(chain.indexOf(version) + 1), crosswalks);
}
