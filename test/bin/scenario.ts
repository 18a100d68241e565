/**
 * Scenarios over the shipped binary: each file in test/bin/scenarios/ is a YAML list of runs of
 * `node bin/assess.js ARGV...` in a scratch folder, with the files to create there and what stdout,
 * stderr, the exit code and any written files must hold. This module loads (strictly: an unknown or
 * misspelt key is an error, so no expectation is silently ignored), prepares and runs them.
 *
 * A scenario:
 *   name: unique title
 *   argv: [check, form.yaml]                    # after `assess`
 *   before: [[check, form.yaml, --write-baseline, b.json]]   # runs first, in the same folder (exit ignored)
 *   stdin: fixtures/docx/messy-2024.docx         # a repo file piped to standard input (default: none)
 *   files:                                      # created in the scratch folder (the cwd)
 *     form.yaml: { copy: fixtures/forms/council-2024.yaml }   # a repo file
 *     assess.config.yaml: "rules: ..."          # inline text
 *     acme-homes.docx: { docx: { rows: [[...], ...] } }         # a table DOCX built with the docx package
 *     emptydir/: null                           # a folder
 *   env: { COLUMNS: "200", NO_COLOR: null }     # added to {PATH, NO_COLOR: "1"}; null removes
 *   bin: isolated                               # run a copy of bin/assess.js with no dist/ beside it
 *   pipeToHead: 1                               # close stdout after this many lines (0: before any)
 *   exit: 1
 *   stdout: "exact text" | { exact, match: [regex...], notMatch: [regex...], json: true, jsonHas: {a.0.b: v} }
 *   stderr: same as stdout
 *   outputFiles: { report.json: <same as stdout> }   # files the run must have written
 *   note: why (shown when the scenario fails, e.g. the fix it waits for)
 *   timeout: 30                                 # seconds
 *   offline: true                               # no network: under `unshare -n` (root), else with every socket,
 *                                               # DNS lookup and fetch made to fail (test/bin/offline.mjs)
 *
 * A regex is written "/source/flags" or as a bare source. Every run's stderr is also checked for
 * stack traces (`at fn (file:1:2)`, `node:internal`), since no command may print one without --debug.
 */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Paragraph } from 'docx';
import { parse } from 'yaml';
import { docxBytes, headerRow, row, table } from '../docx/build-docx.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const scenarioDir = fileURLToPath(new URL('./scenarios/', import.meta.url));
/** The binary under test: the repo's bin/assess.js, or ASSESS_SCENARIO_BIN (e.g. an installed or packed copy). */
export const binPath = process.env['ASSESS_SCENARIO_BIN']
  ? resolve(process.env['ASSESS_SCENARIO_BIN'])
  : join(repoRoot, 'bin', 'assess.js');

/** No command prints a stack trace unless --debug is given. */
export const STACK_TRACE = [/\bat .*\(.*:\d+:\d+\)/, /node:internal/, /^\s+at \S+:\d+:\d+$/m];

export interface TextExpectation {
  exact?: string;
  match: RegExp[];
  notMatch: RegExp[];
  json: boolean;
  jsonHas: Record<string, unknown>;
}

export type FileSpec =
  | { kind: 'text'; text: string }
  | { kind: 'copy'; from: string }
  | { kind: 'docx'; title?: string; paragraphs: string[]; rows: string[][] }
  | { kind: 'dir' };

export interface Scenario {
  name: string;
  source: string;
  argv: string[];
  /** Runs of the binary made first, in the same folder, whose outcome is not checked. */
  before: string[][];
  /** A repo file piped to standard input. */
  stdin?: string;
  files: Record<string, FileSpec>;
  env: Record<string, string | null>;
  bin: 'repo' | 'isolated';
  pipeToHead?: number;
  exit: number;
  stdout?: TextExpectation;
  stderr?: TextExpectation;
  outputFiles: Record<string, TextExpectation>;
  note?: string;
  timeoutMs: number;
  offline: boolean;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  cwd: string;
  /** Contents of the scenario's outputFiles after the run (undefined: not written). */
  written: Record<string, string | undefined>;
}

const SCENARIO_KEYS = new Set([
  'name',
  'argv',
  'before',
  'stdin',
  'files',
  'env',
  'bin',
  'pipeToHead',
  'exit',
  'stdout',
  'stderr',
  'outputFiles',
  'note',
  'timeout',
  'offline',
]);
const EXPECTATION_KEYS = new Set(['exact', 'match', 'notMatch', 'json', 'jsonHas']);

class ScenarioError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, message: string): never {
  throw new ScenarioError(`${where}: ${message}`);
}

function onlyKeys(value: Record<string, unknown>, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(value))
    if (!allowed.has(key)) fail(where, `unknown key "${key}" (allowed: ${[...allowed].join(', ')})`);
}

