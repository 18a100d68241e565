/** Paths inside the installed package (codes/, schemas/), from src/ or dist/ alike. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const packagePath = (...parts: string[]): string => join(root, ...parts);
