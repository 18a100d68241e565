/**
 * The reader registry (src/ingest/readers.ts): every reader has real-writer fixtures that it, and no reader
 * before it, claims by their bytes; every format is in the report schema; `scan` picks up every extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMATS, INPUT_FORMATS } from '../../src/ingest/formats.js';
import { DOCUMENT_EXTENSIONS, READERS, readerByExtension, readerFor } from '../../src/ingest/readers.js';
import { SCAN_EXTENSIONS } from '../../src/scan/find-files.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
/** Every fixture file of a reader's format: in fixtures/<format>/ (docx/, pdf/, xlsx/, odt/, ods/). */
const fixturesOf = (format: string): string[] => {
  try {
    return readdirSync(join(FIXTURES, format)).map((f) => join(FIXTURES, format, f));
  } catch {
    return [];
  }
};

describe('the reader registry', () => {
  it('has one reader per document format, each with its extensions', () => {
    expect(READERS.map((r) => r.format).sort()).toEqual([...DOCUMENT_FORMATS].sort());
    for (const r of READERS) expect(r.extensions.length).toBeGreaterThan(0);
    for (const ext of DOCUMENT_EXTENSIONS) expect(readerByExtension(ext)?.extensions).toContain(ext);
    expect(readerByExtension('.DOCM')?.format).toBe('docx');
    expect(readerByExtension('.txt')).toBeUndefined();
  });

  it.each(READERS.map((r) => [r.format, r] as const))(
    '%s: has real-writer fixtures, and is the reader their bytes go to',
    async (format, reader) => {
      const files = fixturesOf(format).filter((f) => reader.extensions.some((e) => f.toLowerCase().endsWith(e)));
      expect(files.length, `fixtures/${format}/ has no fixture`).toBeGreaterThan(0);
      for (const f of files) expect(readerFor(readFileSync(f))?.format, f).toBe(format);
      // And the reader reads the first of them.
      const read = await (
        await reader.load()
      )(readFileSync(files[0] as string), {
        maxBytes: 50 * 2 ** 20,
        maxExpandedBytes: 200 * 2 ** 20,
        maxPages: 500,
      });
      expect(read.ok && read.document.format).toBe(format);
    },
  );

  it('names every input format in the report schema, and scan picks up every extension', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as {
      properties: { files: { items: { properties: { format: { enum: (string | null)[] } } } } };
    };
    expect(schema.properties.files.items.properties.format.enum).toEqual([...INPUT_FORMATS, null]);
    expect(SCAN_EXTENSIONS).toEqual([...DOCUMENT_EXTENSIONS, '.yaml', '.yml']);
  });

  it('leaves text and unknown binaries to the YAML reader and the one-line refusal', () => {
    expect(readerFor(Buffer.from('code: "2024"\n'))).toBeUndefined();
    expect(readerFor(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeUndefined();
  });
});
