/**
 * How this code is running, chosen at build time and never guessed from file dates:
 * the esbuild bundle (dist/, what users run) defines `__ASSESS_BUNDLE__` as true; the TypeScript sources
 * (vitest, tsx) leave it undefined. Loaders pick their one source of truth from it:
 * the bundle reads the build's outputs (dist/codes/*.json, dist/generated/validators/*.cjs),
 * the sources read codes/*.yaml and schemas/*.json and validate or compile them on first use.
 */
declare const __ASSESS_BUNDLE__: boolean | undefined;

export const BUNDLED: boolean = typeof __ASSESS_BUNDLE__ !== 'undefined' && __ASSESS_BUNDLE__;
