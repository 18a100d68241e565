/**
 * The OCR libraries, optional for users (peer dependencies marked optional; devDependencies here): tesseract.js
 * (recognition, WebAssembly), its English data `@tesseract.js-data/eng` and `@napi-rs/canvas` (pdf.js renders
 * pages onto it). Loaded on first use only, never bundled (scripts/build.mjs keeps them external), and a missing
 * one is one typed line saying what to install. The language data is read from the installed package's folder
 * and never cached or fetched: nothing leaves the machine.
 */
import { createRequire } from 'node:module';
import { failure, type Failure } from '../../failure/failure.js';

export type Tesseract = typeof import('tesseract.js');
export type CanvasModule = typeof import('@napi-rs/canvas');

export interface OcrLibraries {
  tesseract: Tesseract;
  canvas: CanvasModule;
  /** The folder holding `eng.traineddata.gz`. */
  langPath: string;
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
    langPath = (require('@tesseract.js-data/eng') as { langPath: string }).langPath;
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
