/**
 * Vitest globalSetup: rebuild dist/ (`npm run build`) when it is missing or older than its inputs, so the
 * tests that run the shipped binary (test/bin/scenarios.test.ts, test/scan/scan-cli.test.ts) never test a
 * stale bundle. Inputs: src/, codes/, schemas/, scripts/*.mjs (not scripts/fixtures/) and package.json.
 * Outputs: dist/boot.cjs, dist/main.cjs, dist/worker.cjs, dist/ocr.js, dist/generated/validators/*.cjs and
 * dist/codes/*.json; the oldest of them counts, so a build that stopped half-way is redone. With a fresh dist/
 * this only reads mtimes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Newest modification time of the files below dir (recursive), or of the matching files directly in it. */
function newest(dir: string, recursive: boolean, keep: (name: string) => boolean = () => true): number {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) latest = Math.max(latest, newest(path, true, keep));
    } else if (keep(entry.name)) {
      latest = Math.max(latest, statSync(path).mtimeMs);
    }
  }
  return latest;
}

/** Oldest build output's mtime; 0 when any is missing. */
function builtAt(): number {
  const dist = join(root, 'dist');
  const outputs = [
    'boot.cjs',
    'main.cjs',
    'worker.cjs',
    'worker-main.cjs',
    'ocr.js',
    ...['assessment', 'catalogue', 'config', 'crosswalk'].map((name) => join('generated', 'validators', `${name}.cjs`)),
  ].map((f) => join(dist, f));
  const codes = join(dist, 'codes');
  if (!outputs.every((f) => existsSync(f)) || !existsSync(codes)) return 0;
  const catalogues = readdirSync(codes).filter((f) => f.endsWith('.json'));
  const sources = readdirSync(join(root, 'codes')).filter((f) => f.endsWith('.yaml'));
  if (catalogues.length < sources.length) return 0;
  return Math.min(...[...outputs, ...catalogues.map((f) => join(codes, f))].map((f) => statSync(f).mtimeMs));
}

export function buildIsStale(): { stale: boolean; reason: string } {
  const built = builtAt();
  if (built === 0) return { stale: true, reason: 'dist/ is missing or incomplete' };
  const inputs = Math.max(
    newest(join(root, 'src'), true),
    newest(join(root, 'codes'), true),
    newest(join(root, 'schemas'), true),
    newest(join(root, 'scripts'), false, (name) => name.endsWith('.mjs')),
    statSync(join(root, 'package.json')).mtimeMs,
  );
  return inputs > built
    ? { stale: true, reason: 'dist/ is older than its sources' }
    : { stale: false, reason: 'dist/ is fresh' };
}

/** One build at a time per checkout: two test runs started together must not both empty and refill dist/. */
const lockDir = join(tmpdir(), `assess-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

async function withBuildLock(build: () => void): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    // Another run may have finished the build while this one waited.
    if (buildIsStale().stale) build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export default async function setup(): Promise<void> {
  const { stale, reason } = buildIsStale();
  if (!stale) return;
  await withBuildLock(() => {
    process.stderr.write(`build-if-stale: ${reason}; running npm run build\n`);
    // The build's own output goes to stderr, so it never mixes with a reporter writing to stdout.
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    });
  });
}
