/**
 * JSON Schema validators for the files `assess` reads. The build precompiles them
 * (scripts/compile-schemas.mjs → dist/generated/validators.cjs) so start-up stays fast;
 * from source (tests) they are compiled with ajv on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../util/package-path.js';

export interface SchemaProblem {
  /** JSON pointer into the data, e.g. "/provisions/3/comply". */
  instancePath: string;
  message: string;
}

type SchemaName = 'catalogue' | 'assessment' | 'config';

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[] | null;
}

const validators = new Map<SchemaName, CompiledValidator>();

function precompiled(): Record<SchemaName, CompiledValidator> | undefined {
  const file = packagePath('dist', 'generated', 'validators.cjs');
  if (!existsSync(file)) return undefined;
  return createRequire(import.meta.url)(file) as Record<SchemaName, CompiledValidator>;
}

async function compileAtRuntime(name: SchemaName): Promise<CompiledValidator> {
  const { Ajv } = await import('ajv');
  const formats = (await import('ajv-formats')).default as unknown as { default: (ajv: unknown, f: string[]) => void };
  const ajv = new Ajv({ strict: true, allErrors: true });
  formats.default(ajv, ['date']);
  const schema: unknown = JSON.parse(readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8'));
  return ajv.compile(schema as object) as unknown as CompiledValidator;
}

let loadedPrecompiled: Record<SchemaName, CompiledValidator> | undefined | null = null;

/** Get a validator; prepare it with `prepareValidators()` first when running from source. */
function get(name: SchemaName): CompiledValidator {
  const ready = validators.get(name);
  if (ready) return ready;
  if (loadedPrecompiled === null) loadedPrecompiled = precompiled();
  const v = loadedPrecompiled?.[name];
  if (!v) throw new Error(`schema validator "${name}" is not prepared (run the build, or await prepareValidators())`);
  validators.set(name, v);
  return v;
}

/** Make every validator available (precompiled when built, else compiled now). */
export async function prepareValidators(): Promise<void> {
  if (loadedPrecompiled === null) loadedPrecompiled = precompiled();
  for (const name of ['catalogue', 'assessment', 'config'] as const) {
    if (validators.has(name)) continue;
    validators.set(name, loadedPrecompiled?.[name] ?? (await compileAtRuntime(name)));
  }
}

function run(name: SchemaName, data: unknown): SchemaProblem[] {
  const validate = get(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    message: describe(e),
  }));
}

function describe(e: { message?: string; keyword: string; params: Record<string, unknown> }): string {
  if (e.keyword === 'additionalProperties') return `unknown key "${String(e.params['additionalProperty'])}"`;
  if (e.keyword === 'enum') return `${e.message ?? 'is not allowed'}: ${(e.params['allowedValues'] as unknown[]).join(', ')}`;
  return e.message ?? e.keyword;
}

export const validateCatalogueDetailed = (data: unknown): SchemaProblem[] => run('catalogue', data);
export const validateCatalogue = (data: unknown): string[] =>
  run('catalogue', data).map((p) => `${p.instancePath || '/'} ${p.message}`);
export const validateAssessment = (data: unknown): SchemaProblem[] => run('assessment', data);
export const validateConfig = (data: unknown): SchemaProblem[] => run('config', data);
