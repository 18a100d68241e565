/**
 * The user's cache folder for assess: `$XDG_CACHE_HOME/assess`, `%LOCALAPPDATA%\assess\Cache` on Windows, else
 * `~/.cache/assess`. `scan --cache` keeps its reports there by default, and the CLI and its file workers their
 * compiled code, in `compile/` (src/util/code-cache.ts).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env['XDG_CACHE_HOME']) return join(env['XDG_CACHE_HOME'], 'assess');
  if (process.platform === 'win32' && env['LOCALAPPDATA']) return join(env['LOCALAPPDATA'], 'assess', 'Cache');
  return join(homedir(), '.cache', 'assess');
}

/** The folder of compiled code; undefined when `NODE_DISABLE_COMPILE_CACHE` (Node 22's switch) is set. */
export function codeCacheDir(env: Record<string, string | undefined>): string | undefined {
  return env['NODE_DISABLE_COMPILE_CACHE'] ? undefined : join(defaultCacheDir(env), 'compile');
}
