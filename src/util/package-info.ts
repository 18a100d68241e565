/**
 * What the installed package says of itself (its package.json): the version, and the web address of its
 * repository, where the README's rule anchors are (SARIF `helpUri`, the Markdown report's links). No repository
 * declared, no address: a help link to a placeholder host is worse than none.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from './package-path.js';

export interface PackageInfo {
  version: string;
  /** https://host/owner/name, from `repository` (a string or `{ url }`, with or without `git+` and `.git`). */
  repository?: string;
}

/** An https web address for a package.json `repository` field; undefined for anything else (ssh, file, none). */
export function repositoryUrl(field: unknown): string | undefined {
  const raw = typeof field === 'string' ? field : (field as { url?: unknown } | null)?.url;
  if (typeof raw !== 'string') return undefined;
  const github = /^github:([\w.-]+\/[\w.-]+)$/.exec(raw) ?? /^([\w.-]+\/[\w.-]+)$/.exec(raw);
  const url = github ? `https://github.com/${github[1]}` : raw.replace(/^git\+/, '');
  return /^https:\/\/[^/\s]+\/[^\s]+$/.test(url) ? url.replace(/\.git$/, '').replace(/\/+$/, '') : undefined;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (!cached) {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as {
      version: string;
      repository?: unknown;
    };
    const repository = repositoryUrl(pkg.repository);
    cached = { version: pkg.version, ...(repository ? { repository } : {}) };
  }
  return cached;
}
