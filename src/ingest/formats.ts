/**
 * The document formats `assess` reads besides its own YAML, in one place: the document model, the assessment, the
 * report schema (test/ingest/readers.test.ts holds them equal) and the reader registry (readers.ts) all take them
 * from here.
 */
export const DOCUMENT_FORMATS = ['docx', 'pdf', 'xlsx', 'odt', 'ods', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Every input format, as reports name it. */
export const INPUT_FORMATS = ['yaml', ...DOCUMENT_FORMATS] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
