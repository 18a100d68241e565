/** `--ocr`: `auto` reads by OCR the PDF pages that have no text, `always` every page, `never` none. */
export type OcrMode = 'auto' | 'always' | 'never';
export const OCR_MODES: readonly OcrMode[] = ['auto', 'always', 'never'];
export const DEFAULT_OCR_MODE: OcrMode = 'auto';
