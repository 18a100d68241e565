/**
 * Every formatter, keyed by its `--format` value. Each is loaded only when asked for, so a run
 * that prints `stylish` does not pay for SARIF hashing or the CSV writer at start-up.
 */
import type { Formatter } from '../types.js';

export const formatters: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
  csv: async () => (await import('./csv.js')).csv,
};

export const formatNames = Object.keys(formatters);
