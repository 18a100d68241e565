// ESLint (flat config): typescript-eslint's recommended rules over every script, and the import
// direction of src/ pinned with eslint-plugin-boundaries. Prettier owns the layout (`prettier --check`
// runs after ESLint in `npm run lint`); max-len is here only for what prettier cannot wrap (comments).
// No type-aware rules: with a TypeScript program (projectService) ESLint took twice as long or more.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const resolver = fileURLToPath(new URL('./scripts/eslint-resolver.cjs', import.meta.url));

/**
 * The layers of src/, one folder each, and what each may import besides itself. The data flows
 * ingest → normalise → rules → report, and only cli knows argv and the streams. `failure` (typed
 * failures) is a base layer like `util`; `policy` (severities, exit policy) sits between report and cli.
 */
const BASE = ['util', 'failure'];
const LAYERS = {
  util: [],
  failure: ['util'],
  ingest: [...BASE],
  schemas: [...BASE, 'catalogue'],
  catalogue: [...BASE, 'schemas'],
  normalise: [...BASE, 'ingest', 'catalogue', 'schemas'],
  rules: [...BASE, 'normalise', 'ingest', 'catalogue'],
  report: [...BASE, 'rules', 'normalise', 'ingest', 'catalogue'],
  config: [...BASE, 'rules', 'report', 'catalogue', 'schemas', 'ingest'],
  policy: [...BASE, 'rules', 'report', 'config', 'catalogue'],
  pipeline: [...BASE, 'ingest', 'normalise', 'rules', 'report', 'catalogue', 'config', 'schemas', 'policy'],
  workers: [...BASE, 'pipeline', 'report', 'ingest'],
  // `assess cases`: a complaint log read, counted in working days and set against the Code (and a form).
  cases: [...BASE, 'catalogue', 'rules', 'report', 'ingest', 'normalise', 'pipeline', 'policy'],
  scan: [...BASE, 'ingest', 'normalise', 'rules', 'report', 'catalogue', 'config', 'schemas', 'policy'],
  cli: null, // anything
};

const layerPolicies = Object.entries(LAYERS).map(([from, allowed]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: allowed === null ? '*' : { anyOf: [from, ...allowed] } } } },
}));

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'fixtures/',
      'codes/',
      'schemas/',
      'test/schemas/',
      'test/fuzz/corpus/',
      'bench/tmp/',
      '.tmp/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Tests match ANSI colour codes and control characters on purpose; src/ says so at each regex instead.
    files: ['test/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // bin/ is CommonJS (bin/package.json), so that Node starts the CLI without its ES module loader.
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // Only src/cli touches the process's streams and exit code (bin/assess.js sets it from main's result).
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['stdout', 'stderr', 'exit', 'exitCode'].map((property) => ({
          object: 'process',
          property,
          message: 'only src/cli knows the streams and the exit code: take a Streams or return a result instead',
        })),
      ],
    },
  },
  {
    // dist/ocr.js is a process of its own, not the CLI (src/ingest/ocr/ocr-apart.ts starts it): it ends itself
    // once it has answered, or when its parent goes. Its exit code is no user's.
    files: ['src/ingest/ocr/ocr-child.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { [resolver]: {} },
      'boundaries/elements': Object.keys(LAYERS).map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/legacy-templates': false,
    },
    rules: {
      // A file under src/ in no layer above is an error: add its folder to LAYERS.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkUnknownLocals: true,
          message:
            'src/{{from.type}} may not import {{#if to.type}}src/{{to.type}}{{else}}a file in no layer{{/if}} ' +
            '({{dependency.source}}): see LAYERS in eslint.config.js',
          policies: [
            ...layerPolicies,
            ...['scan', 'workers'].map((type) => ({
              from: { element: { type } },
              disallow: { to: { element: { type: 'cli' } } },
              message: `src/${type} may not import src/cli ({{dependency.source}}): take Streams from ../util/streams.js (src/cli/streams.ts should re-export it from there)`,
            })),
          ],
        },
      ],
    },
  },
);
