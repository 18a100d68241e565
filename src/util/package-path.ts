/**
 * Paths inside the installed package (codes/, schemas/, dist/), found by walking up from this module
 * to the folder holding package.json and codes/: the same from src/ (tests), dist/ or a dist/chunks/ bundle.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'codes'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the assess package root above ${from}`);
    dir = parent;
  }
}

const root = findRoot(dirname(fileURLToPath(import.meta.url)));

export const packagePath = (...parts: string[]): string => join(root, ...parts);
