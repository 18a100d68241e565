// Build step: validate every catalogue in codes/ (and every crosswalk between versions, codes/crosswalk-*.yaml,
// against its own schema) and write it as JSON to dist/codes/, which loads several times faster than parsing the
// YAML at start-up. codes/*.yaml stay the source of truth.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const validator = (name) => require(`../dist/generated/validators/${name}.cjs`)[name];
const validators = { catalogue: validator('catalogue'), crosswalk: validator('crosswalk') };
const codes = new URL('../codes/', import.meta.url);
const out = new URL('../dist/codes/', import.meta.url);
mkdirSync(out, { recursive: true });
let failed = false;
for (const name of readdirSync(codes)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const data = parse(readFileSync(new URL(name, codes), 'utf8'));
  const validate = name.startsWith('crosswalk-') ? validators.crosswalk : validators.catalogue;
  if (!validate(data)) {
    failed = true;
    for (const e of validate.errors) console.error(`codes/${name}: ${e.instancePath || '/'} ${e.message}`);
    continue;
  }
  writeFileSync(new URL(name.replace(/\.yaml$/, '.json'), out), JSON.stringify(data));
}
if (failed) process.exit(1);
console.log('validated the catalogues and crosswalks into dist/codes/');
