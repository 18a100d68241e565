/** Reading the policy flags of `check` and `scan` (`--fail-on`, `--max-warnings`); the policy itself is src/policy/. */
import { FAIL_ON_VALUES, type FailOn } from '../policy/policy.js';
import { UsageError } from './exit-codes.js';

export function failOnFlag(value: string): FailOn {
  if (!(FAIL_ON_VALUES as readonly string[]).includes(value)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${value}"`);
  }
  return value as FailOn;
}

export function maxWarningsFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings must be a whole number, not "${value}"`);
  return n;
}
