/** Reading and validating an `assess.config.yaml` (loaded only when one is found). */
import { readFileSync } from 'node:fs';
import type { CodeVersion } from '../catalogue/types.js';
import { fileAt as at } from '../report/location-text.js';
import { pointerToPath, readYaml } from '../ingest/yaml/read-yaml.js';
import { ruleById, rules } from '../rules/index.js';
import type { RuleSetting } from '../rules/run-rules.js';
import { validateConfig } from '../schemas/validators.js';
import type { ConfigResult, Suppression } from './config.js';
import { didYouMean } from '../util/did-you-mean.js';

export function loadConfig(file: string, display: string): ConfigResult {
  let src: string;
  try {
    src = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `${display}: config file not found` };
  }
  const read = readYaml(src);
  if (!read.ok)
    return {
      ok: false,
      message: `${at(display, read.problem.line !== undefined ? { line: read.problem.line, ...(read.problem.column !== undefined ? { column: read.problem.column } : {}) } : undefined)}: YAML syntax error: ${read.problem.message}`,
    };
  const data = read.data ?? {};
  const problems = validateConfig(data);
  const first = problems[0];
  if (first) {
    const path = pointerToPath(first.instancePath);
    return { ok: false, message: `${at(display, read.locate(path))}: ${path.join('.') || 'config'}: ${first.message}` };
  }
  const raw = data as {
    code?: CodeVersion;
    rules?: Record<string, RuleSetting>;
    paths?: string[];
    ignore?: string[];
    suppressions?: Omit<Suppression, 'location'>[];
  };
  for (const id of Object.keys(raw.rules ?? {})) {
    if (!ruleById(id))
      return {
        ok: false,
        message: `${at(display, read.locate(['rules', id]))}: unknown rule "${id}"${didYouMean(
          id,
          rules.map((r) => r.id),
        )} (see \`assess explain\`)`,
      };
  }
  const suppressions: Suppression[] = [];
  for (const [i, s] of (raw.suppressions ?? []).entries()) {
    if (!ruleById(s.rule))
      return {
        ok: false,
        message: `${at(display, read.locate(['suppressions', i, 'rule']))}: unknown rule "${s.rule}"${didYouMean(
          s.rule,
          rules.map((r) => r.id),
        )}`,
      };
    const location = read.locate(['suppressions', i]);
    suppressions.push({ ...s, ...(location ? { location } : {}) });
  }
  return {
    ok: true,
    config: {
      file,
      ...(raw.code ? { code: raw.code } : {}),
      rules: raw.rules ?? {},
      paths: raw.paths ?? [],
      ignore: raw.ignore ?? [],
      suppressions,
    },
  };
}