export function toRegExp(value: unknown, where: string): RegExp {
  if (typeof value !== 'string' || value === '') fail(where, 'a pattern must be a non-empty string');
  const m = /^\/(.+)\/([dgimsuvy]*)$/s.exec(value);
  try {
    return m ? new RegExp(m[1] ?? '', m[2]) : new RegExp(value);
  } catch (e) {
    return fail(where, `bad pattern ${value}: ${(e as Error).message}`);
  }
}

function patterns(value: unknown, where: string): RegExp[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(where, 'must be a list of patterns');
  return value.map((p, i) => toRegExp(p, `${where}[${i}]`));
}

function expectation(value: unknown, where: string): TextExpectation {
  if (typeof value === 'string') return { exact: value, match: [], notMatch: [], json: false, jsonHas: {} };
  if (!isRecord(value)) fail(where, 'must be the exact text or a mapping of exact/match/notMatch/json/jsonHas');
  onlyKeys(value, EXPECTATION_KEYS, where);
  if (value['exact'] !== undefined && typeof value['exact'] !== 'string') fail(where, 'exact must be a string');
  if (value['json'] !== undefined && typeof value['json'] !== 'boolean') fail(where, 'json must be true or false');
  if (value['jsonHas'] !== undefined && !isRecord(value['jsonHas'])) fail(where, 'jsonHas must be a mapping');
  const jsonHas = (value['jsonHas'] ?? {}) as Record<string, unknown>;
  const out: TextExpectation = {
    match: patterns(value['match'], `${where}.match`),
    notMatch: patterns(value['notMatch'], `${where}.notMatch`),
    json: value['json'] === true || Object.keys(jsonHas).length > 0,
    jsonHas,
  };
  if (typeof value['exact'] === 'string') out.exact = value['exact'];
  if (out.exact === undefined && out.match.length + out.notMatch.length === 0 && !out.json)
    fail(where, 'expects nothing: give exact, match, notMatch or json');
  return out;
}

function fileSpec(name: string, value: unknown, where: string): FileSpec {
  if (name.endsWith('/')) {
    if (value !== null) fail(where, 'a folder (name ending in /) takes null');
    return { kind: 'dir' };
  }
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (isRecord(value) && typeof value['copy'] === 'string' && Object.keys(value).length === 1)
    return { kind: 'copy', from: value['copy'] };
  if (isRecord(value) && isRecord(value['docx']) && Object.keys(value).length === 1) {
    const d = value['docx'];
    onlyKeys(d, new Set(['title', 'paragraphs', 'rows']), `${where}.docx`);
    const rows = d['rows'];
    if (!Array.isArray(rows) || rows.length === 0 || !rows.every((r) => Array.isArray(r)))
      fail(where, 'docx.rows must be a list of rows (the first is the header), each a list of cell texts');
    const spec: FileSpec = {
      kind: 'docx',
      paragraphs: Array.isArray(d['paragraphs']) ? d['paragraphs'].map(String) : [],
      rows: rows.map((r: unknown[]) => r.map((c) => String(c ?? ''))),
    };
    if (typeof d['title'] === 'string') spec.title = d['title'];
    return spec;
  }
  return fail(where, 'must be inline text, { copy: repo/path }, { docx: { rows } } or (for name/) null');
}

