/**
 * JSON Schema validators for the files `assess` reads. The build precompiles them
 * (scripts/compile-schemas.mjs → dist/generated/validators/<name>.cjs, one per schema, also bundled into the CLI:
 * bundled-validators.ts) so start-up stays fast;
 * from source (tests) they are compiled with ajv on first use. Which one is fixed by the way of running
 * (util/build-mode.ts), never by comparing file dates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BUNDLED } from '../util/build-mode.js';
import { packagePath } from '../util/package-path.js';
import { BUNDLED_VALIDATORS } from './bundled-validators.js';
import type { CompiledValidator, SchemaName } from './validator-types.js';

export interface SchemaProblem {
  /** JSON pointer into the data, e.g. "/provisions/3/comply". */
  instancePath: string;
  message: string;
}

const validators = new Map<SchemaName, CompiledValidator>();

/** The bundle's validator of one schema, precompiled by the build from the same schema. */
const precompiled = (name: SchemaName): CompiledValidator =>
  (
    createRequire(import.meta.url)(packagePath('dist', 'generated', 'validators', `${name}.cjs`)) as Record<
      SchemaName,
      CompiledValidator
    >
  )[name];

/** From source (no build): compile with ajv now. Loaded with require so it stays synchronous. */
function compileAtRuntime(name: SchemaName): CompiledValidator {
  const require = createRequire(import.meta.url);
  const { Ajv } = require('ajv') as typeof import('ajv');
  const addFormats = (require('ajv-formats') as { default: (ajv: unknown, formats: string[]) => void }).default;
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv, ['date']);
  const schema: unknown = JSON.parse(readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8'));
  return ajv.compile(schema as object) as unknown as CompiledValidator;
}

/** A validator: bundled into the CLI, else precompiled when built (the worker), else compiled on first use. */
function get(name: SchemaName): CompiledValidator {
  const ready = validators.get(name);
  if (ready) return ready;
  const v = BUNDLED_VALIDATORS?.[name]?.() ?? (BUNDLED ? precompiled(name) : compileAtRuntime(name));
  validators.set(name, v);
  return v;
}

function run(name: SchemaName, data: unknown): SchemaProblem[] {
  const validate = get(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    message: describe(e),
  }));
}

/** A key as one short line: a message quotes it, whatever the file holds. */
function oneLine(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function describe(e: { message?: string; keyword: string; params: Record<string, unknown> }): string {
  if (e.keyword === 'additionalProperties') return `unknown key "${oneLine(String(e.params['additionalProperty']))}"`;
  if (e.keyword === 'enum')
    return `${e.message ?? 'is not allowed'}: ${(e.params['allowedValues'] as unknown[]).join(', ')}`;
  return e.message ?? e.keyword;
}

export const validateCatalogue = (data: unknown): string[] =>
  run('catalogue', data).map((p) => `${p.instancePath || '/'} ${p.message}`);
export const validateAssessment = (data: unknown): SchemaProblem[] => run('assessment', data);
export const validateConfig = (data: unknown): SchemaProblem[] => run('config', data);
export const validateCrosswalk = (data: unknown): string[] =>
  run('crosswalk', data).map((p) => `${p.instancePath || '/'} ${p.message}`);
