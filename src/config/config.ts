/** `assess.config.yaml`: found from the working directory upward, or named with --config. */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { CodeVersion } from '../catalogue/types.js';
import type { Location } from '../ingest/document.js';
import type { RuleSettings } from '../rules/run-rules.js';
import type { Finding } from '../rules/types.js';

/** picomatch is loaded only when a configuration has globs. */
const picomatch = (patterns: string | string[], options: { dot: boolean }): ((path: string) => boolean) =>
  (createRequire(import.meta.url)('picomatch') as typeof import('picomatch'))(patterns, options);

/** A matcher for one glob of the configuration (paths relative to its folder, dot files included). */
export const globMatcher = (pattern: string): ((path: string) => boolean) => picomatch(pattern, { dot: true });

export const CONFIG_NAMES = ['assess.config.yaml', 'assess.config.yml'];

export interface Suppression {
  files?: string;
  provision?: string;
  rule: string;
  reason: string;
  location?: Location;
}

export interface Config {
  /** The file it came from; undefined for the built-in defaults. */
  file?: string;
  code?: CodeVersion;
  rules: RuleSettings;
  paths: string[];
  ignore: string[];
  suppressions: Suppression[];
}

export const DEFAULT_CONFIG: Config = { rules: {}, paths: [], ignore: [], suppressions: [] };

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Where suppression and ignore globs are relative to: the config file's folder, else the working directory. */
export const configRoot = (config: Config, cwd: string): string => (config.file ? dirname(config.file) : cwd);

const toPosix = (p: string): string => p.split(sep).join('/');

export function relativeToRoot(file: string, root: string, cwd: string): string {
  return toPosix(relative(root, resolve(cwd, file)));
}

export interface SuppressionOutcome {
  kept: Finding[];
  /** Suppressions that matched nothing in this run. */
  unused: Suppression[];
}

export function applySuppressions(findings: Finding[], config: Config, cwd: string): SuppressionOutcome {
  const root = configRoot(config, cwd);
  const matchers = config.suppressions.map((s) => ({
    s,
    files: s.files ? picomatch(s.files, { dot: true }) : () => true,
    used: false,
  }));
  const kept = findings.filter((f) => {
    const rel = relativeToRoot(f.file, root, cwd);
    const hit = matchers.find(
      (m) => m.s.rule === f.rule && (m.s.provision === undefined || m.s.provision === f.provision) && m.files(rel),
    );
    if (hit) hit.used = true;
    return !hit;
  });
  return { kept, unused: matchers.filter((m) => !m.used).map((m) => m.s) };
}

export function isIgnored(file: string, config: Config, cwd: string): boolean {
  if (config.ignore.length === 0) return false;
  return picomatch(config.ignore, { dot: true })(relativeToRoot(file, configRoot(config, cwd), cwd));
}
