/**
 * Which `.yaml`/`.yml` files a scan checks. A folder walk also meets YAML that is no
 * self-assessment at all (GitHub workflows, the `codes/` catalogues, manifests); those are skipped
 * with one line each instead of being reported as broken forms.
 *
 * A YAML mapping is taken for an assessment when it has at least two of the assessment's keys
 * `code`, `landlord` and `provisions` (a catalogue has `provisions` but neither of the others; a
 * workflow has none). Only a file that parses cleanly into mappings of named (string) keys that
 * all fall short of that is skipped: a syntax error, an empty file or mapping, a null key, a list
 * or a scalar still goes to the reader, which says what is wrong with it, as does anything too
 * large or unreadable.
 *
 * Cheap, and each file parsed at most once: a file whose top-level lines already show two of the
 * keys (every form `assess normalise` or `assess init` writes) is not parsed here; only the rest
 * are, and those that are skipped are never read again.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { isMap, isScalar, parseAllDocuments } from 'yaml';

export const ASSESSMENT_KEYS = ['code', 'landlord', 'provisions'] as const;

export type YamlVerdict = { check: true } | { check: false; reason: string };

const CHECK: YamlVerdict = { check: true };

/** `code:`, `"landlord":` or `provisions :` at the start of a line: a top-level key of a block mapping. */
const TOP_LEVEL_KEY = /^(?:\uFEFF)?(["']?)(code|landlord|provisions)\1[ \t]*:/gm;

function keysOnTopLevelLines(text: string): number {
  const keys = new Set<string>();
  for (const m of text.matchAll(TOP_LEVEL_KEY)) keys.add(m[2] as string);
  return keys.size;
}

/** Whether a YAML text is a self-assessment to check (pure: the text alone decides). */
export function assessmentVerdict(text: string): YamlVerdict {
  if (keysOnTopLevelLines(text) >= 2) return CHECK;
  let docs;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false });
  } catch {
    return CHECK;
  }
  if ('empty' in docs || docs.length === 0) return CHECK;
  let provisions = false;
  for (const doc of docs) {
    if (doc.errors.length > 0) return CHECK;
    const contents = doc.contents;
    // A mapping of named keys; `:` alone (a null key) or `{}` is a broken file, not some other YAML.
    if (!isMap(contents) || contents.items.length === 0) return CHECK;
    if (
      !contents.items.every((pair) => isScalar(pair.key) && typeof pair.key.value === 'string' && pair.key.value !== '')
    )
      return CHECK;
    const has = ASSESSMENT_KEYS.filter((key) => contents.has(key));
    if (has.length >= 2) return CHECK;
    if (has.includes('provisions')) provisions = true;
  }
  return { check: false, reason: provisions ? 'provisions, but no code or landlord' : 'no provisions' };
}

export const isYamlFile = (file: string): boolean => {
  const ext = extname(file).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
};

/** A file's text, or undefined when it is larger than `maxBytes` or cannot be read (the reader will say). */
async function readSmall(path: string, maxBytes: number): Promise<string | undefined> {
  try {
    // stat first: opening a FIFO would wait for a writer.
    const info = await stat(path);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

export interface SortedYaml {
  /** The files to check, in the order given. */
  files: string[];
  /** YAML files that are no self-assessment, in the order given. */
  skipped: { file: string; reason: string }[];
}

/** How many files are read at once. */
const READ_AHEAD = 16;

/** Splits a scan's file list into the files to check and the YAML files that are not assessments. */
export async function sortOutYaml(files: readonly string[], cwd: string, maxBytes: number): Promise<SortedYaml> {
  const verdicts = new Array<YamlVerdict>(files.length).fill(CHECK);
  const yaml = files.flatMap((file, i) => (isYamlFile(file) ? [i] : []));
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < yaml.length) {
      const i = yaml[next++] as number;
      const text = await readSmall(resolve(cwd, files[i] as string), maxBytes);
      if (text !== undefined) verdicts[i] = assessmentVerdict(text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, yaml.length) }, reader));
  const sorted: SortedYaml = { files: [], skipped: [] };
  files.forEach((file, i) => {
    const v = verdicts[i] as YamlVerdict;
    if (v.check) sorted.files.push(file);
    else sorted.skipped.push({ file, reason: v.reason });
  });
  return sorted;
}
