/**
 * Reading a canonical YAML assessment (or a configuration file): YAML 1.2 core schema (so `Yes` stays a string),
 * duplicate keys rejected, scalars read from their source text where YAML would change them (`id: 6.10` is
 * "6.10", not 6.1), and every problem located by line and column.
 *
 * js-yaml parses the text into a flat list of events, each with its offsets in the source, and builds the data
 * from them. One walk over the same events records where every node starts (for `locate`), finds keys that are
 * lists or mappings and counts aliases before anything is built, and notes the source text of the scalars that
 * must stay text. (Its start-up and parse cost about a third of the `yaml` package's, which matters to a
 * one-file `check`: the package still writes YAML, in report/yaml-text.ts.)
 */
import {
  constructFromEvents,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  YAMLException,
  type Event,
} from 'js-yaml';
import type { Location } from '../document.js';

export interface YamlProblem {
  message: string;
  line?: number;
  column?: number;
}

export type YamlRead =
  | { ok: true; data: unknown; locate: (path: (string | number)[]) => Location | undefined }
  | { ok: false; problem: YamlProblem };

/** Keys whose values are text even when YAML reads a number, a boolean or a date. */
const TEXT_KEYS = new Set(['id', 'comply', 'evidence', 'commentary', 'requirement', 'code', 'landlord', 'period']);

/**
 * Most aliases (`*name`) a form may use. A form needs none; a large file of thousands of them is refused at
 * once rather than built.
 */
export const MAX_ALIASES = 100;

/**
 * Most nodes aliases may add to a document, counted as if each alias were a copy of what it names. js-yaml
 * shares one object between an anchor and its aliases, but every later step (validation, JSON) would walk the
 * copies: ten levels of ten aliases ("billion laughs") are 10^9 strings from under 1 KB.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/** Where a node starts, and its children's (by key for a mapping, by index for a list). */
interface Spot {
  start: number;
  keys?: Map<string, Spot>;
  items?: Spot[];
  /** A plain scalar under one of TEXT_KEYS: its source text, kept if YAML reads it as a number or a boolean. */
  text?: string;
}

/** What one walk over the events finds. */
type Walk = { ok: true; root: Spot | undefined; documents: number } | { ok: false; problem: string; at: number };

/** Where an event starts in the source (the anchor or tag before a node counts as its start). */
function startOf(ev: Event): number {
  switch (ev.type) {
    case EVENT_ID.SCALAR: {
      // (offsets are of the anchor's name after its `&`, and of a quoted scalar's text inside its quote)
      const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return first(ev.anchorStart - 1, ev.tagStart, quoted ? ev.valueStart - 1 : ev.valueStart);
    }
    case EVENT_ID.SEQUENCE:
    case EVENT_ID.MAPPING:
      return first(ev.anchorStart - 1, ev.tagStart, ev.start);
    case EVENT_ID.ALIAS:
      return ev.anchorStart - 1;
    default:
      return -1;
  }
}

function first(...offsets: number[]): number {
  const known = offsets.filter((o) => o >= 0);
  return known.length > 0 ? Math.min(...known) : -1;
}

