/** Flags shared by `check`, `scan` and `normalise`, and turning them into pipeline options. */
import { Option, type Command } from 'commander';
import { isCodeVersion } from '../catalogue/load.js';
import { CODE_VERSIONS, type CodeVersion } from '../catalogue/types.js';
import { OCR_MODES, type OcrMode } from '../ingest/ocr/ocr-mode.js';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../pipeline/options.js';
import { DEFAULT_BUDGET, type Budget } from '../workers/budget.js';
import { UsageError } from './exit-codes.js';

export interface ReadFlags {
  code?: string;
  maxSize?: string;
  maxPages?: string;
  password?: string;
  ocr?: string;
}

export function addReadFlags(command: Command): Command {
  return command
    .addOption(new Option('--code <version>', `force the Code version (${CODE_VERSIONS.join(', ')})`))
    .addOption(
      new Option('--max-size <MiB>', 'largest input file read').default(
        String(DEFAULT_READ_OPTIONS.maxBytes / 2 ** 20),
      ),
    )
    .addOption(new Option('--max-pages <n>', 'most PDF pages read').default(String(DEFAULT_READ_OPTIONS.maxPages)))
    .addOption(new Option('--password <password>', 'password of an encrypted PDF'))
    .addOption(
      new Option(
        '--ocr <mode>',
        'read scanned PDF pages by OCR: auto (image pages without text), always, never',
      ).choices(OCR_MODES),
    );
}

const positive = (value: string | undefined, flag: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number, not "${value}"`);
  return n;
};

export function codeFlag(value: string | undefined): CodeVersion | undefined {
  if (value === undefined) return undefined;
  if (!isCodeVersion(value)) throw new UsageError(`unknown --code "${value}" (one of: ${CODE_VERSIONS.join(', ')})`);
  return value;
}

export function readOptions(flags: ReadFlags, configCode?: CodeVersion): ReadOptions {
  const maxBytes = Math.round(positive(flags.maxSize, '--max-size', DEFAULT_READ_OPTIONS.maxBytes / 2 ** 20) * 2 ** 20);
  const code = codeFlag(flags.code) ?? configCode;
  return {
    maxBytes,
    maxExpandedBytes: Math.max(DEFAULT_READ_OPTIONS.maxExpandedBytes, maxBytes * 4),
    maxPages: Math.floor(positive(flags.maxPages, '--max-pages', DEFAULT_READ_OPTIONS.maxPages)),
    ...(code ? { code } : {}),
    ...(flags.password !== undefined ? { password: flags.password } : {}),
    ...(flags.ocr !== undefined ? { ocr: flags.ocr as OcrMode } : {}),
  };
}

export interface BudgetFlags {
  timeout: string;
  maxMemory: string;
}

/** `--timeout` and `--max-memory`: what one file may cost (`check` and `scan`). */
export function addBudgetFlags(command: Command): Command {
  return command
    .option(
      '--timeout <seconds>',
      'give up on a file after this long: it is reported unreadable (timeout) and the run goes on',
      String(DEFAULT_BUDGET.timeoutMs / 1000),
    )
    .option(
      '--max-memory <MiB>',
      'memory (heap) one DOCX or PDF may take to read: past it the file is reported unreadable (too-large)',
      String(DEFAULT_BUDGET.maxMemoryMib),
    );
}

export function budgetOptions(flags: BudgetFlags): Budget {
  const seconds = Number(flags.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--timeout must be a positive number of seconds, not "${flags.timeout}"`);
  }
  const mib = Number(flags.maxMemory);
  if (!Number.isFinite(mib) || mib < 32) {
    throw new UsageError(`--max-memory must be a number of MiB, at least 32, not "${flags.maxMemory}"`);
  }
  return { timeoutMs: Math.round(seconds * 1000), maxMemoryMib: Math.round(mib) };
}
