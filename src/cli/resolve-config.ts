/** `--config path`, `--no-config`, or the nearest assess.config.yaml upward from the working directory. */
import { relative, resolve } from 'node:path';
import { DEFAULT_CONFIG, findConfig, type Config } from '../config/config.js';
import { UsageError } from './exit-codes.js';

export async function resolveConfig(cwd: string, flag: string | boolean | undefined): Promise<Config> {
  if (flag === false) return DEFAULT_CONFIG;
  const file = typeof flag === 'string' ? resolve(cwd, flag) : findConfig(cwd);
  if (!file) return DEFAULT_CONFIG;
  const { loadConfig } = await import('../config/load-config.js');
  const result = loadConfig(file, typeof flag === 'string' ? flag : relative(cwd, file) || file);
  if (!result.ok) throw new UsageError(result.message);
  return result.config;
}