function scenario(value: unknown, source: string, index: number): Scenario {
  const where = `${source}[${index}]`;
  if (!isRecord(value)) fail(where, 'a scenario must be a mapping');
  onlyKeys(value, SCENARIO_KEYS, where);
  const name = value['name'];
  if (typeof name !== 'string' || name.trim() === '') fail(where, 'name is required');
  const at = `${source}: "${name}"`;
  const argv = value['argv'];
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string' || typeof a === 'number'))
    fail(at, 'argv must be a list of strings');
  if (!Number.isInteger(value['exit'])) fail(at, 'exit (the expected exit code) is required');
  const before = value['before'] ?? [];
  const isArgv = (a: unknown): a is (string | number)[] =>
    Array.isArray(a) && a.every((x) => typeof x === 'string' || typeof x === 'number');
  if (!Array.isArray(before) || !before.every(isArgv)) fail(at, 'before must be a list of argv lists');
  const files: Record<string, FileSpec> = {};
  if (value['files'] !== undefined) {
    if (!isRecord(value['files'])) fail(at, 'files must be a mapping of path to content');
    for (const [file, spec] of Object.entries(value['files']))
      files[file] = fileSpec(file, spec, `${at} files.${file}`);
  }
  const env: Record<string, string | null> = {};
  if (value['env'] !== undefined) {
    if (!isRecord(value['env'])) fail(at, 'env must be a mapping');
    for (const [k, v] of Object.entries(value['env'])) {
      if (v !== null && typeof v !== 'string') fail(at, `env.${k} must be a string (quote numbers) or null`);
      env[k] = v;
    }
  }
  const bin = value['bin'] ?? 'repo';
  if (bin !== 'repo' && bin !== 'isolated') fail(at, 'bin must be repo or isolated');
  const pipeToHead = value['pipeToHead'];
  if (pipeToHead !== undefined && (!Number.isInteger(pipeToHead) || (pipeToHead as number) < 0))
    fail(at, 'pipeToHead must be a number of lines (0 or more)');
  const timeout = value['timeout'] ?? 30;
  if (typeof timeout !== 'number' || timeout <= 0) fail(at, 'timeout must be a positive number of seconds');
  const outputFiles: Record<string, TextExpectation> = {};
  if (value['outputFiles'] !== undefined) {
    if (!isRecord(value['outputFiles'])) fail(at, 'outputFiles must be a mapping');
    for (const [file, e] of Object.entries(value['outputFiles']))
      outputFiles[file] = expectation(e, `${at} outputFiles.${file}`);
  }
  if (value['note'] !== undefined && typeof value['note'] !== 'string') fail(at, 'note must be text');
  const out: Scenario = {
    name,
    source,
    argv: argv.map(String),
    before: (before as (string | number)[][]).map((a) => a.map(String)),
    files,
    env,
    bin,
    exit: value['exit'] as number,
    outputFiles,
    timeoutMs: timeout * 1000,
    offline: value['offline'] === true,
  };
  if (value['offline'] !== undefined && typeof value['offline'] !== 'boolean')
    fail(at, 'offline must be true or false');
  if (pipeToHead !== undefined) out.pipeToHead = pipeToHead as number;
  if (value['stdin'] !== undefined) {
    if (typeof value['stdin'] !== 'string') fail(at, 'stdin must be the path of a repo file');
    out.stdin = value['stdin'];
  }
  if (value['stdout'] !== undefined) out.stdout = expectation(value['stdout'], `${at} stdout`);
  if (value['stderr'] !== undefined) out.stderr = expectation(value['stderr'], `${at} stderr`);
  if (typeof value['note'] === 'string') out.note = value['note'];
  return out;
}

/** Every scenario of every test/bin/scenarios/*.yaml, in file order; throws on a malformed one or a repeated name. */
export function loadScenarios(dir = scenarioDir): Scenario[] {
  const all: Scenario[] = [];
  const names = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const doc: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(doc)) throw new ScenarioError(`${file}: must be a YAML list of scenarios`);
    doc.forEach((value, i) => {
      const s = scenario(value, file, i);
      if (names.has(s.name)) throw new ScenarioError(`${file}: scenario name "${s.name}" is used twice`);
      names.add(s.name);
      all.push(s);
    });
  }
  return all;
}

async function prepare(s: Scenario): Promise<{ cwd: string; bin: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'assess-scenario-'));
  for (const [name, spec] of Object.entries(s.files)) {
    const path = resolve(cwd, name);
    if (spec.kind === 'dir') {
      mkdirSync(path, { recursive: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    if (spec.kind === 'text') writeFileSync(path, spec.text);
    else if (spec.kind === 'copy') copyFileSync(join(repoRoot, spec.from), path);
    else {
      const [header = [], ...body] = spec.rows;
      const blocks = [
        ...spec.paragraphs.map((p) => new Paragraph(p)),
        table([headerRow(header), ...body.map((r) => row(r))]),
      ];
      writeFileSync(path, await docxBytes(blocks, spec.title ? { title: spec.title } : {}));
    }
  }
  if (s.bin === 'repo') return { cwd, bin: binPath };
  // The bin alone, as if the package were installed without its build: ../dist/ does not exist.
  const bin = join(cwd, 'bin', 'assess.js');
  mkdirSync(dirname(bin), { recursive: true });
  copyFileSync(binPath, bin);
  return { cwd, bin };
}

/** Run the scenario's command line in a fresh scratch folder. */
/** Whether this process may cut a child off the network (`unshare -n`: root, or user namespaces allowed). */
let unshareWorks: boolean | undefined;
export const canUnshare = (): boolean =>
  (unshareWorks ??= spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0);

/** The command line of an offline run: in a network namespace of its own, else with the network calls refused. */
function offline(bin: string, argv: string[], env: Record<string, string>): [string, string[]] {
  if (canUnshare()) return ['unshare', ['-n', process.execPath, bin, ...argv]];
  env['NODE_OPTIONS'] = `--import=${join(repoRoot, 'test', 'bin', 'offline.mjs')}`;
  return [process.execPath, [bin, ...argv]];
}

export async function runScenario(s: Scenario): Promise<RunResult> {
  const { cwd, bin } = await prepare(s);
  const env: Record<string, string> = { NO_COLOR: '1' };
  if (process.env['PATH']) env['PATH'] = process.env['PATH'];
  for (const [k, v] of Object.entries(s.env)) {
    if (v === null) delete env[k];
    else env[k] = v;
  }
  for (const argv of s.before) spawnSync(process.execPath, [bin, ...argv], { cwd, env, stdio: 'ignore' });
  const [command, args] = s.offline ? offline(bin, s.argv, env) : [process.execPath, [bin, ...s.argv]];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: [s.stdin !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'] as ['pipe' | 'ignore', 'pipe', 'pipe'],
    }) as ChildProcessByStdio<Writable | null, Readable, Readable>;
    if (s.stdin !== undefined) child.stdin?.end(readFileSync(join(repoRoot, s.stdin)));
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, s.timeoutMs);
    const closeAfter = s.pipeToHead;
    // Like `| head -n N`: the reader goes away after N lines, and the CLI's next write meets EPIPE.
    if (closeAfter === 0) child.stdout.destroy();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (closeAfter !== undefined && stdout.split('\n').length > closeAfter) {
        stdout = stdout.split('\n').slice(0, closeAfter).join('\n');
        child.stdout.destroy();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const written: Record<string, string | undefined> = {};
      for (const file of Object.keys(s.outputFiles)) {
        try {
          written[file] = readFileSync(join(cwd, file), 'utf8');
        } catch {
          written[file] = undefined;
        }
      }
      resolvePromise({ code, signal, stdout, stderr, timedOut, cwd, written });
    });
  });
}

