/** Setting one of V8's flags for the process at run time (`v8.setFlagsFromString`), unless node was given it. */
import { setFlagsFromString } from 'node:v8';

/**
 * Sets `--<name>=<value>` unless `execArgv` (node's own options) already names the flag, in either spelling
 * (`-` or `_`), and says whether it did. V8's flags are the process's: its worker threads started afterwards have
 * them too.
 */
export function setV8FlagUnlessGiven(name: string, value: number, execArgv: readonly string[]): boolean {
  const spelled = (flag: string): string => flag.replace(/^--/, '').split('=')[0]?.replace(/_/g, '-') ?? '';
  if (execArgv.some((a) => spelled(a) === name)) return false;
  setFlagsFromString(`--${name}=${value}`);
  return true;
}
