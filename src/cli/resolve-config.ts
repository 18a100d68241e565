/** `--config path`, `--no-config`, or the nearest assess.config.yaml upward from the working directory. */
import { relative, resolve } from 'node:path';
import { DEFAULT_CONFIG, findConfig, loadConfig, type Config } from '../config/config.js';
import { UsageError } from './exit-codes.js';

export function resolveConfig(cwd: string, flag: string | boolean | undefined): Config {
  if (flag === false) return DEFAULT_CONFIG;
  const file = typeof flag === 'string' ? resolve(cwd, flag) : findConfig(cwd);
  if (!file) return DEFAULT_CONFIG;
  const result = loadConfig(file, typeof flag === 'string' ? flag : relative(cwd, file) || file);
  if (!result.ok) throw new UsageError(result.message);
  return result.config;
}
