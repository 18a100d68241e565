/**
 * The OCR libraries, optional for users (peer dependencies marked optional; devDependencies here): tesseract.js
 * (recognition, WebAssembly), its English data `@tesseract.js-data/eng` and `@napi-rs/canvas` (pdf.js renders
 * pages onto it). Loaded on first use only, never bundled (scripts/build.mjs keeps them external), and a missing
 * one is one typed line saying what to install. The language data is read from the installed package's folder
 * and never cached or fetched: nothing leaves the machine.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { failure, type Failure } from '../../failure/failure.js';

export type Tesseract = typeof import('tesseract.js');
export type CanvasModule = typeof import('@napi-rs/canvas');

export interface OcrLibraries {
  tesseract: Tesseract;
  canvas: CanvasModule;
  /** The folder holding `eng.traineddata.gz`. */
  langPath: string;
}

/**
 * The package's LSTM-only model, beside its default (which adds the legacy engine's data, 10.9 MB gzipped against
 * 2.9 MB). The recogniser runs the LSTM engine alone, so the legacy half is never used, yet the worker holds the
 * whole file unpacked: about 95 MB of its memory for nothing. Both folders' LSTM networks read the scanned
 * fixtures word for word alike. A package without the folder: its default.
 */
export function lstmOnlyData(langPath: string): string {
  const lstm = join(dirname(langPath), '4.0.0_best_int');
  return existsSync(join(lstm, 'eng.traineddata.gz')) ? lstm : langPath;
}

/** What to install: every package the OCR reader needs. */
export const OCR_PACKAGES = ['tesseract.js', '@tesseract.js-data/eng', '@napi-rs/canvas'] as const;

export const ocrMissing = (what: string): Failure =>
  failure(
    'scanned-no-text',
    `no text layer (scanned image?), and OCR needs ${what}, which is not installed: npm install ${OCR_PACKAGES.join(' ')}`,
  );

let loading: Promise<OcrLibraries | Failure> | undefined;

async function load(): Promise<OcrLibraries | Failure> {
  const require = createRequire(import.meta.url);
  let tesseract: Tesseract;
  let canvas: CanvasModule;
  let langPath: string;
  try {
    tesseract = ((await import('tesseract.js')) as { default?: Tesseract }).default ?? (await import('tesseract.js'));
  } catch {
    return ocrMissing('tesseract.js');
  }
  try {
    langPath = lstmOnlyData((require('@tesseract.js-data/eng') as { langPath: string }).langPath);
  } catch {
    return ocrMissing('@tesseract.js-data/eng (its English data)');
  }
  try {
    canvas = await import('@napi-rs/canvas');
  } catch {
    return ocrMissing('@napi-rs/canvas (to render the pages)');
  }
  return { tesseract, canvas, langPath };
}

/** The OCR libraries, or the failure saying which one to install. */
export const loadOcr = (): Promise<OcrLibraries | Failure> => (loading ??= load());
