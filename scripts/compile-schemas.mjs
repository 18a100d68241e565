// Build step: precompile the JSON Schemas in schemas/ into one CommonJS module of ajv standalone validators,
// so the CLI does not compile schemas at start-up. (ESM standalone output still calls require(): ajv #2209.)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import formatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';

const addFormats = formatsModule.default ?? formatsModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const names = ['catalogue', 'assessment', 'config', 'crosswalk'];
const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, code: { source: true } });
addFormats(ajv, ['date']);
for (const name of names) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8')), name);
}
const code = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, n])));
mkdirSync(new URL('../dist/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/generated/validators.cjs', import.meta.url), code);
console.log(`compiled ${names.length} schemas into dist/generated/validators.cjs`);
