/**
 * `assess scan` arguments → the sorted, de-duplicated list of files to check.
 * Folders are walked here (not by tinyglobby, which drops symlinked files and says nothing about
 * loops or unreadable folders); glob patterns go to tinyglobby. Nothing here throws for one bad
 * path: loops, unreadable folders and arguments that match nothing come back as `problems`.
 * `.gitignore` files apply to what a walk or a glob finds (src/scan/gitignore.ts), not to a file
 * named on the command line.
 */
import { DOCUMENT_EXTENSIONS } from '../ingest/readers.js';
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CONFIG_NAMES, configRoot, isIgnored, type Config } from '../config/config.js';
import { GitIgnore } from './gitignore.js';

/**
 * What a folder walk picks up (any case: FORM.DOCX too). Word's macro-enabled documents and
 * templates (.docm, .dotx, .dotm) are the same OOXML as .docx, and `check` reads them.
 */
export const SCAN_EXTENSIONS: readonly string[] = [...DOCUMENT_EXTENSIONS, '.yaml', '.yml'];

export interface FindProblem {
  path: string;
  message: string;
  /** A folder that exists but holds no file to scan (not a path that is missing). */
  empty?: true;
}

export interface FindOptions {
  /** Honour `.gitignore` files and `.git/info/exclude` (default true; `--no-ignore` turns it off). */
  gitignore?: boolean;
  /** Follow symbolic links met in a walk wherever they lead (default false: `--follow-symlinks`). */
  followSymlinks?: boolean;
}

export interface FoundFiles {
  /** Display paths (relative to the working directory unless given absolute), code-unit sorted, unique. */
  files: string[];
  problems: FindProblem[];
  /** Every argument named nothing at all (a path that does not exist, a glob that matched nothing). */
  allMissing: boolean;
  /** Files left out by a `.gitignore` or the configuration's `ignore`. */
  ignored: number;
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
  /** Files a `.gitignore` left out (absolute paths: overlapping arguments count a file once). */
  ignored: Set<string>;
  /** The `.gitignore` rules for a folder (undefined with --no-ignore). */
  gitignore: (dirAbs: string) => Promise<GitIgnore | undefined>;
  followSymlinks: boolean;
  /** The real path of the folder argument being walked. */
  root: string;
}

/** Whether the argument named anything at all (an empty folder did; a path that does not exist did not). */
type Expanded = { kind: 'missing' } | { kind: 'found' };

export async function findFiles(
  args: readonly string[],
  config: Config,
  cwd: string,
  options: FindOptions = {},
): Promise<FoundFiles> {
  const fromConfig = args.length === 0 && config.paths.length > 0;
  // Config paths are relative to the config file's folder; results are shown relative to cwd.
  const base = fromConfig ? configRoot(config, cwd) : cwd;
  const entries = args.length > 0 ? args : fromConfig ? config.paths : ['.'];
  const problems: FindProblem[] = [];
  const walk: Walk = {
    files: [],
    problems,
    ignored: new Set(),
    gitignore: gitignores(options.gitignore ?? true, cwd, problems),
    followSymlinks: options.followSymlinks ?? false,
    root: cwd,
  };
  const explicit = new Set<string>();
  let missing = 0;
  const toDisplay = (p: string): string => (base === cwd ? normalize(p) : relative(cwd, resolve(base, p)) || '.');
  for (const entry of entries) {
    const expanded = await expand(entry, base, toDisplay, walk, explicit);
    if (expanded.kind === 'missing') missing++;
  }

  const files: string[] = [];
  let configIgnored = 0;
  const seen = new Set<string>();
  for (const file of walk.files.sort(byCodeUnit)) {
    const key = resolve(cwd, file);
    if (seen.has(key)) continue;
    seen.add(key);
    if (isIgnored(file, config, cwd)) {
      if (explicit.has(file)) walk.problems.push({ path: file, message: 'ignored by the configuration' });
      configIgnored++;
      continue;
    }
    files.push(file);
  }
  return {
    files,
    problems: walk.problems,
    allMissing: entries.length > 0 && missing === entries.length,
    ignored: walk.ignored.size + configIgnored,
  };
}

/**
 * The `.gitignore` rules for a scanned folder: its repository's, or its own outside a repository.
 * Each argument gets the rules of its own folder, so the result does not depend on their order.
 */
