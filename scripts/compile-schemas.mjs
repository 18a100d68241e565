// Build step: precompile the JSON Schemas in schemas/ into CommonJS modules of ajv standalone validators, one
// per schema (dist/generated/validators/<name>.cjs), so the CLI does not compile schemas at start-up and loads
// only the one it uses: a YAML check needs the assessment's (15 KB), not the catalogue's (70 KB), and loading
// all four cost about 6 ms of every start. (ESM standalone output still calls require(): ajv #2209.)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import formatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';

const addFormats = formatsModule.default ?? formatsModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const names = ['catalogue', 'assessment', 'config', 'crosswalk'];
const out = new URL('../dist/generated/validators/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of names) {
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, code: { source: true } });
  addFormats(ajv, ['date']);
  ajv.addSchema(JSON.parse(readFileSync(new URL(`../schemas/${name}.schema.json`, import.meta.url), 'utf8')), name);
  writeFileSync(new URL(`${name}.cjs`, out), standaloneCode(ajv, { [name]: name }));
}
console.log(`compiled ${names.length} schemas into dist/generated/validators/`);
