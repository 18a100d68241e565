/**
 * The user's cache folder for assess: `$XDG_CACHE_HOME/assess`, `%LOCALAPPDATA%\assess\Cache` on Windows, else
 * `~/.cache/assess`. `scan --cache` keeps its reports there by default, and the CLI its compiled code
 * (src/cli/boot.ts).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env['XDG_CACHE_HOME']) return join(env['XDG_CACHE_HOME'], 'assess');
  if (process.platform === 'win32' && env['LOCALAPPDATA']) return join(env['LOCALAPPDATA'], 'assess', 'Cache');
  return join(homedir(), '.cache', 'assess');
}