function gitignores(enabled: boolean, cwd: string, problems: FindProblem[]): Walk['gitignore'] {
  if (!enabled) return () => Promise.resolve(undefined);
  const byTop = new Map<string, GitIgnore>();
  const reported = new Set<string>();
  const problem = (file: string, e: unknown): void => {
    if (reported.has(file)) return;
    reported.add(file);
    problems.push({ path: relative(cwd, file) || file, message: `${describe(e)}; its patterns are not applied` });
  };
  return async (dirAbs) => {
    const fresh = await GitIgnore.for(dirAbs, problem);
    const known = byTop.get(fresh.top);
    if (known) return known;
    byTop.set(fresh.top, fresh);
    return fresh;
  };
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
    const ignoredBefore = walk.ignored.size;
    walk.root = real;
    await walkDir(abs, display, new Set([real]), real, walk, await walk.gitignore(abs));
    if (walk.files.length === before) {
      const ignored = walk.ignored.size - ignoredBefore;
      walk.problems.push({
        path: display,
        message: `no ${SCAN_EXTENSIONS.join(', ')} files in this folder${ignored > 0 ? ` (${ignored} ignored by .gitignore)` : ''}`,
        empty: true,
      });
    }
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
  const named = matches.filter((m) => !skippedFile(basename(m)));
  // The pattern's fixed start (`forms` of `forms/**/*.pdf`) is named like a folder argument: taken as given.
  const start = resolve(base, picomatch.scan(pattern).base);
  const gitignore = named.length > 0 ? await walk.gitignore(start) : undefined;
  const kept: string[] = [];
  for (const m of named) {
    const abs = resolve(base, m);
    if (gitignore && (await gitignore.ignored(abs, false))) walk.ignored.add(abs);
    else kept.push(m);
  }
  if (kept.length === 0) {
    const ignored = named.length;
    walk.problems.push({
      path: pattern,
      message: ignored > 0 ? `matched no files (${ignored} ignored by .gitignore)` : 'matched no files',
    });
    return { kind: 'missing' };
  }
  for (const m of kept) walk.files.push(toDisplay(m));
  return { kind: 'found' };
}

/**
 * Depth-first walk of one folder. `ancestors` holds the real paths of the folders above (and
 * including) this one: with --follow-symlinks, a symlink resolving to one of them is a loop, reported
 * and not entered, and one to a folder elsewhere is followed (its files show under the link's path).
 * `gitignore`: the rules of the scanned folder, asked about each entry (an ignored folder is not entered).
 */
async function walkDir(
  dirAbs: string,
  dirDisplay: string,
  ancestors: Set<string>,
  dirReal: string,
  walk: Walk,
  gitignore: GitIgnore | undefined,
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
      if (skippedDir(d.name) || (await gitignore?.ignoredEntry(abs, true))) continue;
      const real = join(dirReal, d.name);
      await walkDir(abs, display, new Set([...ancestors, real]), real, walk, gitignore);
    } else if (d.isFile()) {
      if (!skippedFile(d.name) && wanted(d.name)) pick(abs, display, walk, await gitignore?.ignoredEntry(abs, false));
    } else if (d.isSymbolicLink()) {
      await followLink(abs, display, d.name, ancestors, walk, gitignore);
    } else if (wanted(d.name) && !skippedFile(d.name)) {
      // A FIFO never ends, a device never stops: named like a form, it is refused here, unopened.
      walk.problems.push({ path: display, message: `${specialKind(d)}, not a regular file; not read` });
    }
  }
}

const specialKind = (d: { isFIFO(): boolean; isSocket(): boolean }): string =>
  d.isFIFO() ? 'a FIFO' : d.isSocket() ? 'a socket' : 'a device';

/** Whether a real path lies within the real folder `root`. */
const inside = (real: string, root: string): boolean => {
  const rel = relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A file the walk wants: listed, or counted as ignored. */
function pick(abs: string, display: string, walk: Walk, ignored: boolean | undefined): void {
  if (ignored) walk.ignored.add(abs);
  else walk.files.push(display);
}

/**
 * A symbolic link met in a walk. By default a walk never leaves the folder it was given: a link that leads out
 * of it is reported and not followed, and a link to a place inside it is passed over quietly (the walk reaches
 * that place anyway; following it would report the same files twice). With --follow-symlinks every link is
 * followed, except one back to a folder above it (a loop, reported once).
 */
async function followLink(
  abs: string,
  display: string,
  name: string,
  ancestors: Set<string>,
  walk: Walk,
  gitignore: GitIgnore | undefined,
): Promise<void> {
  let target;
  let real: string;
  try {
    target = await stat(abs);
    real = await realpath(abs);
  } catch (e) {
    const code = errno(e);
    if (code === 'ELOOP') walk.problems.push({ path: display, message: 'symbolic link loop' });
    else if (wanted(name) && !skippedFile(name))
      walk.problems.push({ path: display, message: code === 'ENOENT' ? 'broken symbolic link' : describe(e) });
    return;
  }
  const matters = target.isDirectory() ? !skippedDir(name) : wanted(name) && !skippedFile(name);
  if (!matters) return;
  if (!walk.followSymlinks) {
    if (!inside(real, walk.root)) {
      walk.problems.push({
        path: display,
        message: 'symbolic link out of the folder; not followed (--follow-symlinks follows it)',
      });
    }
    return;
  }
  if (target.isDirectory()) {
    if (await gitignore?.ignoredEntry(abs, true)) return;
    if (ancestors.has(real)) {
      walk.problems.push({
        path: display,
        message: 'symbolic link loop (links back to a folder above it); not followed',
      });
      return;
    }
    await walkDir(abs, display, new Set([...ancestors, real]), real, walk, gitignore);
  } else if (target.isFile()) {
    pick(abs, display, walk, await gitignore?.ignoredEntry(abs, false));
  } else {
    walk.problems.push({ path: display, message: 'links to something that is not a regular file; not read' });
  }
}
