/**
 * The validators built into the CLI bundle: none from source. The CLI build (scripts/build.mjs) puts in this
 * module's place one that requires the precompiled validators (dist/generated/validators/<name>.cjs, written just
 * before), so that they are bundled into dist/main.cjs and compiled through its code cache, instead of being
 * loaded and compiled from their own files on every start. Each is evaluated only when first asked for.
 */
import type { CompiledValidator, SchemaName } from './validator-types.js';

export const BUNDLED_VALIDATORS: Partial<Record<SchemaName, () => CompiledValidator>> | undefined = undefined;