function walkEvents(events: readonly Event[], src: string): Walk {
  /**
   * Open collections, each with the key its next value is under (a mapping) or nothing yet (a list), its
   * anchor, and how many nodes it holds with every alias in it counted as a copy.
   */
  const stack: {
    spot: Spot;
    mapping: boolean;
    key: string | undefined;
    keyNext: boolean;
    anchor: string | undefined;
    size: number;
  }[] = [];
  let root: Spot | undefined;
  let documents = 0;
  let aliases = 0;
  /** The expanded size of each anchored node, and how many nodes the aliases added in all. */
  const anchored = new Map<string, number>();
  let expansion = 0;
  const grow = (nodes: number): void => {
    const top = stack[stack.length - 1];
    if (top) top.size += nodes;
  };

  const place = (spot: Spot): boolean => {
    const top = stack[stack.length - 1];
    if (!top) {
      root ??= spot;
      return true;
    }
    if (!top.mapping) {
      (top.spot.items ??= []).push(spot);
      return true;
    }
    if (top.keyNext) return false; // a key: the caller reads it
    (top.spot.keys ??= new Map()).set(top.key ?? '', spot);
    top.keyNext = true;
    return true;
  };

  for (const ev of events) {
    const top = stack[stack.length - 1];
    const asKey = top?.mapping === true && top.keyNext;
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        break;
      case EVENT_ID.POP: {
        const done = stack.pop();
        if (done) {
          if (done.anchor !== undefined) anchored.set(done.anchor, done.size);
          grow(done.size);
        }
        break;
      }
      case EVENT_ID.ALIAS:
        if (++aliases > MAX_ALIASES)
          return { ok: false, problem: `more than ${MAX_ALIASES} aliases (*name): a form needs none`, at: -1 };
        {
          const nodes = anchored.get(src.slice(ev.anchorStart, ev.anchorEnd)) ?? 1;
          expansion += nodes;
          if (expansion > MAX_ALIAS_EXPANSION)
            return {
              ok: false,
              problem: `aliases (*name) that stand for more than ${MAX_ALIAS_EXPANSION} nodes: a form needs none`,
              at: startOf(ev),
            };
          grow(nodes);
        }
        if (asKey && top) {
          top.key = src.slice(ev.anchorStart, ev.anchorEnd);
          top.keyNext = false;
        } else place({ start: startOf(ev) });
        break;
      case EVENT_ID.SCALAR:
        if (asKey && top) {
          const key = getScalarValue(src, ev);
          if (top.spot.keys?.has(key)) return { ok: false, problem: `duplicate key "${key}"`, at: startOf(ev) };
          top.key = key;
          top.keyNext = false;
        } else {
          grow(1);
          if (ev.anchorStart >= 0) anchored.set(src.slice(ev.anchorStart, ev.anchorEnd), 1);
          const spot: Spot = { start: startOf(ev) };
          if (top?.mapping && ev.style === SCALAR_STYLE.PLAIN && TEXT_KEYS.has(top.key ?? ''))
            spot.text = src.slice(ev.valueStart, ev.valueEnd).trim();
          place(spot);
        }
        break;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        if (asKey)
          return {
            ok: false,
            problem: 'a key that is a list or a mapping (written with "? " or as [..] or {..}): keys are plain words',
            at: startOf(ev),
          };
        const spot: Spot = { start: startOf(ev) };
        place(spot);
        const anchor = ev.anchorStart >= 0 ? src.slice(ev.anchorStart, ev.anchorEnd) : undefined;
        stack.push({ spot, mapping: ev.type === EVENT_ID.MAPPING, key: undefined, keyNext: true, anchor, size: 1 });
        break;
      }
    }
  }
  return { ok: true, root, documents };
}

/** The scalars under TEXT_KEYS that YAML read as numbers or booleans, put back as their source text. */
function keepSourceText(data: unknown, spot: Spot | undefined): unknown {
  if (!spot || data === null || typeof data !== 'object') {
    return spot?.text !== undefined && typeof data !== 'string' && data !== null ? spot.text : data;
  }
  if (Array.isArray(data)) {
    data.forEach((item, i) => (data[i] = keepSourceText(item, spot.items?.[i])));
  } else {
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = keepSourceText(record[key], spot.keys?.get(key));
  }
  return data;
}

/** Line and column (both from 1) of an offset, from the offsets at which lines start. */
function positionIn(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] as number) + 1 };
}

function lineStartsOf(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function syntaxProblem(e: unknown): YamlProblem {
  if (e instanceof YAMLException) {
    const mark = e.mark;
    return {
      message: e.reason || 'YAML syntax error',
      ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}),
    };
  }
  return { message: e instanceof Error ? e.message : String(e) };
}

export function readYaml(src: string): YamlRead {
  let events: Event[];
  try {
    events = parseEvents(src, {});
  } catch (e) {
    return { ok: false, problem: syntaxProblem(e) };
  }
  const walk = walkEvents(events, src);
  let lineStarts: number[] | undefined;
  const position = (offset: number) => positionIn((lineStarts ??= lineStartsOf(src)), offset);
  if (!walk.ok) {
    return { ok: false, problem: { message: walk.problem, ...(walk.at >= 0 ? position(walk.at) : {}) } };
  }
  if (walk.documents > 1) {
    return { ok: false, problem: { message: 'more than one YAML document (a line of ---): a form is one document' } };
  }
  let data: unknown;
  try {
    data = constructFromEvents(events, { source: src, maxAliases: MAX_ALIASES })[0] ?? null;
  } catch (e) {
    return { ok: false, problem: syntaxProblem(e) };
  }
  data = keepSourceText(data, walk.root);
  const root = walk.root;
  const locate = (path: (string | number)[]): Location | undefined => {
    let spot = root;
    let found = root?.start;
    for (const step of path) {
      spot = typeof step === 'number' ? spot?.items?.[step] : spot?.keys?.get(step);
      if (!spot) break;
      if (spot.start >= 0) found = spot.start;
    }
    return found === undefined || found < 0 ? undefined : position(found);
  };
  return { ok: true, data, locate };
}

/** "/provisions/3/comply" → ["provisions", 3, "comply"]. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
