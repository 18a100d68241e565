/**
 * `assess scan` arguments → the sorted, de-duplicated list of files to check.
 * Folders are walked here (not by tinyglobby, which drops symlinked files and says nothing about
 * loops or unreadable folders); glob patterns go to tinyglobby. Nothing here throws for one bad
 * path: loops, unreadable folders and arguments that match nothing come back as `problems`.
 */
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { basename, join, normalize, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CONFIG_NAMES, configRoot, isIgnored, type Config } from '../config/config.js';

/** What a folder walk picks up (any case: FORM.DOCX too). */
export const SCAN_EXTENSIONS = ['.docx', '.pdf', '.yaml', '.yml'] as const;

export interface FindProblem {
  path: string;
  message: string;
}

export interface FoundFiles {
  /** Display paths (relative to the working directory unless given absolute), code-unit sorted, unique. */
  files: string[];
  problems: FindProblem[];
  /** Every argument named nothing at all (a path that does not exist, a glob that matched nothing). */
  allMissing: boolean;
}

const wanted = (name: string): boolean => {
  const lower = name.toLowerCase();
  return SCAN_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
};

/**
 * Folders a walk never enters; files a walk or glob never picks: dot-files, Word's `~$form.docx`
 * owner files, and assess.config.yaml itself (a .yaml that is never an assessment).
 */
const skippedDir = (name: string): boolean => name === 'node_modules' || name.startsWith('.');
const skippedFile = (name: string): boolean =>
  name.startsWith('.') || name.startsWith('~$') || CONFIG_NAMES.includes(name);

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

function describe(e: unknown): string {
  switch (errno(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read (${errno(e) ?? (e as Error).message})`;
  }
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Walk {
  files: string[];
  problems: FindProblem[];
}

/** Whether the argument named anything at all (an empty folder did; a path that does not exist did not). */
type Expanded = { kind: 'missing' } | { kind: 'found' };

export async function findFiles(args: readonly string[], config: Config, cwd: string): Promise<FoundFiles> {
  const fromConfig = args.length === 0 && config.paths.length > 0;
  // Config paths are relative to the config file's folder; results are shown relative to cwd.
  const base = fromConfig ? configRoot(config, cwd) : cwd;
  const entries = args.length > 0 ? args : fromConfig ? config.paths : ['.'];
  const walk: Walk = { files: [], problems: [] };
  const explicit = new Set<string>();
  let missing = 0;
  const toDisplay = (p: string): string => (base === cwd ? normalize(p) : relative(cwd, resolve(base, p)) || '.');
  for (const entry of entries) {
    const expanded = await expand(entry, base, toDisplay, walk, explicit);
    if (expanded.kind === 'missing') missing++;
  }

  const files: string[] = [];
  const seen = new Set<string>();
  for (const file of walk.files.sort(byCodeUnit)) {
    const key = resolve(cwd, file);
    if (seen.has(key)) continue;
    seen.add(key);
    if (isIgnored(file, config, cwd)) {
      if (explicit.has(file)) walk.problems.push({ path: file, message: 'ignored by the configuration' });
      continue;
    }
    files.push(file);
  }
  return { files, problems: walk.problems, allMissing: entries.length > 0 && missing === entries.length };
}

async function expand(
  entry: string,
  base: string,
  toDisplay: (p: string) => string,
  walk: Walk,
  explicit: Set<string>,
): Promise<Expanded> {
  const abs = resolve(base, entry);
  const display = toDisplay(entry);
  let info;
  try {
    info = await stat(abs);
  } catch (e) {
    const code = errno(e);
    if ((code === 'ENOENT' || code === 'ENOTDIR') && isDynamicPattern(entry))
      return expandGlob(entry, base, toDisplay, walk);
    walk.problems.push({ path: display, message: describe(e) });
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'found' };
  }
  if (info.isDirectory()) {
    const before = walk.files.length;
    let real: string;
    try {
      real = await realpath(abs);
    } catch (e) {
      walk.problems.push({ path: display, message: describe(e) });
      return { kind: 'found' };
    }
    await walkDir(abs, display, new Set([real]), real, walk);
    if (walk.files.length === before)
      walk.problems.push({ path: display, message: `no ${SCAN_EXTENSIONS.join(', ')} files in this folder` });
    return { kind: 'found' };
  }
  if (info.isFile()) {
    walk.files.push(display);
    explicit.add(display);
    return { kind: 'found' };
  }
  walk.problems.push({ path: display, message: 'not a regular file or folder' });
  return { kind: 'found' };
}

async function expandGlob(
  pattern: string,
  base: string,
  toDisplay: (p: string) => string,
  walk: Walk,
): Promise<Expanded> {
  let matches: string[];
  try {
    matches = await glob([pattern], {
      cwd: base,
      absolute: false,
      dot: false,
      followSymbolicLinks: false,
      ignore: ['**/node_modules/**'],
    });
  } catch (e) {
    walk.problems.push({ path: pattern, message: `bad glob pattern (${(e as Error).message})` });
    return { kind: 'missing' };
  }
  const kept = matches.filter((m) => !skippedFile(basename(m)));
  if (kept.length === 0) {
    walk.problems.push({ path: pattern, message: 'matched no files' });
    return { kind: 'missing' };
  }
  for (const m of kept) walk.files.push(toDisplay(m));
  return { kind: 'found' };
}

/**
 * Depth-first walk of one folder. `ancestors` holds the real paths of the folders above (and
 * including) this one: a symlink resolving to one of them is a loop, reported and not entered.
 * A symlink to a folder elsewhere is followed (its files show under the link's path).
 */
async function walkDir(
  dirAbs: string,
  dirDisplay: string,
  ancestors: Set<string>,
  dirReal: string,
  walk: Walk,
): Promise<void> {
  const entries: Dirent[] = [];
  try {
    const dir = await opendir(dirAbs);
    for await (const d of dir) entries.push(d);
  } catch (e) {
    walk.problems.push({ path: dirDisplay, message: describe(e) });
    return;
  }
  for (const d of entries) {
    const abs = join(dirAbs, d.name);
    const display = join(dirDisplay, d.name);
    if (d.isDirectory()) {
      if (skippedDir(d.name)) continue;
      const real = join(dirReal, d.name);
      await walkDir(abs, display, new Set([...ancestors, real]), real, walk);
    } else if (d.isFile()) {
      if (!skippedFile(d.name) && wanted(d.name)) walk.files.push(display);
    } else if (d.isSymbolicLink()) {
      await followLink(abs, display, d.name, ancestors, walk);
    }
  }
}

async function followLink(
  abs: string,
  display: string,
  name: string,
  ancestors: Set<string>,
  walk: Walk,
): Promise<void> {
  let target;
  try {
    target = await stat(abs);
  } catch (e) {
    const code = errno(e);
    if (code === 'ELOOP') walk.problems.push({ path: display, message: 'symbolic link loop' });
    else if (wanted(name) && !skippedFile(name))
      walk.problems.push({ path: display, message: code === 'ENOENT' ? 'broken symbolic link' : describe(e) });
    return;
  }
  if (target.isDirectory()) {
    if (skippedDir(name)) return;
    let real: string;
    try {
      real = await realpath(abs);
    } catch (e) {
      walk.problems.push({ path: display, message: describe(e) });
      return;
    }
    if (ancestors.has(real)) {
      walk.problems.push({
        path: display,
        message: 'symbolic link loop (links back to a folder above it); not followed',
      });
      return;
    }
    await walkDir(abs, display, new Set([...ancestors, real]), real, walk);
  } else if (target.isFile() && wanted(name) && !skippedFile(name)) {
    walk.files.push(display);
  }
}
