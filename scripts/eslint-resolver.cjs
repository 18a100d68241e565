/**
 * Import resolver for eslint-plugin-boundaries (eslint-module-utils interface v2). The sources are
 * NodeNext ESM, so `../report/types.js` names `../report/types.ts` on disk; the node resolver alone
 * would leave every local import unresolved and the boundaries rules would not see it. Relative
 * specifiers ending in .js/.mjs/.cjs are tried as .ts/.mts/.cts first; everything else (packages,
 * node: builtins) goes to eslint-import-resolver-node.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const nodeResolver = require('eslint-import-resolver-node');

const TS_TWIN = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

const isFile = (file) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

exports.interfaceVersion = 2;

exports.resolve = (source, file, config) => {
  if (source.startsWith('.')) {
    const target = path.resolve(path.dirname(file), source);
    const ext = path.extname(target);
    for (const twin of TS_TWIN[ext] ?? []) {
      const candidate = target.slice(0, -ext.length) + twin;
      if (isFile(candidate)) return { found: true, path: candidate };
    }
    if (isFile(target)) return { found: true, path: target };
  }
  return nodeResolver.resolve(source, file, { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'], ...config });
};