/** `files.0.counts.warning` in a parsed JSON value; numeric segments index arrays, `length` works on arrays. */
export function jsonPath(value: unknown, path: string): { found: boolean; value: unknown } {
  let current: unknown = value;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(segment in current))
      return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** Problems with one text against its expectation; empty when it holds. */
export function checkText(label: string, text: string, e: TextExpectation): string[] {
  const problems: string[] = [];
  if (e.exact !== undefined && text !== e.exact)
    problems.push(`${label} is not exactly ${JSON.stringify(e.exact)}; it is ${JSON.stringify(text)}`);
  for (const re of e.match) if (!re.test(text)) problems.push(`${label} does not match ${re}`);
  for (const re of e.notMatch) {
    const m = re.exec(text);
    if (m) problems.push(`${label} must not match ${re}, but has ${JSON.stringify(m[0].slice(0, 200))}`);
  }
  if (e.json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      problems.push(`${label} is not JSON: ${(err as Error).message}`);
      return problems;
    }
    for (const [path, want] of Object.entries(e.jsonHas)) {
      const got = jsonPath(parsed, path);
      if (!got.found) problems.push(`${label} JSON has no ${path}`);
      else if (JSON.stringify(got.value) !== JSON.stringify(want))
        problems.push(`${label} JSON ${path} is ${JSON.stringify(got.value)}, expected ${JSON.stringify(want)}`);
    }
  }
  return problems;
}

const excerpt = (text: string): string =>
  text.length > 1500 ? `${text.slice(0, 1500)}\n[… ${text.length} chars]` : text;

/** Every way the run differs from the scenario, with the run's output for context; empty when it passes. */
export function verify(s: Scenario, r: RunResult): string[] {
  const problems: string[] = [];
  if (r.timedOut) problems.push(`timed out after ${s.timeoutMs / 1000}s`);
  if (r.code !== s.exit) problems.push(`exit code ${r.code ?? `signal ${r.signal}`}, expected ${s.exit}`);
  if (s.stdout) problems.push(...checkText('stdout', r.stdout, s.stdout));
  if (s.stderr) problems.push(...checkText('stderr', r.stderr, s.stderr));
  for (const re of STACK_TRACE) {
    const m = re.exec(r.stderr);
    if (m) problems.push(`stderr has a stack trace: ${JSON.stringify(m[0])}`);
  }
  for (const [file, e] of Object.entries(s.outputFiles)) {
    const text = r.written[file];
    if (text === undefined) problems.push(`${file} was not written`);
    else problems.push(...checkText(file, text, e));
  }
  if (problems.length === 0) return [];
  return [
    `scenario "${s.name}" (${s.source}): assess ${s.argv.join(' ')}`,
    ...(s.note ? [`note: ${s.note}`] : []),
    ...problems.map((p) => `  ✗ ${p}`),
    `--- exit ${r.code}; stdout:\n${excerpt(r.stdout)}\n--- stderr:\n${excerpt(r.stderr)}`,
  ];
}
