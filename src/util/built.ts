/**
 * Whether this is the built bundle (dist/), which has entries of its own to start in a worker thread or a
 * process (dist/worker.js, dist/ocr.js), or the TypeScript sources under vitest, which have none: there the
 * same work runs in-process.
 */
export const runningBuilt = (): boolean => !import.meta.url.endsWith('.ts');
